/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.ProcessCapability#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getProcessCapability()
 * @model
 * @generated
 */
public interface ProcessCapability extends Capability {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(coyotos.studio.model.Process)
	 * @see coyotos.studio.model.CoyotosPackage#getProcessCapability_Target()
	 * @model
	 * @generated
	 */
	coyotos.studio.model.Process getTarget();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.ProcessCapability#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(coyotos.studio.model.Process value);

} // ProcessCapability
