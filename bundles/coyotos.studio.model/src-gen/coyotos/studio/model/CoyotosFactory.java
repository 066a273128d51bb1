/**
 * Coyotos Studio
 */
package coyotos.studio.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see coyotos.studio.model.CoyotosPackage
 * @generated
 */
public interface CoyotosFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CoyotosFactory eINSTANCE = coyotos.studio.model.impl.CoyotosFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>System</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>System</em>'.
	 * @generated
	 */
	CoyotosSystem createCoyotosSystem();

	/**
	 * Returns a new object of class '<em>Process</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Process</em>'.
	 * @generated
	 */
	Process createProcess();

	/**
	 * Returns a new object of class '<em>Slot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Slot</em>'.
	 * @generated
	 */
	Slot createSlot();

	/**
	 * Returns a new object of class '<em>Cap Register</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cap Register</em>'.
	 * @generated
	 */
	CapRegister createCapRegister();

	/**
	 * Returns a new object of class '<em>Gpt</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gpt</em>'.
	 * @generated
	 */
	Gpt createGpt();

	/**
	 * Returns a new object of class '<em>Page</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Page</em>'.
	 * @generated
	 */
	Page createPage();

	/**
	 * Returns a new object of class '<em>Cap Page</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cap Page</em>'.
	 * @generated
	 */
	CapPage createCapPage();

	/**
	 * Returns a new object of class '<em>Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint</em>'.
	 * @generated
	 */
	Endpoint createEndpoint();

	/**
	 * Returns a new object of class '<em>Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Schedule</em>'.
	 * @generated
	 */
	Schedule createSchedule();

	/**
	 * Returns a new object of class '<em>Space Bank</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Space Bank</em>'.
	 * @generated
	 */
	SpaceBank createSpaceBank();

	/**
	 * Returns a new object of class '<em>Null Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Null Capability</em>'.
	 * @generated
	 */
	NullCapability createNullCapability();

	/**
	 * Returns a new object of class '<em>Gpt Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gpt Capability</em>'.
	 * @generated
	 */
	GptCapability createGptCapability();

	/**
	 * Returns a new object of class '<em>Page Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Page Capability</em>'.
	 * @generated
	 */
	PageCapability createPageCapability();

	/**
	 * Returns a new object of class '<em>Cap Page Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cap Page Capability</em>'.
	 * @generated
	 */
	CapPageCapability createCapPageCapability();

	/**
	 * Returns a new object of class '<em>Window Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Window Capability</em>'.
	 * @generated
	 */
	WindowCapability createWindowCapability();

	/**
	 * Returns a new object of class '<em>Local Window Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Local Window Capability</em>'.
	 * @generated
	 */
	LocalWindowCapability createLocalWindowCapability();

	/**
	 * Returns a new object of class '<em>Entry Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Entry Capability</em>'.
	 * @generated
	 */
	EntryCapability createEntryCapability();

	/**
	 * Returns a new object of class '<em>Endpoint Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint Capability</em>'.
	 * @generated
	 */
	EndpointCapability createEndpointCapability();

	/**
	 * Returns a new object of class '<em>Process Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Process Capability</em>'.
	 * @generated
	 */
	ProcessCapability createProcessCapability();

	/**
	 * Returns a new object of class '<em>Schedule Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Schedule Capability</em>'.
	 * @generated
	 */
	ScheduleCapability createScheduleCapability();

	/**
	 * Returns a new object of class '<em>Space Bank Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Space Bank Capability</em>'.
	 * @generated
	 */
	SpaceBankCapability createSpaceBankCapability();

	/**
	 * Returns a new object of class '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region</em>'.
	 * @generated
	 */
	Region createRegion();

	/**
	 * Returns a new object of class '<em>Activation Handler</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Activation Handler</em>'.
	 * @generated
	 */
	ActivationHandler createActivationHandler();

	/**
	 * Returns a new object of class '<em>Map Fresh Page</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Map Fresh Page</em>'.
	 * @generated
	 */
	MapFreshPage createMapFreshPage();

	/**
	 * Returns a new object of class '<em>Forward Fault</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Forward Fault</em>'.
	 * @generated
	 */
	ForwardFault createForwardFault();

	/**
	 * Returns a new object of class '<em>Refuse Fault</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Refuse Fault</em>'.
	 * @generated
	 */
	RefuseFault createRefuseFault();

	/**
	 * Returns a new object of class '<em>Workload</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Workload</em>'.
	 * @generated
	 */
	Workload createWorkload();

	/**
	 * Returns a new object of class '<em>Touch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Touch</em>'.
	 * @generated
	 */
	Touch createTouch();

	/**
	 * Returns a new object of class '<em>Invoke</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Invoke</em>'.
	 * @generated
	 */
	Invoke createInvoke();

	/**
	 * Returns a new object of class '<em>Receive</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Receive</em>'.
	 * @generated
	 */
	Receive createReceive();

	/**
	 * Returns a new object of class '<em>Compute</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Compute</em>'.
	 * @generated
	 */
	Compute createCompute();

	/**
	 * Returns a new object of class '<em>Yield</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Yield</em>'.
	 * @generated
	 */
	Yield createYield();

	/**
	 * Returns a new object of class '<em>Loop</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Loop</em>'.
	 * @generated
	 */
	Loop createLoop();

	/**
	 * Returns a new object of class '<em>Simulation Setup</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Simulation Setup</em>'.
	 * @generated
	 */
	SimulationSetup createSimulationSetup();

	/**
	 * Returns a new object of class '<em>Cpu Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cpu Profile</em>'.
	 * @generated
	 */
	CpuProfile createCpuProfile();

	/**
	 * Returns a new object of class '<em>Misc Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Misc Capability</em>'.
	 * @generated
	 */
	MiscCapability createMiscCapability();

	/**
	 * Returns a new object of class '<em>App Notice Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>App Notice Capability</em>'.
	 * @generated
	 */
	AppNoticeCapability createAppNoticeCapability();

	/**
	 * Returns a new object of class '<em>Physical Page Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Physical Page Capability</em>'.
	 * @generated
	 */
	PhysicalPageCapability createPhysicalPageCapability();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CoyotosPackage getCoyotosPackage();

} //CoyotosFactory
