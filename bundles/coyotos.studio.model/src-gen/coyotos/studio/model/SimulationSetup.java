/**
 * Coyotos Studio
 */
package coyotos.studio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Simulation Setup</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.SimulationSetup#getCpuProfile <em>Cpu Profile</em>}</li>
 *   <li>{@link coyotos.studio.model.SimulationSetup#getCustomProfile <em>Custom Profile</em>}</li>
 *   <li>{@link coyotos.studio.model.SimulationSetup#getMaxCycles <em>Max Cycles</em>}</li>
 *   <li>{@link coyotos.studio.model.SimulationSetup#getMaxEvents <em>Max Events</em>}</li>
 *   <li>{@link coyotos.studio.model.SimulationSetup#getRandomSeed <em>Random Seed</em>}</li>
 *   <li>{@link coyotos.studio.model.SimulationSetup#getKernel <em>Kernel</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getSimulationSetup()
 * @model
 * @generated
 */
public interface SimulationSetup extends EObject {
	/**
	 * Returns the value of the '<em><b>Cpu Profile</b></em>' attribute.
	 * The default value is <code>"i386-2007"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Profile</em>' attribute.
	 * @see #setCpuProfile(String)
	 * @see coyotos.studio.model.CoyotosPackage#getSimulationSetup_CpuProfile()
	 * @model default="i386-2007"
	 * @generated
	 */
	String getCpuProfile();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.SimulationSetup#getCpuProfile <em>Cpu Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Profile</em>' attribute.
	 * @see #getCpuProfile()
	 * @generated
	 */
	void setCpuProfile(String value);

	/**
	 * Returns the value of the '<em><b>Custom Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Custom Profile</em>' containment reference.
	 * @see #setCustomProfile(CpuProfile)
	 * @see coyotos.studio.model.CoyotosPackage#getSimulationSetup_CustomProfile()
	 * @model containment="true"
	 * @generated
	 */
	CpuProfile getCustomProfile();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.SimulationSetup#getCustomProfile <em>Custom Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Custom Profile</em>' containment reference.
	 * @see #getCustomProfile()
	 * @generated
	 */
	void setCustomProfile(CpuProfile value);

	/**
	 * Returns the value of the '<em><b>Max Cycles</b></em>' attribute.
	 * The default value is <code>"1000000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Cycles</em>' attribute.
	 * @see #setMaxCycles(long)
	 * @see coyotos.studio.model.CoyotosPackage#getSimulationSetup_MaxCycles()
	 * @model default="1000000000"
	 * @generated
	 */
	long getMaxCycles();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.SimulationSetup#getMaxCycles <em>Max Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Cycles</em>' attribute.
	 * @see #getMaxCycles()
	 * @generated
	 */
	void setMaxCycles(long value);

	/**
	 * Returns the value of the '<em><b>Max Events</b></em>' attribute.
	 * The default value is <code>"1000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Events</em>' attribute.
	 * @see #setMaxEvents(long)
	 * @see coyotos.studio.model.CoyotosPackage#getSimulationSetup_MaxEvents()
	 * @model default="1000000"
	 * @generated
	 */
	long getMaxEvents();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.SimulationSetup#getMaxEvents <em>Max Events</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Events</em>' attribute.
	 * @see #getMaxEvents()
	 * @generated
	 */
	void setMaxEvents(long value);

	/**
	 * Returns the value of the '<em><b>Random Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Random Seed</em>' attribute.
	 * @see #setRandomSeed(long)
	 * @see coyotos.studio.model.CoyotosPackage#getSimulationSetup_RandomSeed()
	 * @model default="1"
	 * @generated
	 */
	long getRandomSeed();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.SimulationSetup#getRandomSeed <em>Random Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Random Seed</em>' attribute.
	 * @see #getRandomSeed()
	 * @generated
	 */
	void setRandomSeed(long value);

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * The default value is <code>"coyotos-2007"</code>.
	 * The literals are from the enumeration {@link coyotos.studio.model.KernelVariant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which kernel to simulate: coyotos-2007 (what the 2007 kernel does: two CR3 loads per hand-off, non-global kernel pages, int $0x30/IRET) or eros-design (no CR3 load between processes sharing a map, global kernel pages, the fast entry pair).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see coyotos.studio.model.KernelVariant
	 * @see #setKernel(KernelVariant)
	 * @see coyotos.studio.model.CoyotosPackage#getSimulationSetup_Kernel()
	 * @model default="coyotos-2007"
	 * @generated
	 */
	KernelVariant getKernel();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.SimulationSetup#getKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see coyotos.studio.model.KernelVariant
	 * @see #getKernel()
	 * @generated
	 */
	void setKernel(KernelVariant value);

} // SimulationSetup
