/**
 * Coyotos Studio
 */
package coyotos.studio.model.impl;

import coyotos.studio.model.AccessKind;
import coyotos.studio.model.ActivationDesign;
import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.AppNoticeCapability;
import coyotos.studio.model.Architecture;
import coyotos.studio.model.CapPage;
import coyotos.studio.model.CapPageCapability;
import coyotos.studio.model.CapRegister;
import coyotos.studio.model.Compute;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.CpuProfile;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EndpointCapability;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.FaultCode;
import coyotos.studio.model.ForwardFault;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.GptCapability;
import coyotos.studio.model.Invoke;
import coyotos.studio.model.KernelVariant;
import coyotos.studio.model.LocalWindowCapability;
import coyotos.studio.model.Loop;
import coyotos.studio.model.MapFreshPage;
import coyotos.studio.model.MiscCapability;
import coyotos.studio.model.MiscCapabilityKind;
import coyotos.studio.model.NullCapability;
import coyotos.studio.model.Page;
import coyotos.studio.model.PageCapability;
import coyotos.studio.model.PhysicalPageCapability;
import coyotos.studio.model.ProcessCapability;
import coyotos.studio.model.Receive;
import coyotos.studio.model.RefuseFault;
import coyotos.studio.model.Region;
import coyotos.studio.model.RegisterRole;
import coyotos.studio.model.RunState;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.SimulationSetup;
import coyotos.studio.model.Slot;
import coyotos.studio.model.SpaceBank;
import coyotos.studio.model.SpaceBankCapability;
import coyotos.studio.model.Touch;
import coyotos.studio.model.WindowCapability;
import coyotos.studio.model.Workload;
import coyotos.studio.model.Yield;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CoyotosFactoryImpl extends EFactoryImpl implements CoyotosFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CoyotosFactory init() {
		try {
			CoyotosFactory theCoyotosFactory = (CoyotosFactory)EPackage.Registry.INSTANCE.getEFactory(CoyotosPackage.eNS_URI);
			if (theCoyotosFactory != null) {
				return theCoyotosFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CoyotosFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoyotosFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CoyotosPackage.COYOTOS_SYSTEM: return createCoyotosSystem();
			case CoyotosPackage.PROCESS: return createProcess();
			case CoyotosPackage.SLOT: return createSlot();
			case CoyotosPackage.CAP_REGISTER: return createCapRegister();
			case CoyotosPackage.GPT: return createGpt();
			case CoyotosPackage.PAGE: return createPage();
			case CoyotosPackage.CAP_PAGE: return createCapPage();
			case CoyotosPackage.ENDPOINT: return createEndpoint();
			case CoyotosPackage.SCHEDULE: return createSchedule();
			case CoyotosPackage.SPACE_BANK: return createSpaceBank();
			case CoyotosPackage.NULL_CAPABILITY: return createNullCapability();
			case CoyotosPackage.GPT_CAPABILITY: return createGptCapability();
			case CoyotosPackage.PAGE_CAPABILITY: return createPageCapability();
			case CoyotosPackage.CAP_PAGE_CAPABILITY: return createCapPageCapability();
			case CoyotosPackage.WINDOW_CAPABILITY: return createWindowCapability();
			case CoyotosPackage.LOCAL_WINDOW_CAPABILITY: return createLocalWindowCapability();
			case CoyotosPackage.ENTRY_CAPABILITY: return createEntryCapability();
			case CoyotosPackage.ENDPOINT_CAPABILITY: return createEndpointCapability();
			case CoyotosPackage.PROCESS_CAPABILITY: return createProcessCapability();
			case CoyotosPackage.SCHEDULE_CAPABILITY: return createScheduleCapability();
			case CoyotosPackage.SPACE_BANK_CAPABILITY: return createSpaceBankCapability();
			case CoyotosPackage.REGION: return createRegion();
			case CoyotosPackage.ACTIVATION_HANDLER: return createActivationHandler();
			case CoyotosPackage.MAP_FRESH_PAGE: return createMapFreshPage();
			case CoyotosPackage.FORWARD_FAULT: return createForwardFault();
			case CoyotosPackage.REFUSE_FAULT: return createRefuseFault();
			case CoyotosPackage.WORKLOAD: return createWorkload();
			case CoyotosPackage.TOUCH: return createTouch();
			case CoyotosPackage.INVOKE: return createInvoke();
			case CoyotosPackage.RECEIVE: return createReceive();
			case CoyotosPackage.COMPUTE: return createCompute();
			case CoyotosPackage.YIELD: return createYield();
			case CoyotosPackage.LOOP: return createLoop();
			case CoyotosPackage.SIMULATION_SETUP: return createSimulationSetup();
			case CoyotosPackage.CPU_PROFILE: return createCpuProfile();
			case CoyotosPackage.MISC_CAPABILITY: return createMiscCapability();
			case CoyotosPackage.APP_NOTICE_CAPABILITY: return createAppNoticeCapability();
			case CoyotosPackage.PHYSICAL_PAGE_CAPABILITY: return createPhysicalPageCapability();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CoyotosPackage.ARCHITECTURE:
				return createArchitectureFromString(eDataType, initialValue);
			case CoyotosPackage.RUN_STATE:
				return createRunStateFromString(eDataType, initialValue);
			case CoyotosPackage.FAULT_CODE:
				return createFaultCodeFromString(eDataType, initialValue);
			case CoyotosPackage.REGISTER_ROLE:
				return createRegisterRoleFromString(eDataType, initialValue);
			case CoyotosPackage.ACTIVATION_DESIGN:
				return createActivationDesignFromString(eDataType, initialValue);
			case CoyotosPackage.ACCESS_KIND:
				return createAccessKindFromString(eDataType, initialValue);
			case CoyotosPackage.KERNEL_VARIANT:
				return createKernelVariantFromString(eDataType, initialValue);
			case CoyotosPackage.MISC_CAPABILITY_KIND:
				return createMiscCapabilityKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CoyotosPackage.ARCHITECTURE:
				return convertArchitectureToString(eDataType, instanceValue);
			case CoyotosPackage.RUN_STATE:
				return convertRunStateToString(eDataType, instanceValue);
			case CoyotosPackage.FAULT_CODE:
				return convertFaultCodeToString(eDataType, instanceValue);
			case CoyotosPackage.REGISTER_ROLE:
				return convertRegisterRoleToString(eDataType, instanceValue);
			case CoyotosPackage.ACTIVATION_DESIGN:
				return convertActivationDesignToString(eDataType, instanceValue);
			case CoyotosPackage.ACCESS_KIND:
				return convertAccessKindToString(eDataType, instanceValue);
			case CoyotosPackage.KERNEL_VARIANT:
				return convertKernelVariantToString(eDataType, instanceValue);
			case CoyotosPackage.MISC_CAPABILITY_KIND:
				return convertMiscCapabilityKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoyotosSystem createCoyotosSystem() {
		CoyotosSystemImpl coyotosSystem = new CoyotosSystemImpl();
		return coyotosSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public coyotos.studio.model.Process createProcess() {
		ProcessImpl process = new ProcessImpl();
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Slot createSlot() {
		SlotImpl slot = new SlotImpl();
		return slot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapRegister createCapRegister() {
		CapRegisterImpl capRegister = new CapRegisterImpl();
		return capRegister;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gpt createGpt() {
		GptImpl gpt = new GptImpl();
		return gpt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Page createPage() {
		PageImpl page = new PageImpl();
		return page;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapPage createCapPage() {
		CapPageImpl capPage = new CapPageImpl();
		return capPage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Endpoint createEndpoint() {
		EndpointImpl endpoint = new EndpointImpl();
		return endpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Schedule createSchedule() {
		ScheduleImpl schedule = new ScheduleImpl();
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpaceBank createSpaceBank() {
		SpaceBankImpl spaceBank = new SpaceBankImpl();
		return spaceBank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NullCapability createNullCapability() {
		NullCapabilityImpl nullCapability = new NullCapabilityImpl();
		return nullCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GptCapability createGptCapability() {
		GptCapabilityImpl gptCapability = new GptCapabilityImpl();
		return gptCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PageCapability createPageCapability() {
		PageCapabilityImpl pageCapability = new PageCapabilityImpl();
		return pageCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapPageCapability createCapPageCapability() {
		CapPageCapabilityImpl capPageCapability = new CapPageCapabilityImpl();
		return capPageCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WindowCapability createWindowCapability() {
		WindowCapabilityImpl windowCapability = new WindowCapabilityImpl();
		return windowCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalWindowCapability createLocalWindowCapability() {
		LocalWindowCapabilityImpl localWindowCapability = new LocalWindowCapabilityImpl();
		return localWindowCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EntryCapability createEntryCapability() {
		EntryCapabilityImpl entryCapability = new EntryCapabilityImpl();
		return entryCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointCapability createEndpointCapability() {
		EndpointCapabilityImpl endpointCapability = new EndpointCapabilityImpl();
		return endpointCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessCapability createProcessCapability() {
		ProcessCapabilityImpl processCapability = new ProcessCapabilityImpl();
		return processCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleCapability createScheduleCapability() {
		ScheduleCapabilityImpl scheduleCapability = new ScheduleCapabilityImpl();
		return scheduleCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpaceBankCapability createSpaceBankCapability() {
		SpaceBankCapabilityImpl spaceBankCapability = new SpaceBankCapabilityImpl();
		return spaceBankCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region createRegion() {
		RegionImpl region = new RegionImpl();
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivationHandler createActivationHandler() {
		ActivationHandlerImpl activationHandler = new ActivationHandlerImpl();
		return activationHandler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MapFreshPage createMapFreshPage() {
		MapFreshPageImpl mapFreshPage = new MapFreshPageImpl();
		return mapFreshPage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ForwardFault createForwardFault() {
		ForwardFaultImpl forwardFault = new ForwardFaultImpl();
		return forwardFault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RefuseFault createRefuseFault() {
		RefuseFaultImpl refuseFault = new RefuseFaultImpl();
		return refuseFault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workload createWorkload() {
		WorkloadImpl workload = new WorkloadImpl();
		return workload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Touch createTouch() {
		TouchImpl touch = new TouchImpl();
		return touch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Invoke createInvoke() {
		InvokeImpl invoke = new InvokeImpl();
		return invoke;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Receive createReceive() {
		ReceiveImpl receive = new ReceiveImpl();
		return receive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Compute createCompute() {
		ComputeImpl compute = new ComputeImpl();
		return compute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Yield createYield() {
		YieldImpl yield = new YieldImpl();
		return yield;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Loop createLoop() {
		LoopImpl loop = new LoopImpl();
		return loop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SimulationSetup createSimulationSetup() {
		SimulationSetupImpl simulationSetup = new SimulationSetupImpl();
		return simulationSetup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CpuProfile createCpuProfile() {
		CpuProfileImpl cpuProfile = new CpuProfileImpl();
		return cpuProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MiscCapability createMiscCapability() {
		MiscCapabilityImpl miscCapability = new MiscCapabilityImpl();
		return miscCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppNoticeCapability createAppNoticeCapability() {
		AppNoticeCapabilityImpl appNoticeCapability = new AppNoticeCapabilityImpl();
		return appNoticeCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhysicalPageCapability createPhysicalPageCapability() {
		PhysicalPageCapabilityImpl physicalPageCapability = new PhysicalPageCapabilityImpl();
		return physicalPageCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Architecture createArchitectureFromString(EDataType eDataType, String initialValue) {
		Architecture result = Architecture.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArchitectureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RunState createRunStateFromString(EDataType eDataType, String initialValue) {
		RunState result = RunState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRunStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FaultCode createFaultCodeFromString(EDataType eDataType, String initialValue) {
		FaultCode result = FaultCode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFaultCodeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegisterRole createRegisterRoleFromString(EDataType eDataType, String initialValue) {
		RegisterRole result = RegisterRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRegisterRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivationDesign createActivationDesignFromString(EDataType eDataType, String initialValue) {
		ActivationDesign result = ActivationDesign.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActivationDesignToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccessKind createAccessKindFromString(EDataType eDataType, String initialValue) {
		AccessKind result = AccessKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccessKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KernelVariant createKernelVariantFromString(EDataType eDataType, String initialValue) {
		KernelVariant result = KernelVariant.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKernelVariantToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MiscCapabilityKind createMiscCapabilityKindFromString(EDataType eDataType, String initialValue) {
		MiscCapabilityKind result = MiscCapabilityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMiscCapabilityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoyotosPackage getCoyotosPackage() {
		return (CoyotosPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CoyotosPackage getPackage() {
		return CoyotosPackage.eINSTANCE;
	}

} //CoyotosFactoryImpl
