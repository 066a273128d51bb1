/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Local Window Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Local window (spec 2.1.1, 4.3.1): translation continues through slot 'slot' of the GPT that holds this capability, at offset plus the remaining address.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.LocalWindowCapability#getOffset <em>Offset</em>}</li>
 *   <li>{@link coyotos.studio.model.LocalWindowCapability#getSlot <em>Slot</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getLocalWindowCapability()
 * @model
 * @generated
 */
public interface LocalWindowCapability extends MemoryCapability {
	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(long)
	 * @see coyotos.studio.model.CoyotosPackage#getLocalWindowCapability_Offset()
	 * @model
	 * @generated
	 */
	long getOffset();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.LocalWindowCapability#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(long value);

	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(int)
	 * @see coyotos.studio.model.CoyotosPackage#getLocalWindowCapability_Slot()
	 * @model
	 * @generated
	 */
	int getSlot();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.LocalWindowCapability#getSlot <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot</em>' attribute.
	 * @see #getSlot()
	 * @generated
	 */
	void setSlot(int value);

} // LocalWindowCapability
