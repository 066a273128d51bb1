/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Invoke</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.Invoke#getRegister <em>Register</em>}</li>
 *   <li>{@link coyotos.studio.model.Invoke#isCall <em>Call</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getInvoke()
 * @model
 * @generated
 */
public interface Invoke extends Step {
	/**
	 * Returns the value of the '<em><b>Register</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Register</em>' attribute.
	 * @see #setRegister(int)
	 * @see coyotos.studio.model.CoyotosPackage#getInvoke_Register()
	 * @model
	 * @generated
	 */
	int getRegister();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Invoke#getRegister <em>Register</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Register</em>' attribute.
	 * @see #getRegister()
	 * @generated
	 */
	void setRegister(int value);

	/**
	 * Returns the value of the '<em><b>Call</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call</em>' attribute.
	 * @see #setCall(boolean)
	 * @see coyotos.studio.model.CoyotosPackage#getInvoke_Call()
	 * @model default="true"
	 * @generated
	 */
	boolean isCall();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Invoke#isCall <em>Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call</em>' attribute.
	 * @see #isCall()
	 * @generated
	 */
	void setCall(boolean value);

} // Invoke
