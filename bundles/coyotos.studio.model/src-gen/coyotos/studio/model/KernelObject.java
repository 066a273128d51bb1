/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kernel Object</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see coyotos.studio.model.CoyotosPackage#getKernelObject()
 * @model abstract="true"
 * @generated
 */
public interface KernelObject extends NamedElement {
} // KernelObject
