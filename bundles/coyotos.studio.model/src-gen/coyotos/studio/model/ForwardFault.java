/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Forward Fault</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.ForwardFault#getTo <em>To</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getForwardFault()
 * @model
 * @generated
 */
public interface ForwardFault extends HandlerAction {
	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Endpoint)
	 * @see coyotos.studio.model.CoyotosPackage#getForwardFault_To()
	 * @model
	 * @generated
	 */
	Endpoint getTo();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.ForwardFault#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Endpoint value);

} // ForwardFault
