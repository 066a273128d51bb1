/**
 * Coyotos Studio
 */
package coyotos.studio.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Coyotos system model. Names follow the Coyotos Microkernel Specification 0.6.
 * <!-- end-model-doc -->
 * @see coyotos.studio.model.CoyotosFactory
 * @model kind="package"
 * @generated
 */
public interface CoyotosPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://coyotos.org/studio/model/0.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "coyotos";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CoyotosPackage eINSTANCE = coyotos.studio.model.impl.CoyotosPackageImpl.init();

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.SourceTracedImpl <em>Source Traced</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.SourceTracedImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getSourceTraced()
	 * @generated
	 */
	int SOURCE_TRACED = 42;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_TRACED__ORIGIN = 0;

	/**
	 * The number of structural features of the '<em>Source Traced</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_TRACED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Source Traced</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_TRACED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.NamedElementImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ORIGIN = SOURCE_TRACED__ORIGIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = SOURCE_TRACED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = SOURCE_TRACED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = SOURCE_TRACED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = SOURCE_TRACED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.CoyotosSystemImpl <em>System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.CoyotosSystemImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCoyotosSystem()
	 * @generated
	 */
	int COYOTOS_SYSTEM = 1;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COYOTOS_SYSTEM__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COYOTOS_SYSTEM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COYOTOS_SYSTEM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COYOTOS_SYSTEM__ARCHITECTURE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Objects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COYOTOS_SYSTEM__OBJECTS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Simulation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COYOTOS_SYSTEM__SIMULATION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COYOTOS_SYSTEM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Validate Rules</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COYOTOS_SYSTEM___VALIDATE_RULES__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COYOTOS_SYSTEM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.KernelObjectImpl <em>Kernel Object</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.KernelObjectImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getKernelObject()
	 * @generated
	 */
	int KERNEL_OBJECT = 2;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_OBJECT__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_OBJECT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_OBJECT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_OBJECT__BANK = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Kernel Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_OBJECT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Kernel Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_OBJECT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.MemoryObjectImpl <em>Memory Object</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.MemoryObjectImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getMemoryObject()
	 * @generated
	 */
	int MEMORY_OBJECT = 3;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OBJECT__ORIGIN = KERNEL_OBJECT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OBJECT__NAME = KERNEL_OBJECT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OBJECT__DESCRIPTION = KERNEL_OBJECT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OBJECT__BANK = KERNEL_OBJECT__BANK;

	/**
	 * The number of structural features of the '<em>Memory Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OBJECT_FEATURE_COUNT = KERNEL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Memory Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OBJECT_OPERATION_COUNT = KERNEL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.ProcessImpl <em>Process</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.ProcessImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getProcess()
	 * @generated
	 */
	int PROCESS = 4;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__ORIGIN = KERNEL_OBJECT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__NAME = KERNEL_OBJECT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__DESCRIPTION = KERNEL_OBJECT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__BANK = KERNEL_OBJECT__BANK;

	/**
	 * The feature id for the '<em><b>Run State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__RUN_STATE = KERNEL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Registers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__REGISTERS = KERNEL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Address Space</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__ADDRESS_SPACE = KERNEL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__SCHEDULE = KERNEL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Handler</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__HANDLER = KERNEL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Fault Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__FAULT_CODE = KERNEL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Fault Info</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__FAULT_INFO = KERNEL_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Isolation Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__ISOLATION_DOMAIN = KERNEL_OBJECT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Activation Handler</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__ACTIVATION_HANDLER = KERNEL_OBJECT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Workload</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__WORKLOAD = KERNEL_OBJECT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Handler Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__HANDLER_ACTIONS = KERNEL_OBJECT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Program Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__PROGRAM_IMAGE = KERNEL_OBJECT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__FLAGS = KERNEL_OBJECT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Brand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__BRAND = KERNEL_OBJECT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Cohort</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__COHORT = KERNEL_OBJECT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Io Space</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__IO_SPACE = KERNEL_OBJECT_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_FEATURE_COUNT = KERNEL_OBJECT_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_OPERATION_COUNT = KERNEL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.SlotImpl <em>Slot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.SlotImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getSlot()
	 * @generated
	 */
	int SLOT = 5;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLOT__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Cap</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLOT__CAP = 1;

	/**
	 * The number of structural features of the '<em>Slot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLOT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Slot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.CapRegisterImpl <em>Cap Register</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.CapRegisterImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCapRegister()
	 * @generated
	 */
	int CAP_REGISTER = 6;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_REGISTER__INDEX = SLOT__INDEX;

	/**
	 * The feature id for the '<em><b>Cap</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_REGISTER__CAP = SLOT__CAP;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_REGISTER__ROLE = SLOT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Cap Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_REGISTER_FEATURE_COUNT = SLOT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Cap Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_REGISTER_OPERATION_COUNT = SLOT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.GptImpl <em>Gpt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.GptImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getGpt()
	 * @generated
	 */
	int GPT = 7;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT__ORIGIN = MEMORY_OBJECT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT__NAME = MEMORY_OBJECT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT__DESCRIPTION = MEMORY_OBJECT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT__BANK = MEMORY_OBJECT__BANK;

	/**
	 * The feature id for the '<em><b>L2v</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT__L2V = MEMORY_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT__HA = MEMORY_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT__BG = MEMORY_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Slots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT__SLOTS = MEMORY_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Gpt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_FEATURE_COUNT = MEMORY_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Gpt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_OPERATION_COUNT = MEMORY_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.PageImpl <em>Page</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.PageImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getPage()
	 * @generated
	 */
	int PAGE = 8;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__ORIGIN = MEMORY_OBJECT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__NAME = MEMORY_OBJECT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__DESCRIPTION = MEMORY_OBJECT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__BANK = MEMORY_OBJECT__BANK;

	/**
	 * The feature id for the '<em><b>Contents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__CONTENTS = MEMORY_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_FEATURE_COUNT = MEMORY_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_OPERATION_COUNT = MEMORY_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.CapPageImpl <em>Cap Page</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.CapPageImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCapPage()
	 * @generated
	 */
	int CAP_PAGE = 9;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE__ORIGIN = MEMORY_OBJECT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE__NAME = MEMORY_OBJECT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE__DESCRIPTION = MEMORY_OBJECT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE__BANK = MEMORY_OBJECT__BANK;

	/**
	 * The feature id for the '<em><b>Slots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE__SLOTS = MEMORY_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Cap Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_FEATURE_COUNT = MEMORY_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Cap Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_OPERATION_COUNT = MEMORY_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.EndpointImpl <em>Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.EndpointImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getEndpoint()
	 * @generated
	 */
	int ENDPOINT = 10;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__ORIGIN = KERNEL_OBJECT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__NAME = KERNEL_OBJECT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__DESCRIPTION = KERNEL_OBJECT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__BANK = KERNEL_OBJECT__BANK;

	/**
	 * The feature id for the '<em><b>Recipient</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__RECIPIENT = KERNEL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__PM = KERNEL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Endpoint Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__ENDPOINT_ID = KERNEL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Protected Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__PROTECTED_PAYLOAD = KERNEL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_FEATURE_COUNT = KERNEL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_OPERATION_COUNT = KERNEL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.ScheduleImpl <em>Schedule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.ScheduleImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getSchedule()
	 * @generated
	 */
	int SCHEDULE = 11;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__ORIGIN = KERNEL_OBJECT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__NAME = KERNEL_OBJECT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__DESCRIPTION = KERNEL_OBJECT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__BANK = KERNEL_OBJECT__BANK;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__PRIORITY = KERNEL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_FEATURE_COUNT = KERNEL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_OPERATION_COUNT = KERNEL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.SpaceBankImpl <em>Space Bank</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.SpaceBankImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getSpaceBank()
	 * @generated
	 */
	int SPACE_BANK = 12;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_BANK__ORIGIN = KERNEL_OBJECT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_BANK__NAME = KERNEL_OBJECT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_BANK__DESCRIPTION = KERNEL_OBJECT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_BANK__BANK = KERNEL_OBJECT__BANK;

	/**
	 * The feature id for the '<em><b>Page Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_BANK__PAGE_LIMIT = KERNEL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_BANK__PARENT = KERNEL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Space Bank</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_BANK_FEATURE_COUNT = KERNEL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Space Bank</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_BANK_OPERATION_COUNT = KERNEL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.CapabilityImpl <em>Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.CapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCapability()
	 * @generated
	 */
	int CAPABILITY = 13;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY__ORIGIN = SOURCE_TRACED__ORIGIN;

	/**
	 * The number of structural features of the '<em>Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FEATURE_COUNT = SOURCE_TRACED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_OPERATION_COUNT = SOURCE_TRACED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.NullCapabilityImpl <em>Null Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.NullCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getNullCapability()
	 * @generated
	 */
	int NULL_CAPABILITY = 14;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_CAPABILITY__ORIGIN = CAPABILITY__ORIGIN;

	/**
	 * The number of structural features of the '<em>Null Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_CAPABILITY_FEATURE_COUNT = CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Null Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_CAPABILITY_OPERATION_COUNT = CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.MemoryCapabilityImpl <em>Memory Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.MemoryCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getMemoryCapability()
	 * @generated
	 */
	int MEMORY_CAPABILITY = 15;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_CAPABILITY__ORIGIN = CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_CAPABILITY__MATCH = CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>L2g</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_CAPABILITY__L2G = CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_CAPABILITY__READ_ONLY = CAPABILITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>No Execute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_CAPABILITY__NO_EXECUTE = CAPABILITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Weak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_CAPABILITY__WEAK = CAPABILITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Opaque</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_CAPABILITY__OPAQUE = CAPABILITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>No Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_CAPABILITY__NO_CALL = CAPABILITY_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Memory Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_CAPABILITY_FEATURE_COUNT = CAPABILITY_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Get Target Object</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_CAPABILITY___GET_TARGET_OBJECT = CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Get Restriction Bits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_CAPABILITY___GET_RESTRICTION_BITS = CAPABILITY_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Memory Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_CAPABILITY_OPERATION_COUNT = CAPABILITY_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.GptCapabilityImpl <em>Gpt Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.GptCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getGptCapability()
	 * @generated
	 */
	int GPT_CAPABILITY = 16;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_CAPABILITY__ORIGIN = MEMORY_CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_CAPABILITY__MATCH = MEMORY_CAPABILITY__MATCH;

	/**
	 * The feature id for the '<em><b>L2g</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_CAPABILITY__L2G = MEMORY_CAPABILITY__L2G;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_CAPABILITY__READ_ONLY = MEMORY_CAPABILITY__READ_ONLY;

	/**
	 * The feature id for the '<em><b>No Execute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_CAPABILITY__NO_EXECUTE = MEMORY_CAPABILITY__NO_EXECUTE;

	/**
	 * The feature id for the '<em><b>Weak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_CAPABILITY__WEAK = MEMORY_CAPABILITY__WEAK;

	/**
	 * The feature id for the '<em><b>Opaque</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_CAPABILITY__OPAQUE = MEMORY_CAPABILITY__OPAQUE;

	/**
	 * The feature id for the '<em><b>No Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_CAPABILITY__NO_CALL = MEMORY_CAPABILITY__NO_CALL;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_CAPABILITY__TARGET = MEMORY_CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Gpt Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_CAPABILITY_FEATURE_COUNT = MEMORY_CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Restriction Bits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_CAPABILITY___GET_RESTRICTION_BITS = MEMORY_CAPABILITY___GET_RESTRICTION_BITS;

	/**
	 * The operation id for the '<em>Get Target Object</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_CAPABILITY___GET_TARGET_OBJECT = MEMORY_CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Gpt Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPT_CAPABILITY_OPERATION_COUNT = MEMORY_CAPABILITY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.PageCapabilityImpl <em>Page Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.PageCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getPageCapability()
	 * @generated
	 */
	int PAGE_CAPABILITY = 17;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_CAPABILITY__ORIGIN = MEMORY_CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_CAPABILITY__MATCH = MEMORY_CAPABILITY__MATCH;

	/**
	 * The feature id for the '<em><b>L2g</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_CAPABILITY__L2G = MEMORY_CAPABILITY__L2G;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_CAPABILITY__READ_ONLY = MEMORY_CAPABILITY__READ_ONLY;

	/**
	 * The feature id for the '<em><b>No Execute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_CAPABILITY__NO_EXECUTE = MEMORY_CAPABILITY__NO_EXECUTE;

	/**
	 * The feature id for the '<em><b>Weak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_CAPABILITY__WEAK = MEMORY_CAPABILITY__WEAK;

	/**
	 * The feature id for the '<em><b>Opaque</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_CAPABILITY__OPAQUE = MEMORY_CAPABILITY__OPAQUE;

	/**
	 * The feature id for the '<em><b>No Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_CAPABILITY__NO_CALL = MEMORY_CAPABILITY__NO_CALL;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_CAPABILITY__TARGET = MEMORY_CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Page Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_CAPABILITY_FEATURE_COUNT = MEMORY_CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Restriction Bits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_CAPABILITY___GET_RESTRICTION_BITS = MEMORY_CAPABILITY___GET_RESTRICTION_BITS;

	/**
	 * The operation id for the '<em>Get Target Object</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_CAPABILITY___GET_TARGET_OBJECT = MEMORY_CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Page Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_CAPABILITY_OPERATION_COUNT = MEMORY_CAPABILITY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.CapPageCapabilityImpl <em>Cap Page Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.CapPageCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCapPageCapability()
	 * @generated
	 */
	int CAP_PAGE_CAPABILITY = 18;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_CAPABILITY__ORIGIN = MEMORY_CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_CAPABILITY__MATCH = MEMORY_CAPABILITY__MATCH;

	/**
	 * The feature id for the '<em><b>L2g</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_CAPABILITY__L2G = MEMORY_CAPABILITY__L2G;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_CAPABILITY__READ_ONLY = MEMORY_CAPABILITY__READ_ONLY;

	/**
	 * The feature id for the '<em><b>No Execute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_CAPABILITY__NO_EXECUTE = MEMORY_CAPABILITY__NO_EXECUTE;

	/**
	 * The feature id for the '<em><b>Weak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_CAPABILITY__WEAK = MEMORY_CAPABILITY__WEAK;

	/**
	 * The feature id for the '<em><b>Opaque</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_CAPABILITY__OPAQUE = MEMORY_CAPABILITY__OPAQUE;

	/**
	 * The feature id for the '<em><b>No Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_CAPABILITY__NO_CALL = MEMORY_CAPABILITY__NO_CALL;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_CAPABILITY__TARGET = MEMORY_CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Cap Page Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_CAPABILITY_FEATURE_COUNT = MEMORY_CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Restriction Bits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_CAPABILITY___GET_RESTRICTION_BITS = MEMORY_CAPABILITY___GET_RESTRICTION_BITS;

	/**
	 * The operation id for the '<em>Get Target Object</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_CAPABILITY___GET_TARGET_OBJECT = MEMORY_CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Cap Page Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_PAGE_CAPABILITY_OPERATION_COUNT = MEMORY_CAPABILITY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.WindowCapabilityImpl <em>Window Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.WindowCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getWindowCapability()
	 * @generated
	 */
	int WINDOW_CAPABILITY = 19;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_CAPABILITY__ORIGIN = MEMORY_CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_CAPABILITY__MATCH = MEMORY_CAPABILITY__MATCH;

	/**
	 * The feature id for the '<em><b>L2g</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_CAPABILITY__L2G = MEMORY_CAPABILITY__L2G;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_CAPABILITY__READ_ONLY = MEMORY_CAPABILITY__READ_ONLY;

	/**
	 * The feature id for the '<em><b>No Execute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_CAPABILITY__NO_EXECUTE = MEMORY_CAPABILITY__NO_EXECUTE;

	/**
	 * The feature id for the '<em><b>Weak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_CAPABILITY__WEAK = MEMORY_CAPABILITY__WEAK;

	/**
	 * The feature id for the '<em><b>Opaque</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_CAPABILITY__OPAQUE = MEMORY_CAPABILITY__OPAQUE;

	/**
	 * The feature id for the '<em><b>No Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_CAPABILITY__NO_CALL = MEMORY_CAPABILITY__NO_CALL;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_CAPABILITY__OFFSET = MEMORY_CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Window Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_CAPABILITY_FEATURE_COUNT = MEMORY_CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Target Object</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_CAPABILITY___GET_TARGET_OBJECT = MEMORY_CAPABILITY___GET_TARGET_OBJECT;

	/**
	 * The operation id for the '<em>Get Restriction Bits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_CAPABILITY___GET_RESTRICTION_BITS = MEMORY_CAPABILITY___GET_RESTRICTION_BITS;

	/**
	 * The number of operations of the '<em>Window Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_CAPABILITY_OPERATION_COUNT = MEMORY_CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.LocalWindowCapabilityImpl <em>Local Window Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.LocalWindowCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getLocalWindowCapability()
	 * @generated
	 */
	int LOCAL_WINDOW_CAPABILITY = 20;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY__ORIGIN = MEMORY_CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY__MATCH = MEMORY_CAPABILITY__MATCH;

	/**
	 * The feature id for the '<em><b>L2g</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY__L2G = MEMORY_CAPABILITY__L2G;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY__READ_ONLY = MEMORY_CAPABILITY__READ_ONLY;

	/**
	 * The feature id for the '<em><b>No Execute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY__NO_EXECUTE = MEMORY_CAPABILITY__NO_EXECUTE;

	/**
	 * The feature id for the '<em><b>Weak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY__WEAK = MEMORY_CAPABILITY__WEAK;

	/**
	 * The feature id for the '<em><b>Opaque</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY__OPAQUE = MEMORY_CAPABILITY__OPAQUE;

	/**
	 * The feature id for the '<em><b>No Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY__NO_CALL = MEMORY_CAPABILITY__NO_CALL;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY__OFFSET = MEMORY_CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY__SLOT = MEMORY_CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Local Window Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY_FEATURE_COUNT = MEMORY_CAPABILITY_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Target Object</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY___GET_TARGET_OBJECT = MEMORY_CAPABILITY___GET_TARGET_OBJECT;

	/**
	 * The operation id for the '<em>Get Restriction Bits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY___GET_RESTRICTION_BITS = MEMORY_CAPABILITY___GET_RESTRICTION_BITS;

	/**
	 * The number of operations of the '<em>Local Window Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_WINDOW_CAPABILITY_OPERATION_COUNT = MEMORY_CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.EntryCapabilityImpl <em>Entry Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.EntryCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getEntryCapability()
	 * @generated
	 */
	int ENTRY_CAPABILITY = 21;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_CAPABILITY__ORIGIN = CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_CAPABILITY__TARGET = CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Protected Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_CAPABILITY__PROTECTED_PAYLOAD = CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Entry Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_CAPABILITY_FEATURE_COUNT = CAPABILITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Entry Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_CAPABILITY_OPERATION_COUNT = CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.EndpointCapabilityImpl <em>Endpoint Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.EndpointCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getEndpointCapability()
	 * @generated
	 */
	int ENDPOINT_CAPABILITY = 22;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_CAPABILITY__ORIGIN = CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_CAPABILITY__TARGET = CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Endpoint Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_CAPABILITY_FEATURE_COUNT = CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Endpoint Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_CAPABILITY_OPERATION_COUNT = CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.ProcessCapabilityImpl <em>Process Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.ProcessCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getProcessCapability()
	 * @generated
	 */
	int PROCESS_CAPABILITY = 23;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_CAPABILITY__ORIGIN = CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_CAPABILITY__TARGET = CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Process Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_CAPABILITY_FEATURE_COUNT = CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Process Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_CAPABILITY_OPERATION_COUNT = CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.ScheduleCapabilityImpl <em>Schedule Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.ScheduleCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getScheduleCapability()
	 * @generated
	 */
	int SCHEDULE_CAPABILITY = 24;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_CAPABILITY__ORIGIN = CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_CAPABILITY__TARGET = CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Schedule Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_CAPABILITY_FEATURE_COUNT = CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Schedule Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_CAPABILITY_OPERATION_COUNT = CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.SpaceBankCapabilityImpl <em>Space Bank Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.SpaceBankCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getSpaceBankCapability()
	 * @generated
	 */
	int SPACE_BANK_CAPABILITY = 25;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_BANK_CAPABILITY__ORIGIN = CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_BANK_CAPABILITY__TARGET = CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Protected Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_BANK_CAPABILITY__PROTECTED_PAYLOAD = CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Space Bank Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_BANK_CAPABILITY_FEATURE_COUNT = CAPABILITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Space Bank Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_BANK_CAPABILITY_OPERATION_COUNT = CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.RegionImpl <em>Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.RegionImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getRegion()
	 * @generated
	 */
	int REGION = 26;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__START = 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__SIZE = 1;

	/**
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.ActivationHandlerImpl <em>Activation Handler</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.ActivationHandlerImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getActivationHandler()
	 * @generated
	 */
	int ACTIVATION_HANDLER = 27;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_HANDLER__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_HANDLER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_HANDLER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Design</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_HANDLER__DESIGN = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entry PC</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_HANDLER__ENTRY_PC = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stack</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_HANDLER__STACK = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_HANDLER__CODE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Handles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_HANDLER__HANDLES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_HANDLER__ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Activation Handler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_HANDLER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Activation Handler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_HANDLER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.HandlerActionImpl <em>Handler Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.HandlerActionImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getHandlerAction()
	 * @generated
	 */
	int HANDLER_ACTION = 28;

	/**
	 * The number of structural features of the '<em>Handler Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDLER_ACTION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Handler Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDLER_ACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.MapFreshPageImpl <em>Map Fresh Page</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.MapFreshPageImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getMapFreshPage()
	 * @generated
	 */
	int MAP_FRESH_PAGE = 29;

	/**
	 * The feature id for the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_FRESH_PAGE__BANK = HANDLER_ACTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Gpt</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_FRESH_PAGE__GPT = HANDLER_ACTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_FRESH_PAGE__SLOT = HANDLER_ACTION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Map Fresh Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_FRESH_PAGE_FEATURE_COUNT = HANDLER_ACTION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Map Fresh Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_FRESH_PAGE_OPERATION_COUNT = HANDLER_ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.ForwardFaultImpl <em>Forward Fault</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.ForwardFaultImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getForwardFault()
	 * @generated
	 */
	int FORWARD_FAULT = 30;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORWARD_FAULT__TO = HANDLER_ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Forward Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORWARD_FAULT_FEATURE_COUNT = HANDLER_ACTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Forward Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORWARD_FAULT_OPERATION_COUNT = HANDLER_ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.RefuseFaultImpl <em>Refuse Fault</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.RefuseFaultImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getRefuseFault()
	 * @generated
	 */
	int REFUSE_FAULT = 31;

	/**
	 * The number of structural features of the '<em>Refuse Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSE_FAULT_FEATURE_COUNT = HANDLER_ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Refuse Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSE_FAULT_OPERATION_COUNT = HANDLER_ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.WorkloadImpl <em>Workload</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.WorkloadImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getWorkload()
	 * @generated
	 */
	int WORKLOAD = 32;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__STEPS = 0;

	/**
	 * The number of structural features of the '<em>Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.StepImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 33;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.TouchImpl <em>Touch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.TouchImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getTouch()
	 * @generated
	 */
	int TOUCH = 34;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCH__START = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCH__LENGTH = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stride</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCH__STRIDE = STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCH__ACCESS = STEP_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Touch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCH_FEATURE_COUNT = STEP_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Touch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCH_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.InvokeImpl <em>Invoke</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.InvokeImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getInvoke()
	 * @generated
	 */
	int INVOKE = 35;

	/**
	 * The feature id for the '<em><b>Register</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOKE__REGISTER = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOKE__CALL = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Invoke</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOKE_FEATURE_COUNT = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Invoke</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOKE_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.ReceiveImpl <em>Receive</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.ReceiveImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getReceive()
	 * @generated
	 */
	int RECEIVE = 36;

	/**
	 * The number of structural features of the '<em>Receive</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEIVE_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Receive</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEIVE_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.ComputeImpl <em>Compute</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.ComputeImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCompute()
	 * @generated
	 */
	int COMPUTE = 37;

	/**
	 * The feature id for the '<em><b>Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPUTE__CYCLES = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Compute</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPUTE_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Compute</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPUTE_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.YieldImpl <em>Yield</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.YieldImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getYield()
	 * @generated
	 */
	int YIELD = 38;

	/**
	 * The number of structural features of the '<em>Yield</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YIELD_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Yield</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YIELD_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.LoopImpl <em>Loop</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.LoopImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getLoop()
	 * @generated
	 */
	int LOOP = 39;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOP__COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOP__STEPS = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Loop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOP_FEATURE_COUNT = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Loop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.SimulationSetupImpl <em>Simulation Setup</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.SimulationSetupImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getSimulationSetup()
	 * @generated
	 */
	int SIMULATION_SETUP = 40;

	/**
	 * The feature id for the '<em><b>Cpu Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETUP__CPU_PROFILE = 0;

	/**
	 * The feature id for the '<em><b>Custom Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETUP__CUSTOM_PROFILE = 1;

	/**
	 * The feature id for the '<em><b>Max Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETUP__MAX_CYCLES = 2;

	/**
	 * The feature id for the '<em><b>Max Events</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETUP__MAX_EVENTS = 3;

	/**
	 * The feature id for the '<em><b>Random Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETUP__RANDOM_SEED = 4;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETUP__KERNEL = 5;

	/**
	 * The number of structural features of the '<em>Simulation Setup</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETUP_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Simulation Setup</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.CpuProfileImpl <em>Cpu Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.CpuProfileImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCpuProfile()
	 * @generated
	 */
	int CPU_PROFILE = 41;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Clock MHz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE__CLOCK_MHZ = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kernel Round Trip Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE__KERNEL_ROUND_TRIP_CYCLES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cr3 Load Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE__CR3_LOAD_CYCLES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tlb Entries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE__TLB_ENTRIES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tlb Refill Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE__TLB_REFILL_CYCLES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Pcid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE__PCID = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Kpti</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE__KPTI = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Fault Path Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE__FAULT_PATH_CYCLES = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Ipc Path Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE__IPC_PATH_CYCLES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Page Table Build Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE__PAGE_TABLE_BUILD_CYCLES = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Cpu Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Cpu Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PROFILE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.MiscCapabilityImpl <em>Misc Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.MiscCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getMiscCapability()
	 * @generated
	 */
	int MISC_CAPABILITY = 43;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISC_CAPABILITY__ORIGIN = CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISC_CAPABILITY__KIND = CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Misc Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISC_CAPABILITY_FEATURE_COUNT = CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Misc Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISC_CAPABILITY_OPERATION_COUNT = CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.AppNoticeCapabilityImpl <em>App Notice Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.AppNoticeCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getAppNoticeCapability()
	 * @generated
	 */
	int APP_NOTICE_CAPABILITY = 44;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP_NOTICE_CAPABILITY__ORIGIN = CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP_NOTICE_CAPABILITY__TARGET = CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP_NOTICE_CAPABILITY__MASK = CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>App Notice Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP_NOTICE_CAPABILITY_FEATURE_COUNT = CAPABILITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>App Notice Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP_NOTICE_CAPABILITY_OPERATION_COUNT = CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.impl.PhysicalPageCapabilityImpl <em>Physical Page Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.impl.PhysicalPageCapabilityImpl
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getPhysicalPageCapability()
	 * @generated
	 */
	int PHYSICAL_PAGE_CAPABILITY = 45;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY__ORIGIN = MEMORY_CAPABILITY__ORIGIN;

	/**
	 * The feature id for the '<em><b>Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY__MATCH = MEMORY_CAPABILITY__MATCH;

	/**
	 * The feature id for the '<em><b>L2g</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY__L2G = MEMORY_CAPABILITY__L2G;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY__READ_ONLY = MEMORY_CAPABILITY__READ_ONLY;

	/**
	 * The feature id for the '<em><b>No Execute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY__NO_EXECUTE = MEMORY_CAPABILITY__NO_EXECUTE;

	/**
	 * The feature id for the '<em><b>Weak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY__WEAK = MEMORY_CAPABILITY__WEAK;

	/**
	 * The feature id for the '<em><b>Opaque</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY__OPAQUE = MEMORY_CAPABILITY__OPAQUE;

	/**
	 * The feature id for the '<em><b>No Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY__NO_CALL = MEMORY_CAPABILITY__NO_CALL;

	/**
	 * The feature id for the '<em><b>Frame</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY__FRAME = MEMORY_CAPABILITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cache Disabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY__CACHE_DISABLED = MEMORY_CAPABILITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Physical Page Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY_FEATURE_COUNT = MEMORY_CAPABILITY_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Target Object</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY___GET_TARGET_OBJECT = MEMORY_CAPABILITY___GET_TARGET_OBJECT;

	/**
	 * The operation id for the '<em>Get Restriction Bits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY___GET_RESTRICTION_BITS = MEMORY_CAPABILITY___GET_RESTRICTION_BITS;

	/**
	 * The number of operations of the '<em>Physical Page Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_PAGE_CAPABILITY_OPERATION_COUNT = MEMORY_CAPABILITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.Architecture <em>Architecture</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.Architecture
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getArchitecture()
	 * @generated
	 */
	int ARCHITECTURE = 46;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.RunState <em>Run State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.RunState
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getRunState()
	 * @generated
	 */
	int RUN_STATE = 47;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.FaultCode <em>Fault Code</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.FaultCode
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getFaultCode()
	 * @generated
	 */
	int FAULT_CODE = 48;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.RegisterRole <em>Register Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.RegisterRole
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getRegisterRole()
	 * @generated
	 */
	int REGISTER_ROLE = 49;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.ActivationDesign <em>Activation Design</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.ActivationDesign
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getActivationDesign()
	 * @generated
	 */
	int ACTIVATION_DESIGN = 50;

	/**
	 * The meta object id for the '{@link coyotos.studio.model.AccessKind <em>Access Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.AccessKind
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getAccessKind()
	 * @generated
	 */
	int ACCESS_KIND = 51;


	/**
	 * The meta object id for the '{@link coyotos.studio.model.KernelVariant <em>Kernel Variant</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.KernelVariant
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getKernelVariant()
	 * @generated
	 */
	int KERNEL_VARIANT = 52;


	/**
	 * The meta object id for the '{@link coyotos.studio.model.MiscCapabilityKind <em>Misc Capability Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see coyotos.studio.model.MiscCapabilityKind
	 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getMiscCapabilityKind()
	 * @generated
	 */
	int MISC_CAPABILITY_KIND = 53;


	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see coyotos.studio.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see coyotos.studio.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see coyotos.studio.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.CoyotosSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>System</em>'.
	 * @see coyotos.studio.model.CoyotosSystem
	 * @generated
	 */
	EClass getCoyotosSystem();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.CoyotosSystem#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see coyotos.studio.model.CoyotosSystem#getArchitecture()
	 * @see #getCoyotosSystem()
	 * @generated
	 */
	EAttribute getCoyotosSystem_Architecture();

	/**
	 * Returns the meta object for the containment reference list '{@link coyotos.studio.model.CoyotosSystem#getObjects <em>Objects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objects</em>'.
	 * @see coyotos.studio.model.CoyotosSystem#getObjects()
	 * @see #getCoyotosSystem()
	 * @generated
	 */
	EReference getCoyotosSystem_Objects();

	/**
	 * Returns the meta object for the containment reference '{@link coyotos.studio.model.CoyotosSystem#getSimulation <em>Simulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Simulation</em>'.
	 * @see coyotos.studio.model.CoyotosSystem#getSimulation()
	 * @see #getCoyotosSystem()
	 * @generated
	 */
	EReference getCoyotosSystem_Simulation();

	/**
	 * Returns the meta object for the '{@link coyotos.studio.model.CoyotosSystem#validateRules(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Rules</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Rules</em>' operation.
	 * @see coyotos.studio.model.CoyotosSystem#validateRules(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCoyotosSystem__ValidateRules__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.KernelObject <em>Kernel Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kernel Object</em>'.
	 * @see coyotos.studio.model.KernelObject
	 * @generated
	 */
	EClass getKernelObject();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.KernelObject#getBank <em>Bank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Bank</em>'.
	 * @see coyotos.studio.model.KernelObject#getBank()
	 * @see #getKernelObject()
	 * @generated
	 */
	EReference getKernelObject_Bank();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.MemoryObject <em>Memory Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memory Object</em>'.
	 * @see coyotos.studio.model.MemoryObject
	 * @generated
	 */
	EClass getMemoryObject();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Process <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process</em>'.
	 * @see coyotos.studio.model.Process
	 * @generated
	 */
	EClass getProcess();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Process#getRunState <em>Run State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run State</em>'.
	 * @see coyotos.studio.model.Process#getRunState()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_RunState();

	/**
	 * Returns the meta object for the containment reference list '{@link coyotos.studio.model.Process#getRegisters <em>Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Registers</em>'.
	 * @see coyotos.studio.model.Process#getRegisters()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_Registers();

	/**
	 * Returns the meta object for the containment reference '{@link coyotos.studio.model.Process#getAddressSpace <em>Address Space</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address Space</em>'.
	 * @see coyotos.studio.model.Process#getAddressSpace()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_AddressSpace();

	/**
	 * Returns the meta object for the containment reference '{@link coyotos.studio.model.Process#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Schedule</em>'.
	 * @see coyotos.studio.model.Process#getSchedule()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_Schedule();

	/**
	 * Returns the meta object for the containment reference '{@link coyotos.studio.model.Process#getHandler <em>Handler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Handler</em>'.
	 * @see coyotos.studio.model.Process#getHandler()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_Handler();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Process#getFaultCode <em>Fault Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fault Code</em>'.
	 * @see coyotos.studio.model.Process#getFaultCode()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_FaultCode();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Process#getFaultInfo <em>Fault Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fault Info</em>'.
	 * @see coyotos.studio.model.Process#getFaultInfo()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_FaultInfo();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Process#getIsolationDomain <em>Isolation Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Isolation Domain</em>'.
	 * @see coyotos.studio.model.Process#getIsolationDomain()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_IsolationDomain();

	/**
	 * Returns the meta object for the containment reference '{@link coyotos.studio.model.Process#getActivationHandler <em>Activation Handler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Activation Handler</em>'.
	 * @see coyotos.studio.model.Process#getActivationHandler()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_ActivationHandler();

	/**
	 * Returns the meta object for the containment reference '{@link coyotos.studio.model.Process#getWorkload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Workload</em>'.
	 * @see coyotos.studio.model.Process#getWorkload()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_Workload();

	/**
	 * Returns the meta object for the containment reference list '{@link coyotos.studio.model.Process#getHandlerActions <em>Handler Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Handler Actions</em>'.
	 * @see coyotos.studio.model.Process#getHandlerActions()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_HandlerActions();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Process#getProgramImage <em>Program Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Program Image</em>'.
	 * @see coyotos.studio.model.Process#getProgramImage()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_ProgramImage();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Process#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see coyotos.studio.model.Process#getFlags()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Flags();

	/**
	 * Returns the meta object for the containment reference '{@link coyotos.studio.model.Process#getBrand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Brand</em>'.
	 * @see coyotos.studio.model.Process#getBrand()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_Brand();

	/**
	 * Returns the meta object for the containment reference '{@link coyotos.studio.model.Process#getCohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cohort</em>'.
	 * @see coyotos.studio.model.Process#getCohort()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_Cohort();

	/**
	 * Returns the meta object for the containment reference '{@link coyotos.studio.model.Process#getIoSpace <em>Io Space</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Io Space</em>'.
	 * @see coyotos.studio.model.Process#getIoSpace()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_IoSpace();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Slot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Slot</em>'.
	 * @see coyotos.studio.model.Slot
	 * @generated
	 */
	EClass getSlot();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Slot#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see coyotos.studio.model.Slot#getIndex()
	 * @see #getSlot()
	 * @generated
	 */
	EAttribute getSlot_Index();

	/**
	 * Returns the meta object for the containment reference '{@link coyotos.studio.model.Slot#getCap <em>Cap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cap</em>'.
	 * @see coyotos.studio.model.Slot#getCap()
	 * @see #getSlot()
	 * @generated
	 */
	EReference getSlot_Cap();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.CapRegister <em>Cap Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cap Register</em>'.
	 * @see coyotos.studio.model.CapRegister
	 * @generated
	 */
	EClass getCapRegister();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.CapRegister#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see coyotos.studio.model.CapRegister#getRole()
	 * @see #getCapRegister()
	 * @generated
	 */
	EAttribute getCapRegister_Role();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Gpt <em>Gpt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gpt</em>'.
	 * @see coyotos.studio.model.Gpt
	 * @generated
	 */
	EClass getGpt();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Gpt#getL2v <em>L2v</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>L2v</em>'.
	 * @see coyotos.studio.model.Gpt#getL2v()
	 * @see #getGpt()
	 * @generated
	 */
	EAttribute getGpt_L2v();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Gpt#isHa <em>Ha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ha</em>'.
	 * @see coyotos.studio.model.Gpt#isHa()
	 * @see #getGpt()
	 * @generated
	 */
	EAttribute getGpt_Ha();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Gpt#isBg <em>Bg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bg</em>'.
	 * @see coyotos.studio.model.Gpt#isBg()
	 * @see #getGpt()
	 * @generated
	 */
	EAttribute getGpt_Bg();

	/**
	 * Returns the meta object for the containment reference list '{@link coyotos.studio.model.Gpt#getSlots <em>Slots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Slots</em>'.
	 * @see coyotos.studio.model.Gpt#getSlots()
	 * @see #getGpt()
	 * @generated
	 */
	EReference getGpt_Slots();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Page <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Page</em>'.
	 * @see coyotos.studio.model.Page
	 * @generated
	 */
	EClass getPage();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Page#getContents <em>Contents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contents</em>'.
	 * @see coyotos.studio.model.Page#getContents()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Contents();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.CapPage <em>Cap Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cap Page</em>'.
	 * @see coyotos.studio.model.CapPage
	 * @generated
	 */
	EClass getCapPage();

	/**
	 * Returns the meta object for the containment reference list '{@link coyotos.studio.model.CapPage#getSlots <em>Slots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Slots</em>'.
	 * @see coyotos.studio.model.CapPage#getSlots()
	 * @see #getCapPage()
	 * @generated
	 */
	EReference getCapPage_Slots();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint</em>'.
	 * @see coyotos.studio.model.Endpoint
	 * @generated
	 */
	EClass getEndpoint();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.Endpoint#getRecipient <em>Recipient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Recipient</em>'.
	 * @see coyotos.studio.model.Endpoint#getRecipient()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_Recipient();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Endpoint#isPm <em>Pm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pm</em>'.
	 * @see coyotos.studio.model.Endpoint#isPm()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Pm();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Endpoint#getEndpointId <em>Endpoint Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Endpoint Id</em>'.
	 * @see coyotos.studio.model.Endpoint#getEndpointId()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_EndpointId();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Endpoint#getProtectedPayload <em>Protected Payload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protected Payload</em>'.
	 * @see coyotos.studio.model.Endpoint#getProtectedPayload()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_ProtectedPayload();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schedule</em>'.
	 * @see coyotos.studio.model.Schedule
	 * @generated
	 */
	EClass getSchedule();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Schedule#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see coyotos.studio.model.Schedule#getPriority()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Priority();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.SpaceBank <em>Space Bank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Space Bank</em>'.
	 * @see coyotos.studio.model.SpaceBank
	 * @generated
	 */
	EClass getSpaceBank();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.SpaceBank#getPageLimit <em>Page Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Limit</em>'.
	 * @see coyotos.studio.model.SpaceBank#getPageLimit()
	 * @see #getSpaceBank()
	 * @generated
	 */
	EAttribute getSpaceBank_PageLimit();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.SpaceBank#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see coyotos.studio.model.SpaceBank#getParent()
	 * @see #getSpaceBank()
	 * @generated
	 */
	EReference getSpaceBank_Parent();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Capability <em>Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Capability</em>'.
	 * @see coyotos.studio.model.Capability
	 * @generated
	 */
	EClass getCapability();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.NullCapability <em>Null Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Null Capability</em>'.
	 * @see coyotos.studio.model.NullCapability
	 * @generated
	 */
	EClass getNullCapability();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.MemoryCapability <em>Memory Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memory Capability</em>'.
	 * @see coyotos.studio.model.MemoryCapability
	 * @generated
	 */
	EClass getMemoryCapability();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.MemoryCapability#getMatch <em>Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Match</em>'.
	 * @see coyotos.studio.model.MemoryCapability#getMatch()
	 * @see #getMemoryCapability()
	 * @generated
	 */
	EAttribute getMemoryCapability_Match();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.MemoryCapability#getL2g <em>L2g</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>L2g</em>'.
	 * @see coyotos.studio.model.MemoryCapability#getL2g()
	 * @see #getMemoryCapability()
	 * @generated
	 */
	EAttribute getMemoryCapability_L2g();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.MemoryCapability#isReadOnly <em>Read Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Only</em>'.
	 * @see coyotos.studio.model.MemoryCapability#isReadOnly()
	 * @see #getMemoryCapability()
	 * @generated
	 */
	EAttribute getMemoryCapability_ReadOnly();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.MemoryCapability#isNoExecute <em>No Execute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Execute</em>'.
	 * @see coyotos.studio.model.MemoryCapability#isNoExecute()
	 * @see #getMemoryCapability()
	 * @generated
	 */
	EAttribute getMemoryCapability_NoExecute();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.MemoryCapability#isWeak <em>Weak</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weak</em>'.
	 * @see coyotos.studio.model.MemoryCapability#isWeak()
	 * @see #getMemoryCapability()
	 * @generated
	 */
	EAttribute getMemoryCapability_Weak();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.MemoryCapability#isOpaque <em>Opaque</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opaque</em>'.
	 * @see coyotos.studio.model.MemoryCapability#isOpaque()
	 * @see #getMemoryCapability()
	 * @generated
	 */
	EAttribute getMemoryCapability_Opaque();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.MemoryCapability#isNoCall <em>No Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Call</em>'.
	 * @see coyotos.studio.model.MemoryCapability#isNoCall()
	 * @see #getMemoryCapability()
	 * @generated
	 */
	EAttribute getMemoryCapability_NoCall();

	/**
	 * Returns the meta object for the '{@link coyotos.studio.model.MemoryCapability#getTargetObject() <em>Get Target Object</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Target Object</em>' operation.
	 * @see coyotos.studio.model.MemoryCapability#getTargetObject()
	 * @generated
	 */
	EOperation getMemoryCapability__GetTargetObject();

	/**
	 * Returns the meta object for the '{@link coyotos.studio.model.MemoryCapability#getRestrictionBits() <em>Get Restriction Bits</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Restriction Bits</em>' operation.
	 * @see coyotos.studio.model.MemoryCapability#getRestrictionBits()
	 * @generated
	 */
	EOperation getMemoryCapability__GetRestrictionBits();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.GptCapability <em>Gpt Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gpt Capability</em>'.
	 * @see coyotos.studio.model.GptCapability
	 * @generated
	 */
	EClass getGptCapability();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.GptCapability#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see coyotos.studio.model.GptCapability#getTarget()
	 * @see #getGptCapability()
	 * @generated
	 */
	EReference getGptCapability_Target();

	/**
	 * Returns the meta object for the '{@link coyotos.studio.model.GptCapability#getTargetObject() <em>Get Target Object</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Target Object</em>' operation.
	 * @see coyotos.studio.model.GptCapability#getTargetObject()
	 * @generated
	 */
	EOperation getGptCapability__GetTargetObject();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.PageCapability <em>Page Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Page Capability</em>'.
	 * @see coyotos.studio.model.PageCapability
	 * @generated
	 */
	EClass getPageCapability();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.PageCapability#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see coyotos.studio.model.PageCapability#getTarget()
	 * @see #getPageCapability()
	 * @generated
	 */
	EReference getPageCapability_Target();

	/**
	 * Returns the meta object for the '{@link coyotos.studio.model.PageCapability#getTargetObject() <em>Get Target Object</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Target Object</em>' operation.
	 * @see coyotos.studio.model.PageCapability#getTargetObject()
	 * @generated
	 */
	EOperation getPageCapability__GetTargetObject();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.CapPageCapability <em>Cap Page Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cap Page Capability</em>'.
	 * @see coyotos.studio.model.CapPageCapability
	 * @generated
	 */
	EClass getCapPageCapability();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.CapPageCapability#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see coyotos.studio.model.CapPageCapability#getTarget()
	 * @see #getCapPageCapability()
	 * @generated
	 */
	EReference getCapPageCapability_Target();

	/**
	 * Returns the meta object for the '{@link coyotos.studio.model.CapPageCapability#getTargetObject() <em>Get Target Object</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Target Object</em>' operation.
	 * @see coyotos.studio.model.CapPageCapability#getTargetObject()
	 * @generated
	 */
	EOperation getCapPageCapability__GetTargetObject();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.WindowCapability <em>Window Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Window Capability</em>'.
	 * @see coyotos.studio.model.WindowCapability
	 * @generated
	 */
	EClass getWindowCapability();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.WindowCapability#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see coyotos.studio.model.WindowCapability#getOffset()
	 * @see #getWindowCapability()
	 * @generated
	 */
	EAttribute getWindowCapability_Offset();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.LocalWindowCapability <em>Local Window Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Local Window Capability</em>'.
	 * @see coyotos.studio.model.LocalWindowCapability
	 * @generated
	 */
	EClass getLocalWindowCapability();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.LocalWindowCapability#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see coyotos.studio.model.LocalWindowCapability#getOffset()
	 * @see #getLocalWindowCapability()
	 * @generated
	 */
	EAttribute getLocalWindowCapability_Offset();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.LocalWindowCapability#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see coyotos.studio.model.LocalWindowCapability#getSlot()
	 * @see #getLocalWindowCapability()
	 * @generated
	 */
	EAttribute getLocalWindowCapability_Slot();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.EntryCapability <em>Entry Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entry Capability</em>'.
	 * @see coyotos.studio.model.EntryCapability
	 * @generated
	 */
	EClass getEntryCapability();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.EntryCapability#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see coyotos.studio.model.EntryCapability#getTarget()
	 * @see #getEntryCapability()
	 * @generated
	 */
	EReference getEntryCapability_Target();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.EntryCapability#getProtectedPayload <em>Protected Payload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protected Payload</em>'.
	 * @see coyotos.studio.model.EntryCapability#getProtectedPayload()
	 * @see #getEntryCapability()
	 * @generated
	 */
	EAttribute getEntryCapability_ProtectedPayload();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.EndpointCapability <em>Endpoint Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint Capability</em>'.
	 * @see coyotos.studio.model.EndpointCapability
	 * @generated
	 */
	EClass getEndpointCapability();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.EndpointCapability#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see coyotos.studio.model.EndpointCapability#getTarget()
	 * @see #getEndpointCapability()
	 * @generated
	 */
	EReference getEndpointCapability_Target();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.ProcessCapability <em>Process Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process Capability</em>'.
	 * @see coyotos.studio.model.ProcessCapability
	 * @generated
	 */
	EClass getProcessCapability();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.ProcessCapability#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see coyotos.studio.model.ProcessCapability#getTarget()
	 * @see #getProcessCapability()
	 * @generated
	 */
	EReference getProcessCapability_Target();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.ScheduleCapability <em>Schedule Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schedule Capability</em>'.
	 * @see coyotos.studio.model.ScheduleCapability
	 * @generated
	 */
	EClass getScheduleCapability();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.ScheduleCapability#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see coyotos.studio.model.ScheduleCapability#getTarget()
	 * @see #getScheduleCapability()
	 * @generated
	 */
	EReference getScheduleCapability_Target();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.SpaceBankCapability <em>Space Bank Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Space Bank Capability</em>'.
	 * @see coyotos.studio.model.SpaceBankCapability
	 * @generated
	 */
	EClass getSpaceBankCapability();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.SpaceBankCapability#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see coyotos.studio.model.SpaceBankCapability#getTarget()
	 * @see #getSpaceBankCapability()
	 * @generated
	 */
	EReference getSpaceBankCapability_Target();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.SpaceBankCapability#getProtectedPayload <em>Protected Payload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protected Payload</em>'.
	 * @see coyotos.studio.model.SpaceBankCapability#getProtectedPayload()
	 * @see #getSpaceBankCapability()
	 * @generated
	 */
	EAttribute getSpaceBankCapability_ProtectedPayload();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region</em>'.
	 * @see coyotos.studio.model.Region
	 * @generated
	 */
	EClass getRegion();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Region#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see coyotos.studio.model.Region#getStart()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Start();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Region#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see coyotos.studio.model.Region#getSize()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Size();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.ActivationHandler <em>Activation Handler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activation Handler</em>'.
	 * @see coyotos.studio.model.ActivationHandler
	 * @generated
	 */
	EClass getActivationHandler();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.ActivationHandler#getDesign <em>Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Design</em>'.
	 * @see coyotos.studio.model.ActivationHandler#getDesign()
	 * @see #getActivationHandler()
	 * @generated
	 */
	EAttribute getActivationHandler_Design();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.ActivationHandler#getEntryPC <em>Entry PC</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entry PC</em>'.
	 * @see coyotos.studio.model.ActivationHandler#getEntryPC()
	 * @see #getActivationHandler()
	 * @generated
	 */
	EAttribute getActivationHandler_EntryPC();

	/**
	 * Returns the meta object for the containment reference '{@link coyotos.studio.model.ActivationHandler#getStack <em>Stack</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Stack</em>'.
	 * @see coyotos.studio.model.ActivationHandler#getStack()
	 * @see #getActivationHandler()
	 * @generated
	 */
	EReference getActivationHandler_Stack();

	/**
	 * Returns the meta object for the containment reference '{@link coyotos.studio.model.ActivationHandler#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Code</em>'.
	 * @see coyotos.studio.model.ActivationHandler#getCode()
	 * @see #getActivationHandler()
	 * @generated
	 */
	EReference getActivationHandler_Code();

	/**
	 * Returns the meta object for the containment reference list '{@link coyotos.studio.model.ActivationHandler#getHandles <em>Handles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Handles</em>'.
	 * @see coyotos.studio.model.ActivationHandler#getHandles()
	 * @see #getActivationHandler()
	 * @generated
	 */
	EReference getActivationHandler_Handles();

	/**
	 * Returns the meta object for the containment reference list '{@link coyotos.studio.model.ActivationHandler#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see coyotos.studio.model.ActivationHandler#getActions()
	 * @see #getActivationHandler()
	 * @generated
	 */
	EReference getActivationHandler_Actions();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.HandlerAction <em>Handler Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Handler Action</em>'.
	 * @see coyotos.studio.model.HandlerAction
	 * @generated
	 */
	EClass getHandlerAction();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.MapFreshPage <em>Map Fresh Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Map Fresh Page</em>'.
	 * @see coyotos.studio.model.MapFreshPage
	 * @generated
	 */
	EClass getMapFreshPage();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.MapFreshPage#getBank <em>Bank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Bank</em>'.
	 * @see coyotos.studio.model.MapFreshPage#getBank()
	 * @see #getMapFreshPage()
	 * @generated
	 */
	EReference getMapFreshPage_Bank();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.MapFreshPage#getGpt <em>Gpt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Gpt</em>'.
	 * @see coyotos.studio.model.MapFreshPage#getGpt()
	 * @see #getMapFreshPage()
	 * @generated
	 */
	EReference getMapFreshPage_Gpt();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.MapFreshPage#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see coyotos.studio.model.MapFreshPage#getSlot()
	 * @see #getMapFreshPage()
	 * @generated
	 */
	EAttribute getMapFreshPage_Slot();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.ForwardFault <em>Forward Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Forward Fault</em>'.
	 * @see coyotos.studio.model.ForwardFault
	 * @generated
	 */
	EClass getForwardFault();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.ForwardFault#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see coyotos.studio.model.ForwardFault#getTo()
	 * @see #getForwardFault()
	 * @generated
	 */
	EReference getForwardFault_To();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.RefuseFault <em>Refuse Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Refuse Fault</em>'.
	 * @see coyotos.studio.model.RefuseFault
	 * @generated
	 */
	EClass getRefuseFault();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Workload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workload</em>'.
	 * @see coyotos.studio.model.Workload
	 * @generated
	 */
	EClass getWorkload();

	/**
	 * Returns the meta object for the containment reference list '{@link coyotos.studio.model.Workload#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see coyotos.studio.model.Workload#getSteps()
	 * @see #getWorkload()
	 * @generated
	 */
	EReference getWorkload_Steps();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see coyotos.studio.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Touch <em>Touch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Touch</em>'.
	 * @see coyotos.studio.model.Touch
	 * @generated
	 */
	EClass getTouch();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Touch#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see coyotos.studio.model.Touch#getStart()
	 * @see #getTouch()
	 * @generated
	 */
	EAttribute getTouch_Start();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Touch#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see coyotos.studio.model.Touch#getLength()
	 * @see #getTouch()
	 * @generated
	 */
	EAttribute getTouch_Length();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Touch#getStride <em>Stride</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stride</em>'.
	 * @see coyotos.studio.model.Touch#getStride()
	 * @see #getTouch()
	 * @generated
	 */
	EAttribute getTouch_Stride();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Touch#getAccess <em>Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Access</em>'.
	 * @see coyotos.studio.model.Touch#getAccess()
	 * @see #getTouch()
	 * @generated
	 */
	EAttribute getTouch_Access();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Invoke <em>Invoke</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Invoke</em>'.
	 * @see coyotos.studio.model.Invoke
	 * @generated
	 */
	EClass getInvoke();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Invoke#getRegister <em>Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Register</em>'.
	 * @see coyotos.studio.model.Invoke#getRegister()
	 * @see #getInvoke()
	 * @generated
	 */
	EAttribute getInvoke_Register();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Invoke#isCall <em>Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call</em>'.
	 * @see coyotos.studio.model.Invoke#isCall()
	 * @see #getInvoke()
	 * @generated
	 */
	EAttribute getInvoke_Call();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Receive <em>Receive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Receive</em>'.
	 * @see coyotos.studio.model.Receive
	 * @generated
	 */
	EClass getReceive();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Compute <em>Compute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Compute</em>'.
	 * @see coyotos.studio.model.Compute
	 * @generated
	 */
	EClass getCompute();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Compute#getCycles <em>Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cycles</em>'.
	 * @see coyotos.studio.model.Compute#getCycles()
	 * @see #getCompute()
	 * @generated
	 */
	EAttribute getCompute_Cycles();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Yield <em>Yield</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Yield</em>'.
	 * @see coyotos.studio.model.Yield
	 * @generated
	 */
	EClass getYield();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.Loop <em>Loop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Loop</em>'.
	 * @see coyotos.studio.model.Loop
	 * @generated
	 */
	EClass getLoop();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.Loop#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see coyotos.studio.model.Loop#getCount()
	 * @see #getLoop()
	 * @generated
	 */
	EAttribute getLoop_Count();

	/**
	 * Returns the meta object for the containment reference list '{@link coyotos.studio.model.Loop#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see coyotos.studio.model.Loop#getSteps()
	 * @see #getLoop()
	 * @generated
	 */
	EReference getLoop_Steps();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.SimulationSetup <em>Simulation Setup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Simulation Setup</em>'.
	 * @see coyotos.studio.model.SimulationSetup
	 * @generated
	 */
	EClass getSimulationSetup();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.SimulationSetup#getCpuProfile <em>Cpu Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Profile</em>'.
	 * @see coyotos.studio.model.SimulationSetup#getCpuProfile()
	 * @see #getSimulationSetup()
	 * @generated
	 */
	EAttribute getSimulationSetup_CpuProfile();

	/**
	 * Returns the meta object for the containment reference '{@link coyotos.studio.model.SimulationSetup#getCustomProfile <em>Custom Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Custom Profile</em>'.
	 * @see coyotos.studio.model.SimulationSetup#getCustomProfile()
	 * @see #getSimulationSetup()
	 * @generated
	 */
	EReference getSimulationSetup_CustomProfile();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.SimulationSetup#getMaxCycles <em>Max Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Cycles</em>'.
	 * @see coyotos.studio.model.SimulationSetup#getMaxCycles()
	 * @see #getSimulationSetup()
	 * @generated
	 */
	EAttribute getSimulationSetup_MaxCycles();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.SimulationSetup#getMaxEvents <em>Max Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Events</em>'.
	 * @see coyotos.studio.model.SimulationSetup#getMaxEvents()
	 * @see #getSimulationSetup()
	 * @generated
	 */
	EAttribute getSimulationSetup_MaxEvents();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.SimulationSetup#getRandomSeed <em>Random Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Random Seed</em>'.
	 * @see coyotos.studio.model.SimulationSetup#getRandomSeed()
	 * @see #getSimulationSetup()
	 * @generated
	 */
	EAttribute getSimulationSetup_RandomSeed();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.SimulationSetup#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see coyotos.studio.model.SimulationSetup#getKernel()
	 * @see #getSimulationSetup()
	 * @generated
	 */
	EAttribute getSimulationSetup_Kernel();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.CpuProfile <em>Cpu Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cpu Profile</em>'.
	 * @see coyotos.studio.model.CpuProfile
	 * @generated
	 */
	EClass getCpuProfile();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.CpuProfile#getClockMHz <em>Clock MHz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clock MHz</em>'.
	 * @see coyotos.studio.model.CpuProfile#getClockMHz()
	 * @see #getCpuProfile()
	 * @generated
	 */
	EAttribute getCpuProfile_ClockMHz();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.CpuProfile#getKernelRoundTripCycles <em>Kernel Round Trip Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel Round Trip Cycles</em>'.
	 * @see coyotos.studio.model.CpuProfile#getKernelRoundTripCycles()
	 * @see #getCpuProfile()
	 * @generated
	 */
	EAttribute getCpuProfile_KernelRoundTripCycles();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.CpuProfile#getCr3LoadCycles <em>Cr3 Load Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cr3 Load Cycles</em>'.
	 * @see coyotos.studio.model.CpuProfile#getCr3LoadCycles()
	 * @see #getCpuProfile()
	 * @generated
	 */
	EAttribute getCpuProfile_Cr3LoadCycles();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.CpuProfile#getTlbEntries <em>Tlb Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tlb Entries</em>'.
	 * @see coyotos.studio.model.CpuProfile#getTlbEntries()
	 * @see #getCpuProfile()
	 * @generated
	 */
	EAttribute getCpuProfile_TlbEntries();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.CpuProfile#getTlbRefillCycles <em>Tlb Refill Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tlb Refill Cycles</em>'.
	 * @see coyotos.studio.model.CpuProfile#getTlbRefillCycles()
	 * @see #getCpuProfile()
	 * @generated
	 */
	EAttribute getCpuProfile_TlbRefillCycles();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.CpuProfile#isPcid <em>Pcid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pcid</em>'.
	 * @see coyotos.studio.model.CpuProfile#isPcid()
	 * @see #getCpuProfile()
	 * @generated
	 */
	EAttribute getCpuProfile_Pcid();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.CpuProfile#isKpti <em>Kpti</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kpti</em>'.
	 * @see coyotos.studio.model.CpuProfile#isKpti()
	 * @see #getCpuProfile()
	 * @generated
	 */
	EAttribute getCpuProfile_Kpti();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.CpuProfile#getFaultPathCycles <em>Fault Path Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fault Path Cycles</em>'.
	 * @see coyotos.studio.model.CpuProfile#getFaultPathCycles()
	 * @see #getCpuProfile()
	 * @generated
	 */
	EAttribute getCpuProfile_FaultPathCycles();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.CpuProfile#getIpcPathCycles <em>Ipc Path Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipc Path Cycles</em>'.
	 * @see coyotos.studio.model.CpuProfile#getIpcPathCycles()
	 * @see #getCpuProfile()
	 * @generated
	 */
	EAttribute getCpuProfile_IpcPathCycles();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.CpuProfile#getPageTableBuildCycles <em>Page Table Build Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Table Build Cycles</em>'.
	 * @see coyotos.studio.model.CpuProfile#getPageTableBuildCycles()
	 * @see #getCpuProfile()
	 * @generated
	 */
	EAttribute getCpuProfile_PageTableBuildCycles();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.SourceTraced <em>Source Traced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Traced</em>'.
	 * @see coyotos.studio.model.SourceTraced
	 * @generated
	 */
	EClass getSourceTraced();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.SourceTraced#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see coyotos.studio.model.SourceTraced#getOrigin()
	 * @see #getSourceTraced()
	 * @generated
	 */
	EAttribute getSourceTraced_Origin();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.MiscCapability <em>Misc Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Misc Capability</em>'.
	 * @see coyotos.studio.model.MiscCapability
	 * @generated
	 */
	EClass getMiscCapability();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.MiscCapability#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see coyotos.studio.model.MiscCapability#getKind()
	 * @see #getMiscCapability()
	 * @generated
	 */
	EAttribute getMiscCapability_Kind();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.AppNoticeCapability <em>App Notice Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>App Notice Capability</em>'.
	 * @see coyotos.studio.model.AppNoticeCapability
	 * @generated
	 */
	EClass getAppNoticeCapability();

	/**
	 * Returns the meta object for the reference '{@link coyotos.studio.model.AppNoticeCapability#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see coyotos.studio.model.AppNoticeCapability#getTarget()
	 * @see #getAppNoticeCapability()
	 * @generated
	 */
	EReference getAppNoticeCapability_Target();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.AppNoticeCapability#getMask <em>Mask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mask</em>'.
	 * @see coyotos.studio.model.AppNoticeCapability#getMask()
	 * @see #getAppNoticeCapability()
	 * @generated
	 */
	EAttribute getAppNoticeCapability_Mask();

	/**
	 * Returns the meta object for class '{@link coyotos.studio.model.PhysicalPageCapability <em>Physical Page Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Physical Page Capability</em>'.
	 * @see coyotos.studio.model.PhysicalPageCapability
	 * @generated
	 */
	EClass getPhysicalPageCapability();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.PhysicalPageCapability#getFrame <em>Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frame</em>'.
	 * @see coyotos.studio.model.PhysicalPageCapability#getFrame()
	 * @see #getPhysicalPageCapability()
	 * @generated
	 */
	EAttribute getPhysicalPageCapability_Frame();

	/**
	 * Returns the meta object for the attribute '{@link coyotos.studio.model.PhysicalPageCapability#isCacheDisabled <em>Cache Disabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cache Disabled</em>'.
	 * @see coyotos.studio.model.PhysicalPageCapability#isCacheDisabled()
	 * @see #getPhysicalPageCapability()
	 * @generated
	 */
	EAttribute getPhysicalPageCapability_CacheDisabled();

	/**
	 * Returns the meta object for enum '{@link coyotos.studio.model.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Architecture</em>'.
	 * @see coyotos.studio.model.Architecture
	 * @generated
	 */
	EEnum getArchitecture();

	/**
	 * Returns the meta object for enum '{@link coyotos.studio.model.RunState <em>Run State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Run State</em>'.
	 * @see coyotos.studio.model.RunState
	 * @generated
	 */
	EEnum getRunState();

	/**
	 * Returns the meta object for enum '{@link coyotos.studio.model.FaultCode <em>Fault Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fault Code</em>'.
	 * @see coyotos.studio.model.FaultCode
	 * @generated
	 */
	EEnum getFaultCode();

	/**
	 * Returns the meta object for enum '{@link coyotos.studio.model.RegisterRole <em>Register Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Register Role</em>'.
	 * @see coyotos.studio.model.RegisterRole
	 * @generated
	 */
	EEnum getRegisterRole();

	/**
	 * Returns the meta object for enum '{@link coyotos.studio.model.ActivationDesign <em>Activation Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activation Design</em>'.
	 * @see coyotos.studio.model.ActivationDesign
	 * @generated
	 */
	EEnum getActivationDesign();

	/**
	 * Returns the meta object for enum '{@link coyotos.studio.model.AccessKind <em>Access Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Access Kind</em>'.
	 * @see coyotos.studio.model.AccessKind
	 * @generated
	 */
	EEnum getAccessKind();

	/**
	 * Returns the meta object for enum '{@link coyotos.studio.model.KernelVariant <em>Kernel Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kernel Variant</em>'.
	 * @see coyotos.studio.model.KernelVariant
	 * @generated
	 */
	EEnum getKernelVariant();

	/**
	 * Returns the meta object for enum '{@link coyotos.studio.model.MiscCapabilityKind <em>Misc Capability Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Misc Capability Kind</em>'.
	 * @see coyotos.studio.model.MiscCapabilityKind
	 * @generated
	 */
	EEnum getMiscCapabilityKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CoyotosFactory getCoyotosFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.NamedElementImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.CoyotosSystemImpl <em>System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.CoyotosSystemImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCoyotosSystem()
		 * @generated
		 */
		EClass COYOTOS_SYSTEM = eINSTANCE.getCoyotosSystem();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COYOTOS_SYSTEM__ARCHITECTURE = eINSTANCE.getCoyotosSystem_Architecture();

		/**
		 * The meta object literal for the '<em><b>Objects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COYOTOS_SYSTEM__OBJECTS = eINSTANCE.getCoyotosSystem_Objects();

		/**
		 * The meta object literal for the '<em><b>Simulation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COYOTOS_SYSTEM__SIMULATION = eINSTANCE.getCoyotosSystem_Simulation();

		/**
		 * The meta object literal for the '<em><b>Validate Rules</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COYOTOS_SYSTEM___VALIDATE_RULES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCoyotosSystem__ValidateRules__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.KernelObjectImpl <em>Kernel Object</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.KernelObjectImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getKernelObject()
		 * @generated
		 */
		EClass KERNEL_OBJECT = eINSTANCE.getKernelObject();

		/**
		 * The meta object literal for the '<em><b>Bank</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_OBJECT__BANK = eINSTANCE.getKernelObject_Bank();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.MemoryObjectImpl <em>Memory Object</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.MemoryObjectImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getMemoryObject()
		 * @generated
		 */
		EClass MEMORY_OBJECT = eINSTANCE.getMemoryObject();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.ProcessImpl <em>Process</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.ProcessImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getProcess()
		 * @generated
		 */
		EClass PROCESS = eINSTANCE.getProcess();

		/**
		 * The meta object literal for the '<em><b>Run State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__RUN_STATE = eINSTANCE.getProcess_RunState();

		/**
		 * The meta object literal for the '<em><b>Registers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__REGISTERS = eINSTANCE.getProcess_Registers();

		/**
		 * The meta object literal for the '<em><b>Address Space</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__ADDRESS_SPACE = eINSTANCE.getProcess_AddressSpace();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__SCHEDULE = eINSTANCE.getProcess_Schedule();

		/**
		 * The meta object literal for the '<em><b>Handler</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__HANDLER = eINSTANCE.getProcess_Handler();

		/**
		 * The meta object literal for the '<em><b>Fault Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__FAULT_CODE = eINSTANCE.getProcess_FaultCode();

		/**
		 * The meta object literal for the '<em><b>Fault Info</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__FAULT_INFO = eINSTANCE.getProcess_FaultInfo();

		/**
		 * The meta object literal for the '<em><b>Isolation Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__ISOLATION_DOMAIN = eINSTANCE.getProcess_IsolationDomain();

		/**
		 * The meta object literal for the '<em><b>Activation Handler</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__ACTIVATION_HANDLER = eINSTANCE.getProcess_ActivationHandler();

		/**
		 * The meta object literal for the '<em><b>Workload</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__WORKLOAD = eINSTANCE.getProcess_Workload();

		/**
		 * The meta object literal for the '<em><b>Handler Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__HANDLER_ACTIONS = eINSTANCE.getProcess_HandlerActions();

		/**
		 * The meta object literal for the '<em><b>Program Image</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__PROGRAM_IMAGE = eINSTANCE.getProcess_ProgramImage();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__FLAGS = eINSTANCE.getProcess_Flags();

		/**
		 * The meta object literal for the '<em><b>Brand</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__BRAND = eINSTANCE.getProcess_Brand();

		/**
		 * The meta object literal for the '<em><b>Cohort</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__COHORT = eINSTANCE.getProcess_Cohort();

		/**
		 * The meta object literal for the '<em><b>Io Space</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__IO_SPACE = eINSTANCE.getProcess_IoSpace();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.SlotImpl <em>Slot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.SlotImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getSlot()
		 * @generated
		 */
		EClass SLOT = eINSTANCE.getSlot();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLOT__INDEX = eINSTANCE.getSlot_Index();

		/**
		 * The meta object literal for the '<em><b>Cap</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SLOT__CAP = eINSTANCE.getSlot_Cap();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.CapRegisterImpl <em>Cap Register</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.CapRegisterImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCapRegister()
		 * @generated
		 */
		EClass CAP_REGISTER = eINSTANCE.getCapRegister();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAP_REGISTER__ROLE = eINSTANCE.getCapRegister_Role();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.GptImpl <em>Gpt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.GptImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getGpt()
		 * @generated
		 */
		EClass GPT = eINSTANCE.getGpt();

		/**
		 * The meta object literal for the '<em><b>L2v</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GPT__L2V = eINSTANCE.getGpt_L2v();

		/**
		 * The meta object literal for the '<em><b>Ha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GPT__HA = eINSTANCE.getGpt_Ha();

		/**
		 * The meta object literal for the '<em><b>Bg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GPT__BG = eINSTANCE.getGpt_Bg();

		/**
		 * The meta object literal for the '<em><b>Slots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GPT__SLOTS = eINSTANCE.getGpt_Slots();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.PageImpl <em>Page</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.PageImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getPage()
		 * @generated
		 */
		EClass PAGE = eINSTANCE.getPage();

		/**
		 * The meta object literal for the '<em><b>Contents</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__CONTENTS = eINSTANCE.getPage_Contents();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.CapPageImpl <em>Cap Page</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.CapPageImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCapPage()
		 * @generated
		 */
		EClass CAP_PAGE = eINSTANCE.getCapPage();

		/**
		 * The meta object literal for the '<em><b>Slots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAP_PAGE__SLOTS = eINSTANCE.getCapPage_Slots();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.EndpointImpl <em>Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.EndpointImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getEndpoint()
		 * @generated
		 */
		EClass ENDPOINT = eINSTANCE.getEndpoint();

		/**
		 * The meta object literal for the '<em><b>Recipient</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__RECIPIENT = eINSTANCE.getEndpoint_Recipient();

		/**
		 * The meta object literal for the '<em><b>Pm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__PM = eINSTANCE.getEndpoint_Pm();

		/**
		 * The meta object literal for the '<em><b>Endpoint Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__ENDPOINT_ID = eINSTANCE.getEndpoint_EndpointId();

		/**
		 * The meta object literal for the '<em><b>Protected Payload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__PROTECTED_PAYLOAD = eINSTANCE.getEndpoint_ProtectedPayload();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.ScheduleImpl <em>Schedule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.ScheduleImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getSchedule()
		 * @generated
		 */
		EClass SCHEDULE = eINSTANCE.getSchedule();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__PRIORITY = eINSTANCE.getSchedule_Priority();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.SpaceBankImpl <em>Space Bank</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.SpaceBankImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getSpaceBank()
		 * @generated
		 */
		EClass SPACE_BANK = eINSTANCE.getSpaceBank();

		/**
		 * The meta object literal for the '<em><b>Page Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPACE_BANK__PAGE_LIMIT = eINSTANCE.getSpaceBank_PageLimit();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPACE_BANK__PARENT = eINSTANCE.getSpaceBank_Parent();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.CapabilityImpl <em>Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.CapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCapability()
		 * @generated
		 */
		EClass CAPABILITY = eINSTANCE.getCapability();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.NullCapabilityImpl <em>Null Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.NullCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getNullCapability()
		 * @generated
		 */
		EClass NULL_CAPABILITY = eINSTANCE.getNullCapability();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.MemoryCapabilityImpl <em>Memory Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.MemoryCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getMemoryCapability()
		 * @generated
		 */
		EClass MEMORY_CAPABILITY = eINSTANCE.getMemoryCapability();

		/**
		 * The meta object literal for the '<em><b>Match</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_CAPABILITY__MATCH = eINSTANCE.getMemoryCapability_Match();

		/**
		 * The meta object literal for the '<em><b>L2g</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_CAPABILITY__L2G = eINSTANCE.getMemoryCapability_L2g();

		/**
		 * The meta object literal for the '<em><b>Read Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_CAPABILITY__READ_ONLY = eINSTANCE.getMemoryCapability_ReadOnly();

		/**
		 * The meta object literal for the '<em><b>No Execute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_CAPABILITY__NO_EXECUTE = eINSTANCE.getMemoryCapability_NoExecute();

		/**
		 * The meta object literal for the '<em><b>Weak</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_CAPABILITY__WEAK = eINSTANCE.getMemoryCapability_Weak();

		/**
		 * The meta object literal for the '<em><b>Opaque</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_CAPABILITY__OPAQUE = eINSTANCE.getMemoryCapability_Opaque();

		/**
		 * The meta object literal for the '<em><b>No Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_CAPABILITY__NO_CALL = eINSTANCE.getMemoryCapability_NoCall();

		/**
		 * The meta object literal for the '<em><b>Get Target Object</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEMORY_CAPABILITY___GET_TARGET_OBJECT = eINSTANCE.getMemoryCapability__GetTargetObject();

		/**
		 * The meta object literal for the '<em><b>Get Restriction Bits</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEMORY_CAPABILITY___GET_RESTRICTION_BITS = eINSTANCE.getMemoryCapability__GetRestrictionBits();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.GptCapabilityImpl <em>Gpt Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.GptCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getGptCapability()
		 * @generated
		 */
		EClass GPT_CAPABILITY = eINSTANCE.getGptCapability();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GPT_CAPABILITY__TARGET = eINSTANCE.getGptCapability_Target();

		/**
		 * The meta object literal for the '<em><b>Get Target Object</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation GPT_CAPABILITY___GET_TARGET_OBJECT = eINSTANCE.getGptCapability__GetTargetObject();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.PageCapabilityImpl <em>Page Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.PageCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getPageCapability()
		 * @generated
		 */
		EClass PAGE_CAPABILITY = eINSTANCE.getPageCapability();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PAGE_CAPABILITY__TARGET = eINSTANCE.getPageCapability_Target();

		/**
		 * The meta object literal for the '<em><b>Get Target Object</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PAGE_CAPABILITY___GET_TARGET_OBJECT = eINSTANCE.getPageCapability__GetTargetObject();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.CapPageCapabilityImpl <em>Cap Page Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.CapPageCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCapPageCapability()
		 * @generated
		 */
		EClass CAP_PAGE_CAPABILITY = eINSTANCE.getCapPageCapability();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAP_PAGE_CAPABILITY__TARGET = eINSTANCE.getCapPageCapability_Target();

		/**
		 * The meta object literal for the '<em><b>Get Target Object</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CAP_PAGE_CAPABILITY___GET_TARGET_OBJECT = eINSTANCE.getCapPageCapability__GetTargetObject();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.WindowCapabilityImpl <em>Window Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.WindowCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getWindowCapability()
		 * @generated
		 */
		EClass WINDOW_CAPABILITY = eINSTANCE.getWindowCapability();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WINDOW_CAPABILITY__OFFSET = eINSTANCE.getWindowCapability_Offset();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.LocalWindowCapabilityImpl <em>Local Window Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.LocalWindowCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getLocalWindowCapability()
		 * @generated
		 */
		EClass LOCAL_WINDOW_CAPABILITY = eINSTANCE.getLocalWindowCapability();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_WINDOW_CAPABILITY__OFFSET = eINSTANCE.getLocalWindowCapability_Offset();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_WINDOW_CAPABILITY__SLOT = eINSTANCE.getLocalWindowCapability_Slot();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.EntryCapabilityImpl <em>Entry Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.EntryCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getEntryCapability()
		 * @generated
		 */
		EClass ENTRY_CAPABILITY = eINSTANCE.getEntryCapability();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTRY_CAPABILITY__TARGET = eINSTANCE.getEntryCapability_Target();

		/**
		 * The meta object literal for the '<em><b>Protected Payload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_CAPABILITY__PROTECTED_PAYLOAD = eINSTANCE.getEntryCapability_ProtectedPayload();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.EndpointCapabilityImpl <em>Endpoint Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.EndpointCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getEndpointCapability()
		 * @generated
		 */
		EClass ENDPOINT_CAPABILITY = eINSTANCE.getEndpointCapability();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT_CAPABILITY__TARGET = eINSTANCE.getEndpointCapability_Target();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.ProcessCapabilityImpl <em>Process Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.ProcessCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getProcessCapability()
		 * @generated
		 */
		EClass PROCESS_CAPABILITY = eINSTANCE.getProcessCapability();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_CAPABILITY__TARGET = eINSTANCE.getProcessCapability_Target();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.ScheduleCapabilityImpl <em>Schedule Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.ScheduleCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getScheduleCapability()
		 * @generated
		 */
		EClass SCHEDULE_CAPABILITY = eINSTANCE.getScheduleCapability();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULE_CAPABILITY__TARGET = eINSTANCE.getScheduleCapability_Target();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.SpaceBankCapabilityImpl <em>Space Bank Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.SpaceBankCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getSpaceBankCapability()
		 * @generated
		 */
		EClass SPACE_BANK_CAPABILITY = eINSTANCE.getSpaceBankCapability();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPACE_BANK_CAPABILITY__TARGET = eINSTANCE.getSpaceBankCapability_Target();

		/**
		 * The meta object literal for the '<em><b>Protected Payload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPACE_BANK_CAPABILITY__PROTECTED_PAYLOAD = eINSTANCE.getSpaceBankCapability_ProtectedPayload();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.RegionImpl <em>Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.RegionImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getRegion()
		 * @generated
		 */
		EClass REGION = eINSTANCE.getRegion();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__START = eINSTANCE.getRegion_Start();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__SIZE = eINSTANCE.getRegion_Size();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.ActivationHandlerImpl <em>Activation Handler</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.ActivationHandlerImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getActivationHandler()
		 * @generated
		 */
		EClass ACTIVATION_HANDLER = eINSTANCE.getActivationHandler();

		/**
		 * The meta object literal for the '<em><b>Design</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVATION_HANDLER__DESIGN = eINSTANCE.getActivationHandler_Design();

		/**
		 * The meta object literal for the '<em><b>Entry PC</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVATION_HANDLER__ENTRY_PC = eINSTANCE.getActivationHandler_EntryPC();

		/**
		 * The meta object literal for the '<em><b>Stack</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVATION_HANDLER__STACK = eINSTANCE.getActivationHandler_Stack();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVATION_HANDLER__CODE = eINSTANCE.getActivationHandler_Code();

		/**
		 * The meta object literal for the '<em><b>Handles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVATION_HANDLER__HANDLES = eINSTANCE.getActivationHandler_Handles();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVATION_HANDLER__ACTIONS = eINSTANCE.getActivationHandler_Actions();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.HandlerActionImpl <em>Handler Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.HandlerActionImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getHandlerAction()
		 * @generated
		 */
		EClass HANDLER_ACTION = eINSTANCE.getHandlerAction();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.MapFreshPageImpl <em>Map Fresh Page</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.MapFreshPageImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getMapFreshPage()
		 * @generated
		 */
		EClass MAP_FRESH_PAGE = eINSTANCE.getMapFreshPage();

		/**
		 * The meta object literal for the '<em><b>Bank</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAP_FRESH_PAGE__BANK = eINSTANCE.getMapFreshPage_Bank();

		/**
		 * The meta object literal for the '<em><b>Gpt</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAP_FRESH_PAGE__GPT = eINSTANCE.getMapFreshPage_Gpt();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAP_FRESH_PAGE__SLOT = eINSTANCE.getMapFreshPage_Slot();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.ForwardFaultImpl <em>Forward Fault</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.ForwardFaultImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getForwardFault()
		 * @generated
		 */
		EClass FORWARD_FAULT = eINSTANCE.getForwardFault();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORWARD_FAULT__TO = eINSTANCE.getForwardFault_To();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.RefuseFaultImpl <em>Refuse Fault</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.RefuseFaultImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getRefuseFault()
		 * @generated
		 */
		EClass REFUSE_FAULT = eINSTANCE.getRefuseFault();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.WorkloadImpl <em>Workload</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.WorkloadImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getWorkload()
		 * @generated
		 */
		EClass WORKLOAD = eINSTANCE.getWorkload();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD__STEPS = eINSTANCE.getWorkload_Steps();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.StepImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.TouchImpl <em>Touch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.TouchImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getTouch()
		 * @generated
		 */
		EClass TOUCH = eINSTANCE.getTouch();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCH__START = eINSTANCE.getTouch_Start();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCH__LENGTH = eINSTANCE.getTouch_Length();

		/**
		 * The meta object literal for the '<em><b>Stride</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCH__STRIDE = eINSTANCE.getTouch_Stride();

		/**
		 * The meta object literal for the '<em><b>Access</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCH__ACCESS = eINSTANCE.getTouch_Access();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.InvokeImpl <em>Invoke</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.InvokeImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getInvoke()
		 * @generated
		 */
		EClass INVOKE = eINSTANCE.getInvoke();

		/**
		 * The meta object literal for the '<em><b>Register</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOKE__REGISTER = eINSTANCE.getInvoke_Register();

		/**
		 * The meta object literal for the '<em><b>Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOKE__CALL = eINSTANCE.getInvoke_Call();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.ReceiveImpl <em>Receive</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.ReceiveImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getReceive()
		 * @generated
		 */
		EClass RECEIVE = eINSTANCE.getReceive();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.ComputeImpl <em>Compute</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.ComputeImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCompute()
		 * @generated
		 */
		EClass COMPUTE = eINSTANCE.getCompute();

		/**
		 * The meta object literal for the '<em><b>Cycles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPUTE__CYCLES = eINSTANCE.getCompute_Cycles();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.YieldImpl <em>Yield</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.YieldImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getYield()
		 * @generated
		 */
		EClass YIELD = eINSTANCE.getYield();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.LoopImpl <em>Loop</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.LoopImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getLoop()
		 * @generated
		 */
		EClass LOOP = eINSTANCE.getLoop();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOP__COUNT = eINSTANCE.getLoop_Count();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOOP__STEPS = eINSTANCE.getLoop_Steps();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.SimulationSetupImpl <em>Simulation Setup</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.SimulationSetupImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getSimulationSetup()
		 * @generated
		 */
		EClass SIMULATION_SETUP = eINSTANCE.getSimulationSetup();

		/**
		 * The meta object literal for the '<em><b>Cpu Profile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIMULATION_SETUP__CPU_PROFILE = eINSTANCE.getSimulationSetup_CpuProfile();

		/**
		 * The meta object literal for the '<em><b>Custom Profile</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIMULATION_SETUP__CUSTOM_PROFILE = eINSTANCE.getSimulationSetup_CustomProfile();

		/**
		 * The meta object literal for the '<em><b>Max Cycles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIMULATION_SETUP__MAX_CYCLES = eINSTANCE.getSimulationSetup_MaxCycles();

		/**
		 * The meta object literal for the '<em><b>Max Events</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIMULATION_SETUP__MAX_EVENTS = eINSTANCE.getSimulationSetup_MaxEvents();

		/**
		 * The meta object literal for the '<em><b>Random Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIMULATION_SETUP__RANDOM_SEED = eINSTANCE.getSimulationSetup_RandomSeed();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIMULATION_SETUP__KERNEL = eINSTANCE.getSimulationSetup_Kernel();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.CpuProfileImpl <em>Cpu Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.CpuProfileImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getCpuProfile()
		 * @generated
		 */
		EClass CPU_PROFILE = eINSTANCE.getCpuProfile();

		/**
		 * The meta object literal for the '<em><b>Clock MHz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPU_PROFILE__CLOCK_MHZ = eINSTANCE.getCpuProfile_ClockMHz();

		/**
		 * The meta object literal for the '<em><b>Kernel Round Trip Cycles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPU_PROFILE__KERNEL_ROUND_TRIP_CYCLES = eINSTANCE.getCpuProfile_KernelRoundTripCycles();

		/**
		 * The meta object literal for the '<em><b>Cr3 Load Cycles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPU_PROFILE__CR3_LOAD_CYCLES = eINSTANCE.getCpuProfile_Cr3LoadCycles();

		/**
		 * The meta object literal for the '<em><b>Tlb Entries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPU_PROFILE__TLB_ENTRIES = eINSTANCE.getCpuProfile_TlbEntries();

		/**
		 * The meta object literal for the '<em><b>Tlb Refill Cycles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPU_PROFILE__TLB_REFILL_CYCLES = eINSTANCE.getCpuProfile_TlbRefillCycles();

		/**
		 * The meta object literal for the '<em><b>Pcid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPU_PROFILE__PCID = eINSTANCE.getCpuProfile_Pcid();

		/**
		 * The meta object literal for the '<em><b>Kpti</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPU_PROFILE__KPTI = eINSTANCE.getCpuProfile_Kpti();

		/**
		 * The meta object literal for the '<em><b>Fault Path Cycles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPU_PROFILE__FAULT_PATH_CYCLES = eINSTANCE.getCpuProfile_FaultPathCycles();

		/**
		 * The meta object literal for the '<em><b>Ipc Path Cycles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPU_PROFILE__IPC_PATH_CYCLES = eINSTANCE.getCpuProfile_IpcPathCycles();

		/**
		 * The meta object literal for the '<em><b>Page Table Build Cycles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPU_PROFILE__PAGE_TABLE_BUILD_CYCLES = eINSTANCE.getCpuProfile_PageTableBuildCycles();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.SourceTracedImpl <em>Source Traced</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.SourceTracedImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getSourceTraced()
		 * @generated
		 */
		EClass SOURCE_TRACED = eINSTANCE.getSourceTraced();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_TRACED__ORIGIN = eINSTANCE.getSourceTraced_Origin();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.MiscCapabilityImpl <em>Misc Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.MiscCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getMiscCapability()
		 * @generated
		 */
		EClass MISC_CAPABILITY = eINSTANCE.getMiscCapability();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MISC_CAPABILITY__KIND = eINSTANCE.getMiscCapability_Kind();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.AppNoticeCapabilityImpl <em>App Notice Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.AppNoticeCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getAppNoticeCapability()
		 * @generated
		 */
		EClass APP_NOTICE_CAPABILITY = eINSTANCE.getAppNoticeCapability();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APP_NOTICE_CAPABILITY__TARGET = eINSTANCE.getAppNoticeCapability_Target();

		/**
		 * The meta object literal for the '<em><b>Mask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APP_NOTICE_CAPABILITY__MASK = eINSTANCE.getAppNoticeCapability_Mask();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.impl.PhysicalPageCapabilityImpl <em>Physical Page Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.impl.PhysicalPageCapabilityImpl
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getPhysicalPageCapability()
		 * @generated
		 */
		EClass PHYSICAL_PAGE_CAPABILITY = eINSTANCE.getPhysicalPageCapability();

		/**
		 * The meta object literal for the '<em><b>Frame</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_PAGE_CAPABILITY__FRAME = eINSTANCE.getPhysicalPageCapability_Frame();

		/**
		 * The meta object literal for the '<em><b>Cache Disabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_PAGE_CAPABILITY__CACHE_DISABLED = eINSTANCE.getPhysicalPageCapability_CacheDisabled();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.Architecture <em>Architecture</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.Architecture
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getArchitecture()
		 * @generated
		 */
		EEnum ARCHITECTURE = eINSTANCE.getArchitecture();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.RunState <em>Run State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.RunState
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getRunState()
		 * @generated
		 */
		EEnum RUN_STATE = eINSTANCE.getRunState();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.FaultCode <em>Fault Code</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.FaultCode
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getFaultCode()
		 * @generated
		 */
		EEnum FAULT_CODE = eINSTANCE.getFaultCode();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.RegisterRole <em>Register Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.RegisterRole
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getRegisterRole()
		 * @generated
		 */
		EEnum REGISTER_ROLE = eINSTANCE.getRegisterRole();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.ActivationDesign <em>Activation Design</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.ActivationDesign
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getActivationDesign()
		 * @generated
		 */
		EEnum ACTIVATION_DESIGN = eINSTANCE.getActivationDesign();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.AccessKind <em>Access Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.AccessKind
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getAccessKind()
		 * @generated
		 */
		EEnum ACCESS_KIND = eINSTANCE.getAccessKind();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.KernelVariant <em>Kernel Variant</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.KernelVariant
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getKernelVariant()
		 * @generated
		 */
		EEnum KERNEL_VARIANT = eINSTANCE.getKernelVariant();

		/**
		 * The meta object literal for the '{@link coyotos.studio.model.MiscCapabilityKind <em>Misc Capability Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see coyotos.studio.model.MiscCapabilityKind
		 * @see coyotos.studio.model.impl.CoyotosPackageImpl#getMiscCapabilityKind()
		 * @generated
		 */
		EEnum MISC_CAPABILITY_KIND = eINSTANCE.getMiscCapabilityKind();

	}

} //CoyotosPackage
