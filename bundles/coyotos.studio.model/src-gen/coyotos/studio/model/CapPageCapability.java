/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cap Page Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.CapPageCapability#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getCapPageCapability()
 * @model
 * @generated
 */
public interface CapPageCapability extends MemoryCapability {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(CapPage)
	 * @see coyotos.studio.model.CoyotosPackage#getCapPageCapability_Target()
	 * @model
	 * @generated
	 */
	CapPage getTarget();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.CapPageCapability#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(CapPage value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	MemoryObject getTargetObject();

} // CapPageCapability
