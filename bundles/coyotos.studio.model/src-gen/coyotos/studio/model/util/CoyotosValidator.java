/**
 * Coyotos Studio
 */
package coyotos.studio.model.util;

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

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see coyotos.studio.model.CoyotosPackage
 * @generated
 */
public class CoyotosValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final CoyotosValidator INSTANCE = new CoyotosValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "coyotos.studio.model";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Rules' of 'System'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int COYOTOS_SYSTEM__VALIDATE_RULES = 1;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 1;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoyotosValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return CoyotosPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case CoyotosPackage.NAMED_ELEMENT:
				return validateNamedElement((NamedElement)value, diagnostics, context);
			case CoyotosPackage.COYOTOS_SYSTEM:
				return validateCoyotosSystem((CoyotosSystem)value, diagnostics, context);
			case CoyotosPackage.KERNEL_OBJECT:
				return validateKernelObject((KernelObject)value, diagnostics, context);
			case CoyotosPackage.MEMORY_OBJECT:
				return validateMemoryObject((MemoryObject)value, diagnostics, context);
			case CoyotosPackage.PROCESS:
				return validateProcess((coyotos.studio.model.Process)value, diagnostics, context);
			case CoyotosPackage.SLOT:
				return validateSlot((Slot)value, diagnostics, context);
			case CoyotosPackage.CAP_REGISTER:
				return validateCapRegister((CapRegister)value, diagnostics, context);
			case CoyotosPackage.GPT:
				return validateGpt((Gpt)value, diagnostics, context);
			case CoyotosPackage.PAGE:
				return validatePage((Page)value, diagnostics, context);
			case CoyotosPackage.CAP_PAGE:
				return validateCapPage((CapPage)value, diagnostics, context);
			case CoyotosPackage.ENDPOINT:
				return validateEndpoint((Endpoint)value, diagnostics, context);
			case CoyotosPackage.SCHEDULE:
				return validateSchedule((Schedule)value, diagnostics, context);
			case CoyotosPackage.SPACE_BANK:
				return validateSpaceBank((SpaceBank)value, diagnostics, context);
			case CoyotosPackage.CAPABILITY:
				return validateCapability((Capability)value, diagnostics, context);
			case CoyotosPackage.NULL_CAPABILITY:
				return validateNullCapability((NullCapability)value, diagnostics, context);
			case CoyotosPackage.MEMORY_CAPABILITY:
				return validateMemoryCapability((MemoryCapability)value, diagnostics, context);
			case CoyotosPackage.GPT_CAPABILITY:
				return validateGptCapability((GptCapability)value, diagnostics, context);
			case CoyotosPackage.PAGE_CAPABILITY:
				return validatePageCapability((PageCapability)value, diagnostics, context);
			case CoyotosPackage.CAP_PAGE_CAPABILITY:
				return validateCapPageCapability((CapPageCapability)value, diagnostics, context);
			case CoyotosPackage.WINDOW_CAPABILITY:
				return validateWindowCapability((WindowCapability)value, diagnostics, context);
			case CoyotosPackage.LOCAL_WINDOW_CAPABILITY:
				return validateLocalWindowCapability((LocalWindowCapability)value, diagnostics, context);
			case CoyotosPackage.ENTRY_CAPABILITY:
				return validateEntryCapability((EntryCapability)value, diagnostics, context);
			case CoyotosPackage.ENDPOINT_CAPABILITY:
				return validateEndpointCapability((EndpointCapability)value, diagnostics, context);
			case CoyotosPackage.PROCESS_CAPABILITY:
				return validateProcessCapability((ProcessCapability)value, diagnostics, context);
			case CoyotosPackage.SCHEDULE_CAPABILITY:
				return validateScheduleCapability((ScheduleCapability)value, diagnostics, context);
			case CoyotosPackage.SPACE_BANK_CAPABILITY:
				return validateSpaceBankCapability((SpaceBankCapability)value, diagnostics, context);
			case CoyotosPackage.REGION:
				return validateRegion((Region)value, diagnostics, context);
			case CoyotosPackage.ACTIVATION_HANDLER:
				return validateActivationHandler((ActivationHandler)value, diagnostics, context);
			case CoyotosPackage.HANDLER_ACTION:
				return validateHandlerAction((HandlerAction)value, diagnostics, context);
			case CoyotosPackage.MAP_FRESH_PAGE:
				return validateMapFreshPage((MapFreshPage)value, diagnostics, context);
			case CoyotosPackage.FORWARD_FAULT:
				return validateForwardFault((ForwardFault)value, diagnostics, context);
			case CoyotosPackage.REFUSE_FAULT:
				return validateRefuseFault((RefuseFault)value, diagnostics, context);
			case CoyotosPackage.WORKLOAD:
				return validateWorkload((Workload)value, diagnostics, context);
			case CoyotosPackage.STEP:
				return validateStep((Step)value, diagnostics, context);
			case CoyotosPackage.TOUCH:
				return validateTouch((Touch)value, diagnostics, context);
			case CoyotosPackage.INVOKE:
				return validateInvoke((Invoke)value, diagnostics, context);
			case CoyotosPackage.RECEIVE:
				return validateReceive((Receive)value, diagnostics, context);
			case CoyotosPackage.COMPUTE:
				return validateCompute((Compute)value, diagnostics, context);
			case CoyotosPackage.YIELD:
				return validateYield((Yield)value, diagnostics, context);
			case CoyotosPackage.LOOP:
				return validateLoop((Loop)value, diagnostics, context);
			case CoyotosPackage.SIMULATION_SETUP:
				return validateSimulationSetup((SimulationSetup)value, diagnostics, context);
			case CoyotosPackage.CPU_PROFILE:
				return validateCpuProfile((CpuProfile)value, diagnostics, context);
			case CoyotosPackage.SOURCE_TRACED:
				return validateSourceTraced((SourceTraced)value, diagnostics, context);
			case CoyotosPackage.MISC_CAPABILITY:
				return validateMiscCapability((MiscCapability)value, diagnostics, context);
			case CoyotosPackage.APP_NOTICE_CAPABILITY:
				return validateAppNoticeCapability((AppNoticeCapability)value, diagnostics, context);
			case CoyotosPackage.PHYSICAL_PAGE_CAPABILITY:
				return validatePhysicalPageCapability((PhysicalPageCapability)value, diagnostics, context);
			case CoyotosPackage.ARCHITECTURE:
				return validateArchitecture((Architecture)value, diagnostics, context);
			case CoyotosPackage.RUN_STATE:
				return validateRunState((RunState)value, diagnostics, context);
			case CoyotosPackage.FAULT_CODE:
				return validateFaultCode((FaultCode)value, diagnostics, context);
			case CoyotosPackage.REGISTER_ROLE:
				return validateRegisterRole((RegisterRole)value, diagnostics, context);
			case CoyotosPackage.ACTIVATION_DESIGN:
				return validateActivationDesign((ActivationDesign)value, diagnostics, context);
			case CoyotosPackage.ACCESS_KIND:
				return validateAccessKind((AccessKind)value, diagnostics, context);
			case CoyotosPackage.KERNEL_VARIANT:
				return validateKernelVariant((KernelVariant)value, diagnostics, context);
			case CoyotosPackage.MISC_CAPABILITY_KIND:
				return validateMiscCapabilityKind((MiscCapabilityKind)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(namedElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCoyotosSystem(CoyotosSystem coyotosSystem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(coyotosSystem, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(coyotosSystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(coyotosSystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(coyotosSystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(coyotosSystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(coyotosSystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(coyotosSystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(coyotosSystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(coyotosSystem, diagnostics, context);
		if (result || diagnostics != null) result &= validateCoyotosSystem_validateRules(coyotosSystem, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateRules constraint of '<em>System</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCoyotosSystem_validateRules(CoyotosSystem coyotosSystem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return coyotosSystem.validateRules(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKernelObject(KernelObject kernelObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(kernelObject, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemoryObject(MemoryObject memoryObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(memoryObject, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProcess(coyotos.studio.model.Process process, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(process, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSlot(Slot slot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(slot, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCapRegister(CapRegister capRegister, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(capRegister, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGpt(Gpt gpt, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(gpt, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePage(Page page, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(page, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCapPage(CapPage capPage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(capPage, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEndpoint(Endpoint endpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(endpoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSchedule(Schedule schedule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(schedule, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpaceBank(SpaceBank spaceBank, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(spaceBank, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCapability(Capability capability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(capability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNullCapability(NullCapability nullCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(nullCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemoryCapability(MemoryCapability memoryCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(memoryCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGptCapability(GptCapability gptCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(gptCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePageCapability(PageCapability pageCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(pageCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCapPageCapability(CapPageCapability capPageCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(capPageCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWindowCapability(WindowCapability windowCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(windowCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalWindowCapability(LocalWindowCapability localWindowCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(localWindowCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEntryCapability(EntryCapability entryCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(entryCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEndpointCapability(EndpointCapability endpointCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(endpointCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProcessCapability(ProcessCapability processCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(processCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScheduleCapability(ScheduleCapability scheduleCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(scheduleCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpaceBankCapability(SpaceBankCapability spaceBankCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(spaceBankCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRegion(Region region, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(region, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActivationHandler(ActivationHandler activationHandler, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(activationHandler, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHandlerAction(HandlerAction handlerAction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(handlerAction, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMapFreshPage(MapFreshPage mapFreshPage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(mapFreshPage, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateForwardFault(ForwardFault forwardFault, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(forwardFault, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRefuseFault(RefuseFault refuseFault, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(refuseFault, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkload(Workload workload, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(workload, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStep(Step step, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(step, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTouch(Touch touch, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(touch, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInvoke(Invoke invoke, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(invoke, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReceive(Receive receive, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(receive, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompute(Compute compute, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(compute, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateYield(Yield yield, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(yield, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLoop(Loop loop, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(loop, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSimulationSetup(SimulationSetup simulationSetup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(simulationSetup, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuProfile(CpuProfile cpuProfile, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(cpuProfile, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSourceTraced(SourceTraced sourceTraced, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sourceTraced, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMiscCapability(MiscCapability miscCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(miscCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAppNoticeCapability(AppNoticeCapability appNoticeCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(appNoticeCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePhysicalPageCapability(PhysicalPageCapability physicalPageCapability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(physicalPageCapability, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArchitecture(Architecture architecture, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRunState(RunState runState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFaultCode(FaultCode faultCode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRegisterRole(RegisterRole registerRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActivationDesign(ActivationDesign activationDesign, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAccessKind(AccessKind accessKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKernelVariant(KernelVariant kernelVariant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMiscCapabilityKind(MiscCapabilityKind miscCapabilityKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //CoyotosValidator
