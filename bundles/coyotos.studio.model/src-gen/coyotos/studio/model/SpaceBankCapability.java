/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Space Bank Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.SpaceBankCapability#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getSpaceBankCapability()
 * @model
 * @generated
 */
public interface SpaceBankCapability extends Capability {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(SpaceBank)
	 * @see coyotos.studio.model.CoyotosPackage#getSpaceBankCapability_Target()
	 * @model
	 * @generated
	 */
	SpaceBank getTarget();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.SpaceBankCapability#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(SpaceBank value);

} // SpaceBankCapability
