/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Receive</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Wait to receive on any endpoint whose recipient is this process, then reply through the reply capability if the message was a call.
 * <!-- end-model-doc -->
 *
 *
 * @see coyotos.studio.model.CoyotosPackage#getReceive()
 * @model
 * @generated
 */
public interface Receive extends Step {
} // Receive
