/**
 * Coyotos Studio
 */
package coyotos.studio.model.util;

import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.AppNoticeCapability;
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
import coyotos.studio.model.ForwardFault;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.GptCapability;
import coyotos.studio.model.HandlerAction;
import coyotos.studio.model.Invoke;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.LocalWindowCapability;
import coyotos.studio.model.Loop;
import coyotos.studio.model.MapFreshPage;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.model.MemoryObject;
import coyotos.studio.model.MiscCapability;
import coyotos.studio.model.NamedElement;
import coyotos.studio.model.NullCapability;
import coyotos.studio.model.Page;
import coyotos.studio.model.PageCapability;
import coyotos.studio.model.PhysicalPageCapability;
import coyotos.studio.model.ProcessCapability;
import coyotos.studio.model.Receive;
import coyotos.studio.model.RefuseFault;
import coyotos.studio.model.Region;
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

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see coyotos.studio.model.CoyotosPackage
 * @generated
 */
public class CoyotosSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CoyotosPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoyotosSwitch() {
		if (modelPackage == null) {
			modelPackage = CoyotosPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case CoyotosPackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = caseSourceTraced(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.COYOTOS_SYSTEM: {
				CoyotosSystem coyotosSystem = (CoyotosSystem)theEObject;
				T result = caseCoyotosSystem(coyotosSystem);
				if (result == null) result = caseNamedElement(coyotosSystem);
				if (result == null) result = caseSourceTraced(coyotosSystem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.KERNEL_OBJECT: {
				KernelObject kernelObject = (KernelObject)theEObject;
				T result = caseKernelObject(kernelObject);
				if (result == null) result = caseNamedElement(kernelObject);
				if (result == null) result = caseSourceTraced(kernelObject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.MEMORY_OBJECT: {
				MemoryObject memoryObject = (MemoryObject)theEObject;
				T result = caseMemoryObject(memoryObject);
				if (result == null) result = caseKernelObject(memoryObject);
				if (result == null) result = caseNamedElement(memoryObject);
				if (result == null) result = caseSourceTraced(memoryObject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.PROCESS: {
				coyotos.studio.model.Process process = (coyotos.studio.model.Process)theEObject;
				T result = caseProcess(process);
				if (result == null) result = caseKernelObject(process);
				if (result == null) result = caseNamedElement(process);
				if (result == null) result = caseSourceTraced(process);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.SLOT: {
				Slot slot = (Slot)theEObject;
				T result = caseSlot(slot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.CAP_REGISTER: {
				CapRegister capRegister = (CapRegister)theEObject;
				T result = caseCapRegister(capRegister);
				if (result == null) result = caseSlot(capRegister);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.GPT: {
				Gpt gpt = (Gpt)theEObject;
				T result = caseGpt(gpt);
				if (result == null) result = caseMemoryObject(gpt);
				if (result == null) result = caseKernelObject(gpt);
				if (result == null) result = caseNamedElement(gpt);
				if (result == null) result = caseSourceTraced(gpt);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.PAGE: {
				Page page = (Page)theEObject;
				T result = casePage(page);
				if (result == null) result = caseMemoryObject(page);
				if (result == null) result = caseKernelObject(page);
				if (result == null) result = caseNamedElement(page);
				if (result == null) result = caseSourceTraced(page);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.CAP_PAGE: {
				CapPage capPage = (CapPage)theEObject;
				T result = caseCapPage(capPage);
				if (result == null) result = caseMemoryObject(capPage);
				if (result == null) result = caseKernelObject(capPage);
				if (result == null) result = caseNamedElement(capPage);
				if (result == null) result = caseSourceTraced(capPage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.ENDPOINT: {
				Endpoint endpoint = (Endpoint)theEObject;
				T result = caseEndpoint(endpoint);
				if (result == null) result = caseKernelObject(endpoint);
				if (result == null) result = caseNamedElement(endpoint);
				if (result == null) result = caseSourceTraced(endpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.SCHEDULE: {
				Schedule schedule = (Schedule)theEObject;
				T result = caseSchedule(schedule);
				if (result == null) result = caseKernelObject(schedule);
				if (result == null) result = caseNamedElement(schedule);
				if (result == null) result = caseSourceTraced(schedule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.SPACE_BANK: {
				SpaceBank spaceBank = (SpaceBank)theEObject;
				T result = caseSpaceBank(spaceBank);
				if (result == null) result = caseKernelObject(spaceBank);
				if (result == null) result = caseNamedElement(spaceBank);
				if (result == null) result = caseSourceTraced(spaceBank);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.CAPABILITY: {
				Capability capability = (Capability)theEObject;
				T result = caseCapability(capability);
				if (result == null) result = caseSourceTraced(capability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.NULL_CAPABILITY: {
				NullCapability nullCapability = (NullCapability)theEObject;
				T result = caseNullCapability(nullCapability);
				if (result == null) result = caseCapability(nullCapability);
				if (result == null) result = caseSourceTraced(nullCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.MEMORY_CAPABILITY: {
				MemoryCapability memoryCapability = (MemoryCapability)theEObject;
				T result = caseMemoryCapability(memoryCapability);
				if (result == null) result = caseCapability(memoryCapability);
				if (result == null) result = caseSourceTraced(memoryCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.GPT_CAPABILITY: {
				GptCapability gptCapability = (GptCapability)theEObject;
				T result = caseGptCapability(gptCapability);
				if (result == null) result = caseMemoryCapability(gptCapability);
				if (result == null) result = caseCapability(gptCapability);
				if (result == null) result = caseSourceTraced(gptCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.PAGE_CAPABILITY: {
				PageCapability pageCapability = (PageCapability)theEObject;
				T result = casePageCapability(pageCapability);
				if (result == null) result = caseMemoryCapability(pageCapability);
				if (result == null) result = caseCapability(pageCapability);
				if (result == null) result = caseSourceTraced(pageCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.CAP_PAGE_CAPABILITY: {
				CapPageCapability capPageCapability = (CapPageCapability)theEObject;
				T result = caseCapPageCapability(capPageCapability);
				if (result == null) result = caseMemoryCapability(capPageCapability);
				if (result == null) result = caseCapability(capPageCapability);
				if (result == null) result = caseSourceTraced(capPageCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.WINDOW_CAPABILITY: {
				WindowCapability windowCapability = (WindowCapability)theEObject;
				T result = caseWindowCapability(windowCapability);
				if (result == null) result = caseMemoryCapability(windowCapability);
				if (result == null) result = caseCapability(windowCapability);
				if (result == null) result = caseSourceTraced(windowCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.LOCAL_WINDOW_CAPABILITY: {
				LocalWindowCapability localWindowCapability = (LocalWindowCapability)theEObject;
				T result = caseLocalWindowCapability(localWindowCapability);
				if (result == null) result = caseMemoryCapability(localWindowCapability);
				if (result == null) result = caseCapability(localWindowCapability);
				if (result == null) result = caseSourceTraced(localWindowCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.ENTRY_CAPABILITY: {
				EntryCapability entryCapability = (EntryCapability)theEObject;
				T result = caseEntryCapability(entryCapability);
				if (result == null) result = caseCapability(entryCapability);
				if (result == null) result = caseSourceTraced(entryCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.ENDPOINT_CAPABILITY: {
				EndpointCapability endpointCapability = (EndpointCapability)theEObject;
				T result = caseEndpointCapability(endpointCapability);
				if (result == null) result = caseCapability(endpointCapability);
				if (result == null) result = caseSourceTraced(endpointCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.PROCESS_CAPABILITY: {
				ProcessCapability processCapability = (ProcessCapability)theEObject;
				T result = caseProcessCapability(processCapability);
				if (result == null) result = caseCapability(processCapability);
				if (result == null) result = caseSourceTraced(processCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.SCHEDULE_CAPABILITY: {
				ScheduleCapability scheduleCapability = (ScheduleCapability)theEObject;
				T result = caseScheduleCapability(scheduleCapability);
				if (result == null) result = caseCapability(scheduleCapability);
				if (result == null) result = caseSourceTraced(scheduleCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.SPACE_BANK_CAPABILITY: {
				SpaceBankCapability spaceBankCapability = (SpaceBankCapability)theEObject;
				T result = caseSpaceBankCapability(spaceBankCapability);
				if (result == null) result = caseCapability(spaceBankCapability);
				if (result == null) result = caseSourceTraced(spaceBankCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.REGION: {
				Region region = (Region)theEObject;
				T result = caseRegion(region);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.ACTIVATION_HANDLER: {
				ActivationHandler activationHandler = (ActivationHandler)theEObject;
				T result = caseActivationHandler(activationHandler);
				if (result == null) result = caseNamedElement(activationHandler);
				if (result == null) result = caseSourceTraced(activationHandler);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.HANDLER_ACTION: {
				HandlerAction handlerAction = (HandlerAction)theEObject;
				T result = caseHandlerAction(handlerAction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.MAP_FRESH_PAGE: {
				MapFreshPage mapFreshPage = (MapFreshPage)theEObject;
				T result = caseMapFreshPage(mapFreshPage);
				if (result == null) result = caseHandlerAction(mapFreshPage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.FORWARD_FAULT: {
				ForwardFault forwardFault = (ForwardFault)theEObject;
				T result = caseForwardFault(forwardFault);
				if (result == null) result = caseHandlerAction(forwardFault);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.REFUSE_FAULT: {
				RefuseFault refuseFault = (RefuseFault)theEObject;
				T result = caseRefuseFault(refuseFault);
				if (result == null) result = caseHandlerAction(refuseFault);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.WORKLOAD: {
				Workload workload = (Workload)theEObject;
				T result = caseWorkload(workload);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.STEP: {
				Step step = (Step)theEObject;
				T result = caseStep(step);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.TOUCH: {
				Touch touch = (Touch)theEObject;
				T result = caseTouch(touch);
				if (result == null) result = caseStep(touch);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.INVOKE: {
				Invoke invoke = (Invoke)theEObject;
				T result = caseInvoke(invoke);
				if (result == null) result = caseStep(invoke);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.RECEIVE: {
				Receive receive = (Receive)theEObject;
				T result = caseReceive(receive);
				if (result == null) result = caseStep(receive);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.COMPUTE: {
				Compute compute = (Compute)theEObject;
				T result = caseCompute(compute);
				if (result == null) result = caseStep(compute);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.YIELD: {
				Yield yield = (Yield)theEObject;
				T result = caseYield(yield);
				if (result == null) result = caseStep(yield);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.LOOP: {
				Loop loop = (Loop)theEObject;
				T result = caseLoop(loop);
				if (result == null) result = caseStep(loop);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.SIMULATION_SETUP: {
				SimulationSetup simulationSetup = (SimulationSetup)theEObject;
				T result = caseSimulationSetup(simulationSetup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.CPU_PROFILE: {
				CpuProfile cpuProfile = (CpuProfile)theEObject;
				T result = caseCpuProfile(cpuProfile);
				if (result == null) result = caseNamedElement(cpuProfile);
				if (result == null) result = caseSourceTraced(cpuProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.SOURCE_TRACED: {
				SourceTraced sourceTraced = (SourceTraced)theEObject;
				T result = caseSourceTraced(sourceTraced);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.MISC_CAPABILITY: {
				MiscCapability miscCapability = (MiscCapability)theEObject;
				T result = caseMiscCapability(miscCapability);
				if (result == null) result = caseCapability(miscCapability);
				if (result == null) result = caseSourceTraced(miscCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.APP_NOTICE_CAPABILITY: {
				AppNoticeCapability appNoticeCapability = (AppNoticeCapability)theEObject;
				T result = caseAppNoticeCapability(appNoticeCapability);
				if (result == null) result = caseCapability(appNoticeCapability);
				if (result == null) result = caseSourceTraced(appNoticeCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CoyotosPackage.PHYSICAL_PAGE_CAPABILITY: {
				PhysicalPageCapability physicalPageCapability = (PhysicalPageCapability)theEObject;
				T result = casePhysicalPageCapability(physicalPageCapability);
				if (result == null) result = caseMemoryCapability(physicalPageCapability);
				if (result == null) result = caseCapability(physicalPageCapability);
				if (result == null) result = caseSourceTraced(physicalPageCapability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>System</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>System</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCoyotosSystem(CoyotosSystem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kernel Object</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kernel Object</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKernelObject(KernelObject object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Memory Object</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Memory Object</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMemoryObject(MemoryObject object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Process</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Process</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProcess(coyotos.studio.model.Process object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Slot</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Slot</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSlot(Slot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cap Register</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cap Register</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCapRegister(CapRegister object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Gpt</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Gpt</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGpt(Gpt object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Page</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Page</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePage(Page object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cap Page</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cap Page</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCapPage(CapPage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Endpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEndpoint(Endpoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Schedule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSchedule(Schedule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Space Bank</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Space Bank</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpaceBank(SpaceBank object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCapability(Capability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Null Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Null Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNullCapability(NullCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Memory Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Memory Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMemoryCapability(MemoryCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Gpt Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Gpt Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGptCapability(GptCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Page Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Page Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePageCapability(PageCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cap Page Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cap Page Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCapPageCapability(CapPageCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Window Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Window Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWindowCapability(WindowCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Local Window Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Local Window Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLocalWindowCapability(LocalWindowCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Entry Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Entry Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEntryCapability(EntryCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Endpoint Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Endpoint Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEndpointCapability(EndpointCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Process Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Process Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProcessCapability(ProcessCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Schedule Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Schedule Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScheduleCapability(ScheduleCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Space Bank Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Space Bank Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpaceBankCapability(SpaceBankCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Region</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegion(Region object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Activation Handler</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Activation Handler</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActivationHandler(ActivationHandler object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Handler Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Handler Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHandlerAction(HandlerAction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Map Fresh Page</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Map Fresh Page</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMapFreshPage(MapFreshPage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Forward Fault</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Forward Fault</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseForwardFault(ForwardFault object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Refuse Fault</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Refuse Fault</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRefuseFault(RefuseFault object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Workload</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Workload</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkload(Workload object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStep(Step object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Touch</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Touch</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTouch(Touch object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Invoke</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Invoke</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInvoke(Invoke object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Receive</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Receive</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReceive(Receive object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Compute</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Compute</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCompute(Compute object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Yield</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Yield</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseYield(Yield object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Loop</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Loop</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLoop(Loop object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Simulation Setup</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Simulation Setup</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSimulationSetup(SimulationSetup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cpu Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cpu Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCpuProfile(CpuProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Source Traced</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Source Traced</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSourceTraced(SourceTraced object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Misc Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Misc Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMiscCapability(MiscCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>App Notice Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>App Notice Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAppNoticeCapability(AppNoticeCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Physical Page Capability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Physical Page Capability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePhysicalPageCapability(PhysicalPageCapability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //CoyotosSwitch
