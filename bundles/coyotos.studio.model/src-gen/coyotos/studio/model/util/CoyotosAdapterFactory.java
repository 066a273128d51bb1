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

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see coyotos.studio.model.CoyotosPackage
 * @generated
 */
public class CoyotosAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CoyotosPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoyotosAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CoyotosPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CoyotosSwitch<Adapter> modelSwitch =
		new CoyotosSwitch<Adapter>() {
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseCoyotosSystem(CoyotosSystem object) {
				return createCoyotosSystemAdapter();
			}
			@Override
			public Adapter caseKernelObject(KernelObject object) {
				return createKernelObjectAdapter();
			}
			@Override
			public Adapter caseMemoryObject(MemoryObject object) {
				return createMemoryObjectAdapter();
			}
			@Override
			public Adapter caseProcess(coyotos.studio.model.Process object) {
				return createProcessAdapter();
			}
			@Override
			public Adapter caseSlot(Slot object) {
				return createSlotAdapter();
			}
			@Override
			public Adapter caseCapRegister(CapRegister object) {
				return createCapRegisterAdapter();
			}
			@Override
			public Adapter caseGpt(Gpt object) {
				return createGptAdapter();
			}
			@Override
			public Adapter casePage(Page object) {
				return createPageAdapter();
			}
			@Override
			public Adapter caseCapPage(CapPage object) {
				return createCapPageAdapter();
			}
			@Override
			public Adapter caseEndpoint(Endpoint object) {
				return createEndpointAdapter();
			}
			@Override
			public Adapter caseSchedule(Schedule object) {
				return createScheduleAdapter();
			}
			@Override
			public Adapter caseSpaceBank(SpaceBank object) {
				return createSpaceBankAdapter();
			}
			@Override
			public Adapter caseCapability(Capability object) {
				return createCapabilityAdapter();
			}
			@Override
			public Adapter caseNullCapability(NullCapability object) {
				return createNullCapabilityAdapter();
			}
			@Override
			public Adapter caseMemoryCapability(MemoryCapability object) {
				return createMemoryCapabilityAdapter();
			}
			@Override
			public Adapter caseGptCapability(GptCapability object) {
				return createGptCapabilityAdapter();
			}
			@Override
			public Adapter casePageCapability(PageCapability object) {
				return createPageCapabilityAdapter();
			}
			@Override
			public Adapter caseCapPageCapability(CapPageCapability object) {
				return createCapPageCapabilityAdapter();
			}
			@Override
			public Adapter caseWindowCapability(WindowCapability object) {
				return createWindowCapabilityAdapter();
			}
			@Override
			public Adapter caseLocalWindowCapability(LocalWindowCapability object) {
				return createLocalWindowCapabilityAdapter();
			}
			@Override
			public Adapter caseEntryCapability(EntryCapability object) {
				return createEntryCapabilityAdapter();
			}
			@Override
			public Adapter caseEndpointCapability(EndpointCapability object) {
				return createEndpointCapabilityAdapter();
			}
			@Override
			public Adapter caseProcessCapability(ProcessCapability object) {
				return createProcessCapabilityAdapter();
			}
			@Override
			public Adapter caseScheduleCapability(ScheduleCapability object) {
				return createScheduleCapabilityAdapter();
			}
			@Override
			public Adapter caseSpaceBankCapability(SpaceBankCapability object) {
				return createSpaceBankCapabilityAdapter();
			}
			@Override
			public Adapter caseRegion(Region object) {
				return createRegionAdapter();
			}
			@Override
			public Adapter caseActivationHandler(ActivationHandler object) {
				return createActivationHandlerAdapter();
			}
			@Override
			public Adapter caseHandlerAction(HandlerAction object) {
				return createHandlerActionAdapter();
			}
			@Override
			public Adapter caseMapFreshPage(MapFreshPage object) {
				return createMapFreshPageAdapter();
			}
			@Override
			public Adapter caseForwardFault(ForwardFault object) {
				return createForwardFaultAdapter();
			}
			@Override
			public Adapter caseRefuseFault(RefuseFault object) {
				return createRefuseFaultAdapter();
			}
			@Override
			public Adapter caseWorkload(Workload object) {
				return createWorkloadAdapter();
			}
			@Override
			public Adapter caseStep(Step object) {
				return createStepAdapter();
			}
			@Override
			public Adapter caseTouch(Touch object) {
				return createTouchAdapter();
			}
			@Override
			public Adapter caseInvoke(Invoke object) {
				return createInvokeAdapter();
			}
			@Override
			public Adapter caseReceive(Receive object) {
				return createReceiveAdapter();
			}
			@Override
			public Adapter caseCompute(Compute object) {
				return createComputeAdapter();
			}
			@Override
			public Adapter caseYield(Yield object) {
				return createYieldAdapter();
			}
			@Override
			public Adapter caseLoop(Loop object) {
				return createLoopAdapter();
			}
			@Override
			public Adapter caseSimulationSetup(SimulationSetup object) {
				return createSimulationSetupAdapter();
			}
			@Override
			public Adapter caseCpuProfile(CpuProfile object) {
				return createCpuProfileAdapter();
			}
			@Override
			public Adapter caseSourceTraced(SourceTraced object) {
				return createSourceTracedAdapter();
			}
			@Override
			public Adapter caseMiscCapability(MiscCapability object) {
				return createMiscCapabilityAdapter();
			}
			@Override
			public Adapter caseAppNoticeCapability(AppNoticeCapability object) {
				return createAppNoticeCapabilityAdapter();
			}
			@Override
			public Adapter casePhysicalPageCapability(PhysicalPageCapability object) {
				return createPhysicalPageCapabilityAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.CoyotosSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.CoyotosSystem
	 * @generated
	 */
	public Adapter createCoyotosSystemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.KernelObject <em>Kernel Object</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.KernelObject
	 * @generated
	 */
	public Adapter createKernelObjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.MemoryObject <em>Memory Object</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.MemoryObject
	 * @generated
	 */
	public Adapter createMemoryObjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Process <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Process
	 * @generated
	 */
	public Adapter createProcessAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Slot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Slot
	 * @generated
	 */
	public Adapter createSlotAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.CapRegister <em>Cap Register</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.CapRegister
	 * @generated
	 */
	public Adapter createCapRegisterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Gpt <em>Gpt</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Gpt
	 * @generated
	 */
	public Adapter createGptAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Page <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Page
	 * @generated
	 */
	public Adapter createPageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.CapPage <em>Cap Page</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.CapPage
	 * @generated
	 */
	public Adapter createCapPageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Endpoint
	 * @generated
	 */
	public Adapter createEndpointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Schedule
	 * @generated
	 */
	public Adapter createScheduleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.SpaceBank <em>Space Bank</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.SpaceBank
	 * @generated
	 */
	public Adapter createSpaceBankAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Capability <em>Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Capability
	 * @generated
	 */
	public Adapter createCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.NullCapability <em>Null Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.NullCapability
	 * @generated
	 */
	public Adapter createNullCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.MemoryCapability <em>Memory Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.MemoryCapability
	 * @generated
	 */
	public Adapter createMemoryCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.GptCapability <em>Gpt Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.GptCapability
	 * @generated
	 */
	public Adapter createGptCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.PageCapability <em>Page Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.PageCapability
	 * @generated
	 */
	public Adapter createPageCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.CapPageCapability <em>Cap Page Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.CapPageCapability
	 * @generated
	 */
	public Adapter createCapPageCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.WindowCapability <em>Window Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.WindowCapability
	 * @generated
	 */
	public Adapter createWindowCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.LocalWindowCapability <em>Local Window Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.LocalWindowCapability
	 * @generated
	 */
	public Adapter createLocalWindowCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.EntryCapability <em>Entry Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.EntryCapability
	 * @generated
	 */
	public Adapter createEntryCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.EndpointCapability <em>Endpoint Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.EndpointCapability
	 * @generated
	 */
	public Adapter createEndpointCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.ProcessCapability <em>Process Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.ProcessCapability
	 * @generated
	 */
	public Adapter createProcessCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.ScheduleCapability <em>Schedule Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.ScheduleCapability
	 * @generated
	 */
	public Adapter createScheduleCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.SpaceBankCapability <em>Space Bank Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.SpaceBankCapability
	 * @generated
	 */
	public Adapter createSpaceBankCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Region
	 * @generated
	 */
	public Adapter createRegionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.ActivationHandler <em>Activation Handler</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.ActivationHandler
	 * @generated
	 */
	public Adapter createActivationHandlerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.HandlerAction <em>Handler Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.HandlerAction
	 * @generated
	 */
	public Adapter createHandlerActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.MapFreshPage <em>Map Fresh Page</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.MapFreshPage
	 * @generated
	 */
	public Adapter createMapFreshPageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.ForwardFault <em>Forward Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.ForwardFault
	 * @generated
	 */
	public Adapter createForwardFaultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.RefuseFault <em>Refuse Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.RefuseFault
	 * @generated
	 */
	public Adapter createRefuseFaultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Workload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Workload
	 * @generated
	 */
	public Adapter createWorkloadAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Step
	 * @generated
	 */
	public Adapter createStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Touch <em>Touch</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Touch
	 * @generated
	 */
	public Adapter createTouchAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Invoke <em>Invoke</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Invoke
	 * @generated
	 */
	public Adapter createInvokeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Receive <em>Receive</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Receive
	 * @generated
	 */
	public Adapter createReceiveAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Compute <em>Compute</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Compute
	 * @generated
	 */
	public Adapter createComputeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Yield <em>Yield</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Yield
	 * @generated
	 */
	public Adapter createYieldAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.Loop <em>Loop</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.Loop
	 * @generated
	 */
	public Adapter createLoopAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.SimulationSetup <em>Simulation Setup</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.SimulationSetup
	 * @generated
	 */
	public Adapter createSimulationSetupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.CpuProfile <em>Cpu Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.CpuProfile
	 * @generated
	 */
	public Adapter createCpuProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.SourceTraced <em>Source Traced</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.SourceTraced
	 * @generated
	 */
	public Adapter createSourceTracedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.MiscCapability <em>Misc Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.MiscCapability
	 * @generated
	 */
	public Adapter createMiscCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.AppNoticeCapability <em>App Notice Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.AppNoticeCapability
	 * @generated
	 */
	public Adapter createAppNoticeCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link coyotos.studio.model.PhysicalPageCapability <em>Physical Page Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see coyotos.studio.model.PhysicalPageCapability
	 * @generated
	 */
	public Adapter createPhysicalPageCapabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //CoyotosAdapterFactory
