/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cap Register</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.CapRegister#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getCapRegister()
 * @model
 * @generated
 */
public interface CapRegister extends Slot {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link coyotos.studio.model.RegisterRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The runtime role of this register, derived from its index.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see coyotos.studio.model.RegisterRole
	 * @see coyotos.studio.model.CoyotosPackage#getCapRegister_Role()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	RegisterRole getRole();

} // CapRegister
