/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entry Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Entry capability to an endpoint, carrying the protected payload (32 bits; spec 5.3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.EntryCapability#getTarget <em>Target</em>}</li>
 *   <li>{@link coyotos.studio.model.EntryCapability#getProtectedPayload <em>Protected Payload</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getEntryCapability()
 * @model
 * @generated
 */
public interface EntryCapability extends Capability {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Endpoint)
	 * @see coyotos.studio.model.CoyotosPackage#getEntryCapability_Target()
	 * @model
	 * @generated
	 */
	Endpoint getTarget();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.EntryCapability#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Endpoint value);

	/**
	 * Returns the value of the '<em><b>Protected Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protected Payload</em>' attribute.
	 * @see #setProtectedPayload(long)
	 * @see coyotos.studio.model.CoyotosPackage#getEntryCapability_ProtectedPayload()
	 * @model
	 * @generated
	 */
	long getProtectedPayload();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.EntryCapability#getProtectedPayload <em>Protected Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protected Payload</em>' attribute.
	 * @see #getProtectedPayload()
	 * @generated
	 */
	void setProtectedPayload(long value);

} // EntryCapability
