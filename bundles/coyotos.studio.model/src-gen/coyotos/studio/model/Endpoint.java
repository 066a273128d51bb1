/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.Endpoint#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link coyotos.studio.model.Endpoint#isPm <em>Pm</em>}</li>
 *   <li>{@link coyotos.studio.model.Endpoint#getEndpointId <em>Endpoint Id</em>}</li>
 *   <li>{@link coyotos.studio.model.Endpoint#getProtectedPayload <em>Protected Payload</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getEndpoint()
 * @model
 * @generated
 */
public interface Endpoint extends KernelObject {
	/**
	 * Returns the value of the '<em><b>Recipient</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipient</em>' reference.
	 * @see #setRecipient(coyotos.studio.model.Process)
	 * @see coyotos.studio.model.CoyotosPackage#getEndpoint_Recipient()
	 * @model
	 * @generated
	 */
	coyotos.studio.model.Process getRecipient();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Endpoint#getRecipient <em>Recipient</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipient</em>' reference.
	 * @see #getRecipient()
	 * @generated
	 */
	void setRecipient(coyotos.studio.model.Process value);

	/**
	 * Returns the value of the '<em><b>Pm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Payload match: only entry capabilities whose protected payload equals protectedPayload are accepted (reply endpoints).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pm</em>' attribute.
	 * @see #setPm(boolean)
	 * @see coyotos.studio.model.CoyotosPackage#getEndpoint_Pm()
	 * @model
	 * @generated
	 */
	boolean isPm();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Endpoint#isPm <em>Pm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pm</em>' attribute.
	 * @see #isPm()
	 * @generated
	 */
	void setPm(boolean value);

	/**
	 * Returns the value of the '<em><b>Endpoint Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoint Id</em>' attribute.
	 * @see #setEndpointId(long)
	 * @see coyotos.studio.model.CoyotosPackage#getEndpoint_EndpointId()
	 * @model
	 * @generated
	 */
	long getEndpointId();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Endpoint#getEndpointId <em>Endpoint Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Endpoint Id</em>' attribute.
	 * @see #getEndpointId()
	 * @generated
	 */
	void setEndpointId(long value);

	/**
	 * Returns the value of the '<em><b>Protected Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protected Payload</em>' attribute.
	 * @see #setProtectedPayload(long)
	 * @see coyotos.studio.model.CoyotosPackage#getEndpoint_ProtectedPayload()
	 * @model
	 * @generated
	 */
	long getProtectedPayload();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Endpoint#getProtectedPayload <em>Protected Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protected Payload</em>' attribute.
	 * @see #getProtectedPayload()
	 * @generated
	 */
	void setProtectedPayload(long value);

} // Endpoint
