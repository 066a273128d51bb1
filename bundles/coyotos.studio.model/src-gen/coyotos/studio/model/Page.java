/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Page</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A data page (4 KiB on IA-32).
 * <!-- end-model-doc -->
 *
 *
 * @see coyotos.studio.model.CoyotosPackage#getPage()
 * @model
 * @generated
 */
public interface Page extends MemoryObject {
} // Page
