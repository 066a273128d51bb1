/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Refuse Fault</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see coyotos.studio.model.CoyotosPackage#getRefuseFault()
 * @model
 * @generated
 */
public interface RefuseFault extends HandlerAction {
} // RefuseFault
