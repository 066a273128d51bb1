/**
 * Coyotos Studio
 */
package coyotos.studio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Handler Action</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see coyotos.studio.model.CoyotosPackage#getHandlerAction()
 * @model abstract="true"
 * @generated
 */
public interface HandlerAction extends EObject {
} // HandlerAction
