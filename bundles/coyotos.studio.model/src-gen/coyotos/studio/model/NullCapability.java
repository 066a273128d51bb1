/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Null Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see coyotos.studio.model.CoyotosPackage#getNullCapability()
 * @model
 * @generated
 */
public interface NullCapability extends Capability {
} // NullCapability
