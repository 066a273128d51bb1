/**
 * Coyotos Studio
 */
package coyotos.studio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A capability value held in a slot or register. The class is the capability type.
 * <!-- end-model-doc -->
 *
 *
 * @see coyotos.studio.model.CoyotosPackage#getCapability()
 * @model abstract="true"
 * @generated
 */
public interface Capability extends SourceTraced {
} // Capability
