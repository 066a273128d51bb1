/**
 * Coyotos Studio
 */
package coyotos.studio.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>System</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root: the kernel objects of one system image and how to simulate it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.CoyotosSystem#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link coyotos.studio.model.CoyotosSystem#getObjects <em>Objects</em>}</li>
 *   <li>{@link coyotos.studio.model.CoyotosSystem#getSimulation <em>Simulation</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getCoyotosSystem()
 * @model
 * @generated
 */
public interface CoyotosSystem extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The default value is <code>"IA32"</code>.
	 * The literals are from the enumeration {@link coyotos.studio.model.Architecture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see coyotos.studio.model.Architecture
	 * @see #setArchitecture(Architecture)
	 * @see coyotos.studio.model.CoyotosPackage#getCoyotosSystem_Architecture()
	 * @model default="IA32"
	 * @generated
	 */
	Architecture getArchitecture();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.CoyotosSystem#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see coyotos.studio.model.Architecture
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(Architecture value);

	/**
	 * Returns the value of the '<em><b>Objects</b></em>' containment reference list.
	 * The list contents are of type {@link coyotos.studio.model.KernelObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objects</em>' containment reference list.
	 * @see coyotos.studio.model.CoyotosPackage#getCoyotosSystem_Objects()
	 * @model containment="true"
	 * @generated
	 */
	EList<KernelObject> getObjects();

	/**
	 * Returns the value of the '<em><b>Simulation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Simulation</em>' containment reference.
	 * @see #setSimulation(SimulationSetup)
	 * @see coyotos.studio.model.CoyotosPackage#getCoyotosSystem_Simulation()
	 * @model containment="true"
	 * @generated
	 */
	SimulationSetup getSimulation();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.CoyotosSystem#getSimulation <em>Simulation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Simulation</em>' containment reference.
	 * @see #getSimulation()
	 * @generated
	 */
	void setSimulation(SimulationSetup value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs every Coyotos validation rule (coyotos.studio.model.validation.CoyotosRules) over this system.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateRules(DiagnosticChain diagnostics, Map<Object, Object> context);

} // CoyotosSystem
