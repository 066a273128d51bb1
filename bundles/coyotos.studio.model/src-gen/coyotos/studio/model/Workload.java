/**
 * Coyotos Studio
 */
package coyotos.studio.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workload</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.Workload#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getWorkload()
 * @model
 * @generated
 */
public interface Workload extends EObject {
	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link coyotos.studio.model.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see coyotos.studio.model.CoyotosPackage#getWorkload_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

} // Workload
