/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Window Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Background window (spec 2.1.1, 4.3.1): translation continues in the background space (slot 14 of the innermost GPT with bg on the path) at offset plus the remaining address.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.WindowCapability#getOffset <em>Offset</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getWindowCapability()
 * @model
 * @generated
 */
public interface WindowCapability extends MemoryCapability {
	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(long)
	 * @see coyotos.studio.model.CoyotosPackage#getWindowCapability_Offset()
	 * @model
	 * @generated
	 */
	long getOffset();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.WindowCapability#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(long value);

} // WindowCapability
