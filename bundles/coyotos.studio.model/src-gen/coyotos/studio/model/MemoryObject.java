/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Memory Object</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see coyotos.studio.model.CoyotosPackage#getMemoryObject()
 * @model abstract="true"
 * @generated
 */
public interface MemoryObject extends KernelObject {
} // MemoryObject
