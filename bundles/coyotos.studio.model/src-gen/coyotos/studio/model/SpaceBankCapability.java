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
 *   <li>{@link coyotos.studio.model.SpaceBankCapability#getProtectedPayload <em>Protected Payload</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Protected Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A bank capability is an entry capability to the bank's endpoint; its protected payload carries the bank's restrictions (0: full strength, libcoyimage CoyImage::FullStrengthBank).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protected Payload</em>' attribute.
	 * @see #setProtectedPayload(long)
	 * @see coyotos.studio.model.CoyotosPackage#getSpaceBankCapability_ProtectedPayload()
	 * @model
	 * @generated
	 */
	long getProtectedPayload();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.SpaceBankCapability#getProtectedPayload <em>Protected Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protected Payload</em>' attribute.
	 * @see #getProtectedPayload()
	 * @generated
	 */
	void setProtectedPayload(long value);

} // SpaceBankCapability
