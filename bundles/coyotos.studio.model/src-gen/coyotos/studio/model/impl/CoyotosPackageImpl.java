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
import coyotos.studio.model.Capability;
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
import coyotos.studio.model.HandlerAction;
import coyotos.studio.model.Invoke;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.KernelVariant;
import coyotos.studio.model.LocalWindowCapability;
import coyotos.studio.model.Loop;
import coyotos.studio.model.MapFreshPage;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.model.MemoryObject;
import coyotos.studio.model.MiscCapability;
import coyotos.studio.model.MiscCapabilityKind;
import coyotos.studio.model.NamedElement;
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
import coyotos.studio.model.SourceTraced;
import coyotos.studio.model.SpaceBank;
import coyotos.studio.model.SpaceBankCapability;
import coyotos.studio.model.Step;
import coyotos.studio.model.Touch;
import coyotos.studio.model.WindowCapability;
import coyotos.studio.model.Workload;
import coyotos.studio.model.Yield;

import coyotos.studio.model.util.CoyotosValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CoyotosPackageImpl extends EPackageImpl implements CoyotosPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass coyotosSystemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kernelObjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memoryObjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass slotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass capRegisterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass capPageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spaceBankEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass capabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nullCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memoryCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gptCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pageCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass capPageCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass windowCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass localWindowCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass entryCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduleCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spaceBankCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activationHandlerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass handlerActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mapFreshPageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass forwardFaultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass refuseFaultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workloadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass touchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass invokeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass receiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass computeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass yieldEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass loopEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass simulationSetupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cpuProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceTracedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass miscCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass appNoticeCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass physicalPageCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum architectureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum runStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum faultCodeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum registerRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum activationDesignEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accessKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kernelVariantEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum miscCapabilityKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see coyotos.studio.model.CoyotosPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CoyotosPackageImpl() {
		super(eNS_URI, CoyotosFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CoyotosPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CoyotosPackage init() {
		if (isInited) return (CoyotosPackage)EPackage.Registry.INSTANCE.getEPackage(CoyotosPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCoyotosPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CoyotosPackageImpl theCoyotosPackage = registeredCoyotosPackage instanceof CoyotosPackageImpl ? (CoyotosPackageImpl)registeredCoyotosPackage : new CoyotosPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCoyotosPackage.createPackageContents();

		// Initialize created meta-data
		theCoyotosPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theCoyotosPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return CoyotosValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theCoyotosPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CoyotosPackage.eNS_URI, theCoyotosPackage);
		return theCoyotosPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCoyotosSystem() {
		return coyotosSystemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoyotosSystem_Architecture() {
		return (EAttribute)coyotosSystemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoyotosSystem_Objects() {
		return (EReference)coyotosSystemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoyotosSystem_Simulation() {
		return (EReference)coyotosSystemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCoyotosSystem__ValidateRules__DiagnosticChain_Map() {
		return coyotosSystemEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKernelObject() {
		return kernelObjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelObject_Bank() {
		return (EReference)kernelObjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMemoryObject() {
		return memoryObjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcess() {
		return processEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_RunState() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Registers() {
		return (EReference)processEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_AddressSpace() {
		return (EReference)processEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Schedule() {
		return (EReference)processEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Handler() {
		return (EReference)processEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_FaultCode() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_FaultInfo() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_IsolationDomain() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_ActivationHandler() {
		return (EReference)processEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Workload() {
		return (EReference)processEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_HandlerActions() {
		return (EReference)processEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_ProgramImage() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_Flags() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Brand() {
		return (EReference)processEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Cohort() {
		return (EReference)processEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_IoSpace() {
		return (EReference)processEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSlot() {
		return slotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlot_Index() {
		return (EAttribute)slotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSlot_Cap() {
		return (EReference)slotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCapRegister() {
		return capRegisterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCapRegister_Role() {
		return (EAttribute)capRegisterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGpt() {
		return gptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGpt_L2v() {
		return (EAttribute)gptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGpt_Ha() {
		return (EAttribute)gptEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGpt_Bg() {
		return (EAttribute)gptEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGpt_Slots() {
		return (EReference)gptEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPage() {
		return pageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPage_Contents() {
		return (EAttribute)pageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCapPage() {
		return capPageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCapPage_Slots() {
		return (EReference)capPageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpoint() {
		return endpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpoint_Recipient() {
		return (EReference)endpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpoint_Pm() {
		return (EAttribute)endpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpoint_EndpointId() {
		return (EAttribute)endpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpoint_ProtectedPayload() {
		return (EAttribute)endpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSchedule() {
		return scheduleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_Priority() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpaceBank() {
		return spaceBankEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpaceBank_PageLimit() {
		return (EAttribute)spaceBankEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpaceBank_Parent() {
		return (EReference)spaceBankEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCapability() {
		return capabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNullCapability() {
		return nullCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMemoryCapability() {
		return memoryCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryCapability_Match() {
		return (EAttribute)memoryCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryCapability_L2g() {
		return (EAttribute)memoryCapabilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryCapability_ReadOnly() {
		return (EAttribute)memoryCapabilityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryCapability_NoExecute() {
		return (EAttribute)memoryCapabilityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryCapability_Weak() {
		return (EAttribute)memoryCapabilityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryCapability_Opaque() {
		return (EAttribute)memoryCapabilityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryCapability_NoCall() {
		return (EAttribute)memoryCapabilityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMemoryCapability__GetTargetObject() {
		return memoryCapabilityEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMemoryCapability__GetRestrictionBits() {
		return memoryCapabilityEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGptCapability() {
		return gptCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGptCapability_Target() {
		return (EReference)gptCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getGptCapability__GetTargetObject() {
		return gptCapabilityEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPageCapability() {
		return pageCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPageCapability_Target() {
		return (EReference)pageCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPageCapability__GetTargetObject() {
		return pageCapabilityEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCapPageCapability() {
		return capPageCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCapPageCapability_Target() {
		return (EReference)capPageCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCapPageCapability__GetTargetObject() {
		return capPageCapabilityEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWindowCapability() {
		return windowCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWindowCapability_Offset() {
		return (EAttribute)windowCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocalWindowCapability() {
		return localWindowCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalWindowCapability_Offset() {
		return (EAttribute)localWindowCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalWindowCapability_Slot() {
		return (EAttribute)localWindowCapabilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEntryCapability() {
		return entryCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntryCapability_Target() {
		return (EReference)entryCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryCapability_ProtectedPayload() {
		return (EAttribute)entryCapabilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpointCapability() {
		return endpointCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpointCapability_Target() {
		return (EReference)endpointCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcessCapability() {
		return processCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessCapability_Target() {
		return (EReference)processCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScheduleCapability() {
		return scheduleCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduleCapability_Target() {
		return (EReference)scheduleCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpaceBankCapability() {
		return spaceBankCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpaceBankCapability_Target() {
		return (EReference)spaceBankCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpaceBankCapability_ProtectedPayload() {
		return (EAttribute)spaceBankCapabilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegion() {
		return regionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Start() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Size() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivationHandler() {
		return activationHandlerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivationHandler_Design() {
		return (EAttribute)activationHandlerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivationHandler_EntryPC() {
		return (EAttribute)activationHandlerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivationHandler_Stack() {
		return (EReference)activationHandlerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivationHandler_Code() {
		return (EReference)activationHandlerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivationHandler_Handles() {
		return (EReference)activationHandlerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivationHandler_Actions() {
		return (EReference)activationHandlerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHandlerAction() {
		return handlerActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMapFreshPage() {
		return mapFreshPageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMapFreshPage_Bank() {
		return (EReference)mapFreshPageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMapFreshPage_Gpt() {
		return (EReference)mapFreshPageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMapFreshPage_Slot() {
		return (EAttribute)mapFreshPageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getForwardFault() {
		return forwardFaultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getForwardFault_To() {
		return (EReference)forwardFaultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRefuseFault() {
		return refuseFaultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkload() {
		return workloadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkload_Steps() {
		return (EReference)workloadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep() {
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTouch() {
		return touchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouch_Start() {
		return (EAttribute)touchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouch_Length() {
		return (EAttribute)touchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouch_Stride() {
		return (EAttribute)touchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouch_Access() {
		return (EAttribute)touchEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInvoke() {
		return invokeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvoke_Register() {
		return (EAttribute)invokeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvoke_Call() {
		return (EAttribute)invokeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReceive() {
		return receiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompute() {
		return computeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompute_Cycles() {
		return (EAttribute)computeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getYield() {
		return yieldEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLoop() {
		return loopEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoop_Count() {
		return (EAttribute)loopEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLoop_Steps() {
		return (EReference)loopEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSimulationSetup() {
		return simulationSetupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSimulationSetup_CpuProfile() {
		return (EAttribute)simulationSetupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSimulationSetup_CustomProfile() {
		return (EReference)simulationSetupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSimulationSetup_MaxCycles() {
		return (EAttribute)simulationSetupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSimulationSetup_MaxEvents() {
		return (EAttribute)simulationSetupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSimulationSetup_RandomSeed() {
		return (EAttribute)simulationSetupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSimulationSetup_Kernel() {
		return (EAttribute)simulationSetupEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCpuProfile() {
		return cpuProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuProfile_ClockMHz() {
		return (EAttribute)cpuProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuProfile_KernelRoundTripCycles() {
		return (EAttribute)cpuProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuProfile_Cr3LoadCycles() {
		return (EAttribute)cpuProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuProfile_TlbEntries() {
		return (EAttribute)cpuProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuProfile_TlbRefillCycles() {
		return (EAttribute)cpuProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuProfile_Pcid() {
		return (EAttribute)cpuProfileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuProfile_Kpti() {
		return (EAttribute)cpuProfileEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuProfile_FaultPathCycles() {
		return (EAttribute)cpuProfileEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuProfile_IpcPathCycles() {
		return (EAttribute)cpuProfileEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuProfile_PageTableBuildCycles() {
		return (EAttribute)cpuProfileEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourceTraced() {
		return sourceTracedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceTraced_Origin() {
		return (EAttribute)sourceTracedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMiscCapability() {
		return miscCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMiscCapability_Kind() {
		return (EAttribute)miscCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAppNoticeCapability() {
		return appNoticeCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAppNoticeCapability_Target() {
		return (EReference)appNoticeCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppNoticeCapability_Mask() {
		return (EAttribute)appNoticeCapabilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhysicalPageCapability() {
		return physicalPageCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhysicalPageCapability_Frame() {
		return (EAttribute)physicalPageCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhysicalPageCapability_CacheDisabled() {
		return (EAttribute)physicalPageCapabilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArchitecture() {
		return architectureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRunState() {
		return runStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFaultCode() {
		return faultCodeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRegisterRole() {
		return registerRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActivationDesign() {
		return activationDesignEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccessKind() {
		return accessKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKernelVariant() {
		return kernelVariantEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMiscCapabilityKind() {
		return miscCapabilityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoyotosFactory getCoyotosFactory() {
		return (CoyotosFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		coyotosSystemEClass = createEClass(COYOTOS_SYSTEM);
		createEAttribute(coyotosSystemEClass, COYOTOS_SYSTEM__ARCHITECTURE);
		createEReference(coyotosSystemEClass, COYOTOS_SYSTEM__OBJECTS);
		createEReference(coyotosSystemEClass, COYOTOS_SYSTEM__SIMULATION);
		createEOperation(coyotosSystemEClass, COYOTOS_SYSTEM___VALIDATE_RULES__DIAGNOSTICCHAIN_MAP);

		kernelObjectEClass = createEClass(KERNEL_OBJECT);
		createEReference(kernelObjectEClass, KERNEL_OBJECT__BANK);

		memoryObjectEClass = createEClass(MEMORY_OBJECT);

		processEClass = createEClass(PROCESS);
		createEAttribute(processEClass, PROCESS__RUN_STATE);
		createEReference(processEClass, PROCESS__REGISTERS);
		createEReference(processEClass, PROCESS__ADDRESS_SPACE);
		createEReference(processEClass, PROCESS__SCHEDULE);
		createEReference(processEClass, PROCESS__HANDLER);
		createEAttribute(processEClass, PROCESS__FAULT_CODE);
		createEAttribute(processEClass, PROCESS__FAULT_INFO);
		createEAttribute(processEClass, PROCESS__ISOLATION_DOMAIN);
		createEReference(processEClass, PROCESS__ACTIVATION_HANDLER);
		createEReference(processEClass, PROCESS__WORKLOAD);
		createEReference(processEClass, PROCESS__HANDLER_ACTIONS);
		createEAttribute(processEClass, PROCESS__PROGRAM_IMAGE);
		createEAttribute(processEClass, PROCESS__FLAGS);
		createEReference(processEClass, PROCESS__BRAND);
		createEReference(processEClass, PROCESS__COHORT);
		createEReference(processEClass, PROCESS__IO_SPACE);

		slotEClass = createEClass(SLOT);
		createEAttribute(slotEClass, SLOT__INDEX);
		createEReference(slotEClass, SLOT__CAP);

		capRegisterEClass = createEClass(CAP_REGISTER);
		createEAttribute(capRegisterEClass, CAP_REGISTER__ROLE);

		gptEClass = createEClass(GPT);
		createEAttribute(gptEClass, GPT__L2V);
		createEAttribute(gptEClass, GPT__HA);
		createEAttribute(gptEClass, GPT__BG);
		createEReference(gptEClass, GPT__SLOTS);

		pageEClass = createEClass(PAGE);
		createEAttribute(pageEClass, PAGE__CONTENTS);

		capPageEClass = createEClass(CAP_PAGE);
		createEReference(capPageEClass, CAP_PAGE__SLOTS);

		endpointEClass = createEClass(ENDPOINT);
		createEReference(endpointEClass, ENDPOINT__RECIPIENT);
		createEAttribute(endpointEClass, ENDPOINT__PM);
		createEAttribute(endpointEClass, ENDPOINT__ENDPOINT_ID);
		createEAttribute(endpointEClass, ENDPOINT__PROTECTED_PAYLOAD);

		scheduleEClass = createEClass(SCHEDULE);
		createEAttribute(scheduleEClass, SCHEDULE__PRIORITY);

		spaceBankEClass = createEClass(SPACE_BANK);
		createEAttribute(spaceBankEClass, SPACE_BANK__PAGE_LIMIT);
		createEReference(spaceBankEClass, SPACE_BANK__PARENT);

		capabilityEClass = createEClass(CAPABILITY);

		nullCapabilityEClass = createEClass(NULL_CAPABILITY);

		memoryCapabilityEClass = createEClass(MEMORY_CAPABILITY);
		createEAttribute(memoryCapabilityEClass, MEMORY_CAPABILITY__MATCH);
		createEAttribute(memoryCapabilityEClass, MEMORY_CAPABILITY__L2G);
		createEAttribute(memoryCapabilityEClass, MEMORY_CAPABILITY__READ_ONLY);
		createEAttribute(memoryCapabilityEClass, MEMORY_CAPABILITY__NO_EXECUTE);
		createEAttribute(memoryCapabilityEClass, MEMORY_CAPABILITY__WEAK);
		createEAttribute(memoryCapabilityEClass, MEMORY_CAPABILITY__OPAQUE);
		createEAttribute(memoryCapabilityEClass, MEMORY_CAPABILITY__NO_CALL);
		createEOperation(memoryCapabilityEClass, MEMORY_CAPABILITY___GET_TARGET_OBJECT);
		createEOperation(memoryCapabilityEClass, MEMORY_CAPABILITY___GET_RESTRICTION_BITS);

		gptCapabilityEClass = createEClass(GPT_CAPABILITY);
		createEReference(gptCapabilityEClass, GPT_CAPABILITY__TARGET);
		createEOperation(gptCapabilityEClass, GPT_CAPABILITY___GET_TARGET_OBJECT);

		pageCapabilityEClass = createEClass(PAGE_CAPABILITY);
		createEReference(pageCapabilityEClass, PAGE_CAPABILITY__TARGET);
		createEOperation(pageCapabilityEClass, PAGE_CAPABILITY___GET_TARGET_OBJECT);

		capPageCapabilityEClass = createEClass(CAP_PAGE_CAPABILITY);
		createEReference(capPageCapabilityEClass, CAP_PAGE_CAPABILITY__TARGET);
		createEOperation(capPageCapabilityEClass, CAP_PAGE_CAPABILITY___GET_TARGET_OBJECT);

		windowCapabilityEClass = createEClass(WINDOW_CAPABILITY);
		createEAttribute(windowCapabilityEClass, WINDOW_CAPABILITY__OFFSET);

		localWindowCapabilityEClass = createEClass(LOCAL_WINDOW_CAPABILITY);
		createEAttribute(localWindowCapabilityEClass, LOCAL_WINDOW_CAPABILITY__OFFSET);
		createEAttribute(localWindowCapabilityEClass, LOCAL_WINDOW_CAPABILITY__SLOT);

		entryCapabilityEClass = createEClass(ENTRY_CAPABILITY);
		createEReference(entryCapabilityEClass, ENTRY_CAPABILITY__TARGET);
		createEAttribute(entryCapabilityEClass, ENTRY_CAPABILITY__PROTECTED_PAYLOAD);

		endpointCapabilityEClass = createEClass(ENDPOINT_CAPABILITY);
		createEReference(endpointCapabilityEClass, ENDPOINT_CAPABILITY__TARGET);

		processCapabilityEClass = createEClass(PROCESS_CAPABILITY);
		createEReference(processCapabilityEClass, PROCESS_CAPABILITY__TARGET);

		scheduleCapabilityEClass = createEClass(SCHEDULE_CAPABILITY);
		createEReference(scheduleCapabilityEClass, SCHEDULE_CAPABILITY__TARGET);

		spaceBankCapabilityEClass = createEClass(SPACE_BANK_CAPABILITY);
		createEReference(spaceBankCapabilityEClass, SPACE_BANK_CAPABILITY__TARGET);
		createEAttribute(spaceBankCapabilityEClass, SPACE_BANK_CAPABILITY__PROTECTED_PAYLOAD);

		regionEClass = createEClass(REGION);
		createEAttribute(regionEClass, REGION__START);
		createEAttribute(regionEClass, REGION__SIZE);

		activationHandlerEClass = createEClass(ACTIVATION_HANDLER);
		createEAttribute(activationHandlerEClass, ACTIVATION_HANDLER__DESIGN);
		createEAttribute(activationHandlerEClass, ACTIVATION_HANDLER__ENTRY_PC);
		createEReference(activationHandlerEClass, ACTIVATION_HANDLER__STACK);
		createEReference(activationHandlerEClass, ACTIVATION_HANDLER__CODE);
		createEReference(activationHandlerEClass, ACTIVATION_HANDLER__HANDLES);
		createEReference(activationHandlerEClass, ACTIVATION_HANDLER__ACTIONS);

		handlerActionEClass = createEClass(HANDLER_ACTION);

		mapFreshPageEClass = createEClass(MAP_FRESH_PAGE);
		createEReference(mapFreshPageEClass, MAP_FRESH_PAGE__BANK);
		createEReference(mapFreshPageEClass, MAP_FRESH_PAGE__GPT);
		createEAttribute(mapFreshPageEClass, MAP_FRESH_PAGE__SLOT);

		forwardFaultEClass = createEClass(FORWARD_FAULT);
		createEReference(forwardFaultEClass, FORWARD_FAULT__TO);

		refuseFaultEClass = createEClass(REFUSE_FAULT);

		workloadEClass = createEClass(WORKLOAD);
		createEReference(workloadEClass, WORKLOAD__STEPS);

		stepEClass = createEClass(STEP);

		touchEClass = createEClass(TOUCH);
		createEAttribute(touchEClass, TOUCH__START);
		createEAttribute(touchEClass, TOUCH__LENGTH);
		createEAttribute(touchEClass, TOUCH__STRIDE);
		createEAttribute(touchEClass, TOUCH__ACCESS);

		invokeEClass = createEClass(INVOKE);
		createEAttribute(invokeEClass, INVOKE__REGISTER);
		createEAttribute(invokeEClass, INVOKE__CALL);

		receiveEClass = createEClass(RECEIVE);

		computeEClass = createEClass(COMPUTE);
		createEAttribute(computeEClass, COMPUTE__CYCLES);

		yieldEClass = createEClass(YIELD);

		loopEClass = createEClass(LOOP);
		createEAttribute(loopEClass, LOOP__COUNT);
		createEReference(loopEClass, LOOP__STEPS);

		simulationSetupEClass = createEClass(SIMULATION_SETUP);
		createEAttribute(simulationSetupEClass, SIMULATION_SETUP__CPU_PROFILE);
		createEReference(simulationSetupEClass, SIMULATION_SETUP__CUSTOM_PROFILE);
		createEAttribute(simulationSetupEClass, SIMULATION_SETUP__MAX_CYCLES);
		createEAttribute(simulationSetupEClass, SIMULATION_SETUP__MAX_EVENTS);
		createEAttribute(simulationSetupEClass, SIMULATION_SETUP__RANDOM_SEED);
		createEAttribute(simulationSetupEClass, SIMULATION_SETUP__KERNEL);

		cpuProfileEClass = createEClass(CPU_PROFILE);
		createEAttribute(cpuProfileEClass, CPU_PROFILE__CLOCK_MHZ);
		createEAttribute(cpuProfileEClass, CPU_PROFILE__KERNEL_ROUND_TRIP_CYCLES);
		createEAttribute(cpuProfileEClass, CPU_PROFILE__CR3_LOAD_CYCLES);
		createEAttribute(cpuProfileEClass, CPU_PROFILE__TLB_ENTRIES);
		createEAttribute(cpuProfileEClass, CPU_PROFILE__TLB_REFILL_CYCLES);
		createEAttribute(cpuProfileEClass, CPU_PROFILE__PCID);
		createEAttribute(cpuProfileEClass, CPU_PROFILE__KPTI);
		createEAttribute(cpuProfileEClass, CPU_PROFILE__FAULT_PATH_CYCLES);
		createEAttribute(cpuProfileEClass, CPU_PROFILE__IPC_PATH_CYCLES);
		createEAttribute(cpuProfileEClass, CPU_PROFILE__PAGE_TABLE_BUILD_CYCLES);

		sourceTracedEClass = createEClass(SOURCE_TRACED);
		createEAttribute(sourceTracedEClass, SOURCE_TRACED__ORIGIN);

		miscCapabilityEClass = createEClass(MISC_CAPABILITY);
		createEAttribute(miscCapabilityEClass, MISC_CAPABILITY__KIND);

		appNoticeCapabilityEClass = createEClass(APP_NOTICE_CAPABILITY);
		createEReference(appNoticeCapabilityEClass, APP_NOTICE_CAPABILITY__TARGET);
		createEAttribute(appNoticeCapabilityEClass, APP_NOTICE_CAPABILITY__MASK);

		physicalPageCapabilityEClass = createEClass(PHYSICAL_PAGE_CAPABILITY);
		createEAttribute(physicalPageCapabilityEClass, PHYSICAL_PAGE_CAPABILITY__FRAME);
		createEAttribute(physicalPageCapabilityEClass, PHYSICAL_PAGE_CAPABILITY__CACHE_DISABLED);

		// Create enums
		architectureEEnum = createEEnum(ARCHITECTURE);
		runStateEEnum = createEEnum(RUN_STATE);
		faultCodeEEnum = createEEnum(FAULT_CODE);
		registerRoleEEnum = createEEnum(REGISTER_ROLE);
		activationDesignEEnum = createEEnum(ACTIVATION_DESIGN);
		accessKindEEnum = createEEnum(ACCESS_KIND);
		kernelVariantEEnum = createEEnum(KERNEL_VARIANT);
		miscCapabilityKindEEnum = createEEnum(MISC_CAPABILITY_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedElementEClass.getESuperTypes().add(this.getSourceTraced());
		coyotosSystemEClass.getESuperTypes().add(this.getNamedElement());
		kernelObjectEClass.getESuperTypes().add(this.getNamedElement());
		memoryObjectEClass.getESuperTypes().add(this.getKernelObject());
		processEClass.getESuperTypes().add(this.getKernelObject());
		capRegisterEClass.getESuperTypes().add(this.getSlot());
		gptEClass.getESuperTypes().add(this.getMemoryObject());
		pageEClass.getESuperTypes().add(this.getMemoryObject());
		capPageEClass.getESuperTypes().add(this.getMemoryObject());
		endpointEClass.getESuperTypes().add(this.getKernelObject());
		scheduleEClass.getESuperTypes().add(this.getKernelObject());
		spaceBankEClass.getESuperTypes().add(this.getKernelObject());
		capabilityEClass.getESuperTypes().add(this.getSourceTraced());
		nullCapabilityEClass.getESuperTypes().add(this.getCapability());
		memoryCapabilityEClass.getESuperTypes().add(this.getCapability());
		gptCapabilityEClass.getESuperTypes().add(this.getMemoryCapability());
		pageCapabilityEClass.getESuperTypes().add(this.getMemoryCapability());
		capPageCapabilityEClass.getESuperTypes().add(this.getMemoryCapability());
		windowCapabilityEClass.getESuperTypes().add(this.getMemoryCapability());
		localWindowCapabilityEClass.getESuperTypes().add(this.getMemoryCapability());
		entryCapabilityEClass.getESuperTypes().add(this.getCapability());
		endpointCapabilityEClass.getESuperTypes().add(this.getCapability());
		processCapabilityEClass.getESuperTypes().add(this.getCapability());
		scheduleCapabilityEClass.getESuperTypes().add(this.getCapability());
		spaceBankCapabilityEClass.getESuperTypes().add(this.getCapability());
		activationHandlerEClass.getESuperTypes().add(this.getNamedElement());
		mapFreshPageEClass.getESuperTypes().add(this.getHandlerAction());
		forwardFaultEClass.getESuperTypes().add(this.getHandlerAction());
		refuseFaultEClass.getESuperTypes().add(this.getHandlerAction());
		touchEClass.getESuperTypes().add(this.getStep());
		invokeEClass.getESuperTypes().add(this.getStep());
		receiveEClass.getESuperTypes().add(this.getStep());
		computeEClass.getESuperTypes().add(this.getStep());
		yieldEClass.getESuperTypes().add(this.getStep());
		loopEClass.getESuperTypes().add(this.getStep());
		cpuProfileEClass.getESuperTypes().add(this.getNamedElement());
		miscCapabilityEClass.getESuperTypes().add(this.getCapability());
		appNoticeCapabilityEClass.getESuperTypes().add(this.getCapability());
		physicalPageCapabilityEClass.getESuperTypes().add(this.getMemoryCapability());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(coyotosSystemEClass, CoyotosSystem.class, "CoyotosSystem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCoyotosSystem_Architecture(), this.getArchitecture(), "architecture", "IA32", 0, 1, CoyotosSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoyotosSystem_Objects(), this.getKernelObject(), null, "objects", null, 0, -1, CoyotosSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoyotosSystem_Simulation(), this.getSimulationSetup(), null, "simulation", null, 0, 1, CoyotosSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getCoyotosSystem__ValidateRules__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateRules", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(kernelObjectEClass, KernelObject.class, "KernelObject", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getKernelObject_Bank(), this.getSpaceBank(), null, "bank", null, 0, 1, KernelObject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(memoryObjectEClass, MemoryObject.class, "MemoryObject", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(processEClass, coyotos.studio.model.Process.class, "Process", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProcess_RunState(), this.getRunState(), "runState", "RUNNING", 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_Registers(), this.getCapRegister(), null, "registers", null, 0, 32, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_AddressSpace(), this.getCapability(), null, "addressSpace", null, 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_Schedule(), this.getCapability(), null, "schedule", null, 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_Handler(), this.getCapability(), null, "handler", null, 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_FaultCode(), this.getFaultCode(), "faultCode", "Startup", 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_FaultInfo(), ecorePackage.getELong(), "faultInfo", null, 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_IsolationDomain(), ecorePackage.getEString(), "isolationDomain", null, 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_ActivationHandler(), this.getActivationHandler(), null, "activationHandler", null, 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_Workload(), this.getWorkload(), null, "workload", null, 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_HandlerActions(), this.getHandlerAction(), null, "handlerActions", null, 0, -1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_ProgramImage(), ecorePackage.getEString(), "programImage", null, 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_Brand(), this.getCapability(), null, "brand", null, 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_Cohort(), this.getCapability(), null, "cohort", null, 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_IoSpace(), this.getCapability(), null, "ioSpace", null, 0, 1, coyotos.studio.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(slotEClass, Slot.class, "Slot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSlot_Index(), ecorePackage.getEInt(), "index", null, 0, 1, Slot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSlot_Cap(), this.getCapability(), null, "cap", null, 0, 1, Slot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(capRegisterEClass, CapRegister.class, "CapRegister", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCapRegister_Role(), this.getRegisterRole(), "role", null, 0, 1, CapRegister.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(gptEClass, Gpt.class, "Gpt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGpt_L2v(), ecorePackage.getEInt(), "l2v", "12", 0, 1, Gpt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGpt_Ha(), ecorePackage.getEBoolean(), "ha", null, 0, 1, Gpt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGpt_Bg(), ecorePackage.getEBoolean(), "bg", null, 0, 1, Gpt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGpt_Slots(), this.getSlot(), null, "slots", null, 0, 16, Gpt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pageEClass, Page.class, "Page", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPage_Contents(), ecorePackage.getEByteArray(), "contents", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(capPageEClass, CapPage.class, "CapPage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCapPage_Slots(), this.getSlot(), null, "slots", null, 0, 256, CapPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(endpointEClass, Endpoint.class, "Endpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEndpoint_Recipient(), this.getProcess(), null, "recipient", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpoint_Pm(), ecorePackage.getEBoolean(), "pm", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpoint_EndpointId(), ecorePackage.getELong(), "endpointId", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpoint_ProtectedPayload(), ecorePackage.getELong(), "protectedPayload", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduleEClass, Schedule.class, "Schedule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSchedule_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spaceBankEClass, SpaceBank.class, "SpaceBank", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpaceBank_PageLimit(), ecorePackage.getELong(), "pageLimit", "-1", 0, 1, SpaceBank.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpaceBank_Parent(), this.getSpaceBank(), null, "parent", null, 0, 1, SpaceBank.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(capabilityEClass, Capability.class, "Capability", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(nullCapabilityEClass, NullCapability.class, "NullCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(memoryCapabilityEClass, MemoryCapability.class, "MemoryCapability", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMemoryCapability_Match(), ecorePackage.getELong(), "match", null, 0, 1, MemoryCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryCapability_L2g(), ecorePackage.getEInt(), "l2g", "64", 0, 1, MemoryCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryCapability_ReadOnly(), ecorePackage.getEBoolean(), "readOnly", null, 0, 1, MemoryCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryCapability_NoExecute(), ecorePackage.getEBoolean(), "noExecute", null, 0, 1, MemoryCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryCapability_Weak(), ecorePackage.getEBoolean(), "weak", null, 0, 1, MemoryCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryCapability_Opaque(), ecorePackage.getEBoolean(), "opaque", null, 0, 1, MemoryCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryCapability_NoCall(), ecorePackage.getEBoolean(), "noCall", null, 0, 1, MemoryCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getMemoryCapability__GetTargetObject(), this.getMemoryObject(), "getTargetObject", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getMemoryCapability__GetRestrictionBits(), ecorePackage.getEInt(), "getRestrictionBits", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(gptCapabilityEClass, GptCapability.class, "GptCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGptCapability_Target(), this.getGpt(), null, "target", null, 0, 1, GptCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getGptCapability__GetTargetObject(), this.getMemoryObject(), "getTargetObject", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(pageCapabilityEClass, PageCapability.class, "PageCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPageCapability_Target(), this.getPage(), null, "target", null, 0, 1, PageCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getPageCapability__GetTargetObject(), this.getMemoryObject(), "getTargetObject", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(capPageCapabilityEClass, CapPageCapability.class, "CapPageCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCapPageCapability_Target(), this.getCapPage(), null, "target", null, 0, 1, CapPageCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getCapPageCapability__GetTargetObject(), this.getMemoryObject(), "getTargetObject", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(windowCapabilityEClass, WindowCapability.class, "WindowCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWindowCapability_Offset(), ecorePackage.getELong(), "offset", null, 0, 1, WindowCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(localWindowCapabilityEClass, LocalWindowCapability.class, "LocalWindowCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLocalWindowCapability_Offset(), ecorePackage.getELong(), "offset", null, 0, 1, LocalWindowCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalWindowCapability_Slot(), ecorePackage.getEInt(), "slot", null, 0, 1, LocalWindowCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(entryCapabilityEClass, EntryCapability.class, "EntryCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEntryCapability_Target(), this.getEndpoint(), null, "target", null, 0, 1, EntryCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryCapability_ProtectedPayload(), ecorePackage.getELong(), "protectedPayload", null, 0, 1, EntryCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(endpointCapabilityEClass, EndpointCapability.class, "EndpointCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEndpointCapability_Target(), this.getEndpoint(), null, "target", null, 0, 1, EndpointCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(processCapabilityEClass, ProcessCapability.class, "ProcessCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProcessCapability_Target(), this.getProcess(), null, "target", null, 0, 1, ProcessCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduleCapabilityEClass, ScheduleCapability.class, "ScheduleCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScheduleCapability_Target(), this.getSchedule(), null, "target", null, 0, 1, ScheduleCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spaceBankCapabilityEClass, SpaceBankCapability.class, "SpaceBankCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSpaceBankCapability_Target(), this.getSpaceBank(), null, "target", null, 0, 1, SpaceBankCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpaceBankCapability_ProtectedPayload(), ecorePackage.getELong(), "protectedPayload", null, 0, 1, SpaceBankCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regionEClass, Region.class, "Region", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegion_Start(), ecorePackage.getELong(), "start", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Size(), ecorePackage.getELong(), "size", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activationHandlerEClass, ActivationHandler.class, "ActivationHandler", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActivationHandler_Design(), this.getActivationDesign(), "design", "draft-0.5", 0, 1, ActivationHandler.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivationHandler_EntryPC(), ecorePackage.getELong(), "entryPC", null, 0, 1, ActivationHandler.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivationHandler_Stack(), this.getRegion(), null, "stack", null, 0, 1, ActivationHandler.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivationHandler_Code(), this.getRegion(), null, "code", null, 0, 1, ActivationHandler.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivationHandler_Handles(), this.getRegion(), null, "handles", null, 0, -1, ActivationHandler.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivationHandler_Actions(), this.getHandlerAction(), null, "actions", null, 0, -1, ActivationHandler.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(handlerActionEClass, HandlerAction.class, "HandlerAction", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(mapFreshPageEClass, MapFreshPage.class, "MapFreshPage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMapFreshPage_Bank(), this.getSpaceBank(), null, "bank", null, 0, 1, MapFreshPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMapFreshPage_Gpt(), this.getGpt(), null, "gpt", null, 0, 1, MapFreshPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMapFreshPage_Slot(), ecorePackage.getEInt(), "slot", "-1", 0, 1, MapFreshPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(forwardFaultEClass, ForwardFault.class, "ForwardFault", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getForwardFault_To(), this.getEndpoint(), null, "to", null, 0, 1, ForwardFault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(refuseFaultEClass, RefuseFault.class, "RefuseFault", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(workloadEClass, Workload.class, "Workload", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWorkload_Steps(), this.getStep(), null, "steps", null, 0, -1, Workload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(touchEClass, Touch.class, "Touch", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTouch_Start(), ecorePackage.getELong(), "start", null, 0, 1, Touch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouch_Length(), ecorePackage.getELong(), "length", "4096", 0, 1, Touch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouch_Stride(), ecorePackage.getELong(), "stride", "4096", 0, 1, Touch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouch_Access(), this.getAccessKind(), "access", null, 0, 1, Touch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(invokeEClass, Invoke.class, "Invoke", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInvoke_Register(), ecorePackage.getEInt(), "register", null, 0, 1, Invoke.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvoke_Call(), ecorePackage.getEBoolean(), "call", "true", 0, 1, Invoke.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(receiveEClass, Receive.class, "Receive", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(computeEClass, Compute.class, "Compute", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCompute_Cycles(), ecorePackage.getELong(), "cycles", null, 0, 1, Compute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(yieldEClass, Yield.class, "Yield", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(loopEClass, Loop.class, "Loop", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLoop_Count(), ecorePackage.getEInt(), "count", "1", 0, 1, Loop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLoop_Steps(), this.getStep(), null, "steps", null, 0, -1, Loop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(simulationSetupEClass, SimulationSetup.class, "SimulationSetup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSimulationSetup_CpuProfile(), ecorePackage.getEString(), "cpuProfile", "i386-2007", 0, 1, SimulationSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSimulationSetup_CustomProfile(), this.getCpuProfile(), null, "customProfile", null, 0, 1, SimulationSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSimulationSetup_MaxCycles(), ecorePackage.getELong(), "maxCycles", "1000000000", 0, 1, SimulationSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSimulationSetup_MaxEvents(), ecorePackage.getELong(), "maxEvents", "1000000", 0, 1, SimulationSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSimulationSetup_RandomSeed(), ecorePackage.getELong(), "randomSeed", "1", 0, 1, SimulationSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSimulationSetup_Kernel(), this.getKernelVariant(), "kernel", "coyotos-2007", 0, 1, SimulationSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cpuProfileEClass, CpuProfile.class, "CpuProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCpuProfile_ClockMHz(), ecorePackage.getEInt(), "clockMHz", "2000", 0, 1, CpuProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuProfile_KernelRoundTripCycles(), ecorePackage.getELong(), "kernelRoundTripCycles", null, 0, 1, CpuProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuProfile_Cr3LoadCycles(), ecorePackage.getELong(), "cr3LoadCycles", null, 0, 1, CpuProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuProfile_TlbEntries(), ecorePackage.getEInt(), "tlbEntries", null, 0, 1, CpuProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuProfile_TlbRefillCycles(), ecorePackage.getELong(), "tlbRefillCycles", null, 0, 1, CpuProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuProfile_Pcid(), ecorePackage.getEBoolean(), "pcid", null, 0, 1, CpuProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuProfile_Kpti(), ecorePackage.getEBoolean(), "kpti", null, 0, 1, CpuProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuProfile_FaultPathCycles(), ecorePackage.getELong(), "faultPathCycles", null, 0, 1, CpuProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuProfile_IpcPathCycles(), ecorePackage.getELong(), "ipcPathCycles", null, 0, 1, CpuProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuProfile_PageTableBuildCycles(), ecorePackage.getELong(), "pageTableBuildCycles", null, 0, 1, CpuProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceTracedEClass, SourceTraced.class, "SourceTraced", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSourceTraced_Origin(), ecorePackage.getEString(), "origin", null, 0, 1, SourceTraced.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(miscCapabilityEClass, MiscCapability.class, "MiscCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMiscCapability_Kind(), this.getMiscCapabilityKind(), "kind", "KernLog", 0, 1, MiscCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(appNoticeCapabilityEClass, AppNoticeCapability.class, "AppNoticeCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAppNoticeCapability_Target(), this.getEndpoint(), null, "target", null, 0, 1, AppNoticeCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppNoticeCapability_Mask(), ecorePackage.getELong(), "mask", null, 0, 1, AppNoticeCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(physicalPageCapabilityEClass, PhysicalPageCapability.class, "PhysicalPageCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPhysicalPageCapability_Frame(), ecorePackage.getELong(), "frame", null, 0, 1, PhysicalPageCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhysicalPageCapability_CacheDisabled(), ecorePackage.getEBoolean(), "cacheDisabled", null, 0, 1, PhysicalPageCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(architectureEEnum, Architecture.class, "Architecture");
		addEEnumLiteral(architectureEEnum, Architecture.IA32);

		initEEnum(runStateEEnum, RunState.class, "RunState");
		addEEnumLiteral(runStateEEnum, RunState.RUNNING);
		addEEnumLiteral(runStateEEnum, RunState.RECEIVING);
		addEEnumLiteral(runStateEEnum, RunState.FAULTED);

		initEEnum(faultCodeEEnum, FaultCode.class, "FaultCode");
		addEEnumLiteral(faultCodeEEnum, FaultCode.NO_FAULT);
		addEEnumLiteral(faultCodeEEnum, FaultCode.MALFORMED_SYSCALL);
		addEEnumLiteral(faultCodeEEnum, FaultCode.SOFT_NOTICE);
		addEEnumLiteral(faultCodeEEnum, FaultCode.SLICE_EXPIRED);
		addEEnumLiteral(faultCodeEEnum, FaultCode.INVALID_DATA_REFERENCE);
		addEEnumLiteral(faultCodeEEnum, FaultCode.INVALID_CAP_REFERENCE);
		addEEnumLiteral(faultCodeEEnum, FaultCode.NO_EXECUTE);
		addEEnumLiteral(faultCodeEEnum, FaultCode.ACCESS_VIOLATION);
		addEEnumLiteral(faultCodeEEnum, FaultCode.DATA_ACCESS_TYPE_ERROR);
		addEEnumLiteral(faultCodeEEnum, FaultCode.CAP_ACCESS_TYPE_ERROR);
		addEEnumLiteral(faultCodeEEnum, FaultCode.MISALIGNED_REFERENCE);
		addEEnumLiteral(faultCodeEEnum, FaultCode.TRAVERSE_LIMIT);
		addEEnumLiteral(faultCodeEEnum, FaultCode.MALFORMED_SPACE);
		addEEnumLiteral(faultCodeEEnum, FaultCode.NOTIFY);
		addEEnumLiteral(faultCodeEEnum, FaultCode.STARTUP);
		addEEnumLiteral(faultCodeEEnum, FaultCode.NO_ADDR_SPACE);
		addEEnumLiteral(faultCodeEEnum, FaultCode.NO_SCHEDULE);
		addEEnumLiteral(faultCodeEEnum, FaultCode.BREAK_POINT);
		addEEnumLiteral(faultCodeEEnum, FaultCode.BROKE_POINT);
		addEEnumLiteral(faultCodeEEnum, FaultCode.BAD_OPCODE);
		addEEnumLiteral(faultCodeEEnum, FaultCode.ALIEN);
		addEEnumLiteral(faultCodeEEnum, FaultCode.DIV_ZERO);
		addEEnumLiteral(faultCodeEEnum, FaultCode.BAD_ALIGN);
		addEEnumLiteral(faultCodeEEnum, FaultCode.NO_FPU);
		addEEnumLiteral(faultCodeEEnum, FaultCode.FPFAULT);
		addEEnumLiteral(faultCodeEEnum, FaultCode.DEBUG);
		addEEnumLiteral(faultCodeEEnum, FaultCode.OVERFLOW);
		addEEnumLiteral(faultCodeEEnum, FaultCode.BOUNDS);
		addEEnumLiteral(faultCodeEEnum, FaultCode.SYS_CALL_ENTRY);
		addEEnumLiteral(faultCodeEEnum, FaultCode.SYS_CALL_RETURN);
		addEEnumLiteral(faultCodeEEnum, FaultCode.ACTIVATION_FAIL);
		addEEnumLiteral(faultCodeEEnum, FaultCode.OBJECT_CONTENT_LOST);
		addEEnumLiteral(faultCodeEEnum, FaultCode.GENERAL_PROTECTION);
		addEEnumLiteral(faultCodeEEnum, FaultCode.STACK_SEG);
		addEEnumLiteral(faultCodeEEnum, FaultCode.SEG_NOT_PRESENT);
		addEEnumLiteral(faultCodeEEnum, FaultCode.SIM_DFP);

		initEEnum(registerRoleEEnum, RegisterRole.class, "RegisterRole");
		addEEnumLiteral(registerRoleEEnum, RegisterRole.NULL);
		addEEnumLiteral(registerRoleEEnum, RegisterRole.REPLY_ENDPOINT);
		addEEnumLiteral(registerRoleEEnum, RegisterRole.SELF);
		addEEnumLiteral(registerRoleEEnum, RegisterRole.SPACE_BANK);
		addEEnumLiteral(registerRoleEEnum, RegisterRole.TOOLS);
		addEEnumLiteral(registerRoleEEnum, RegisterRole.INITIAL_ENDPOINT);
		addEEnumLiteral(registerRoleEEnum, RegisterRole.RUNTIME);
		addEEnumLiteral(registerRoleEEnum, RegisterRole.ADDRESS_SPACE_HANDLER);
		addEEnumLiteral(registerRoleEEnum, RegisterRole.APPLICATION);
		addEEnumLiteral(registerRoleEEnum, RegisterRole.REPLY_CAP);
		addEEnumLiteral(registerRoleEEnum, RegisterRole.RETURN);
		addEEnumLiteral(registerRoleEEnum, RegisterRole.ARGUMENT);

		initEEnum(activationDesignEEnum, ActivationDesign.class, "ActivationDesign");
		addEEnumLiteral(activationDesignEEnum, ActivationDesign.DRAFT_05);
		addEEnumLiteral(activationDesignEEnum, ActivationDesign.SEED_2007);

		initEEnum(accessKindEEnum, AccessKind.class, "AccessKind");
		addEEnumLiteral(accessKindEEnum, AccessKind.READ);
		addEEnumLiteral(accessKindEEnum, AccessKind.WRITE);
		addEEnumLiteral(accessKindEEnum, AccessKind.EXECUTE);
		addEEnumLiteral(accessKindEEnum, AccessKind.CAP_READ);
		addEEnumLiteral(accessKindEEnum, AccessKind.CAP_WRITE);

		initEEnum(kernelVariantEEnum, KernelVariant.class, "KernelVariant");
		addEEnumLiteral(kernelVariantEEnum, KernelVariant.COYOTOS_2007);
		addEEnumLiteral(kernelVariantEEnum, KernelVariant.EROS_DESIGN);

		initEEnum(miscCapabilityKindEEnum, MiscCapabilityKind.class, "MiscCapabilityKind");
		addEEnumLiteral(miscCapabilityKindEEnum, MiscCapabilityKind.KEY_BITS);
		addEEnumLiteral(miscCapabilityKindEEnum, MiscCapabilityKind.DISCRIM);
		addEEnumLiteral(miscCapabilityKindEEnum, MiscCapabilityKind.RANGE);
		addEEnumLiteral(miscCapabilityKindEEnum, MiscCapabilityKind.SLEEP);
		addEEnumLiteral(miscCapabilityKindEEnum, MiscCapabilityKind.IRQ_CTL);
		addEEnumLiteral(miscCapabilityKindEEnum, MiscCapabilityKind.SCHED_CTL);
		addEEnumLiteral(miscCapabilityKindEEnum, MiscCapabilityKind.CHECKPOINT);
		addEEnumLiteral(miscCapabilityKindEEnum, MiscCapabilityKind.OB_STORE);
		addEEnumLiteral(miscCapabilityKindEEnum, MiscCapabilityKind.PIN_CTL);
		addEEnumLiteral(miscCapabilityKindEEnum, MiscCapabilityKind.SYS_CTL);
		addEEnumLiteral(miscCapabilityKindEEnum, MiscCapabilityKind.KERN_LOG);
		addEEnumLiteral(miscCapabilityKindEEnum, MiscCapabilityKind.IO_PERM);
		addEEnumLiteral(miscCapabilityKindEEnum, MiscCapabilityKind.IRQ_WAIT);

		// Create resource
		createResource(eNS_URI);
	}

} //CoyotosPackageImpl
