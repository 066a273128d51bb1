/**
 * Coyotos Studio
 */
package coyotos.studio.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Fault Code</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Fault codes of the coyotos.Process interface (idl/Process.idl, enum FC).
 * <!-- end-model-doc -->
 * @see coyotos.studio.model.CoyotosPackage#getFaultCode()
 * @model
 * @generated
 */
public enum FaultCode implements Enumerator {
	/**
	 * The '<em><b>No Fault</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_FAULT_VALUE
	 * @generated
	 * @ordered
	 */
	NO_FAULT(0, "NoFault", "NoFault"),

	/**
	 * The '<em><b>Malformed Syscall</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MALFORMED_SYSCALL_VALUE
	 * @generated
	 * @ordered
	 */
	MALFORMED_SYSCALL(1, "MalformedSyscall", "MalformedSyscall"),

	/**
	 * The '<em><b>Soft Notice</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFT_NOTICE_VALUE
	 * @generated
	 * @ordered
	 */
	SOFT_NOTICE(2, "SoftNotice", "SoftNotice"), /**
	 * The '<em><b>Slice Expired</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLICE_EXPIRED_VALUE
	 * @generated
	 * @ordered
	 */
	SLICE_EXPIRED(3, "SliceExpired", "SliceExpired"), /**
	 * The '<em><b>Invalid Data Reference</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_DATA_REFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_DATA_REFERENCE(4, "InvalidDataReference", "InvalidDataReference"),

	/**
	 * The '<em><b>Invalid Cap Reference</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_CAP_REFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_CAP_REFERENCE(5, "InvalidCapReference", "InvalidCapReference"),

	/**
	 * The '<em><b>No Execute</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_EXECUTE_VALUE
	 * @generated
	 * @ordered
	 */
	NO_EXECUTE(6, "NoExecute", "NoExecute"),

	/**
	 * The '<em><b>Access Violation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESS_VIOLATION_VALUE
	 * @generated
	 * @ordered
	 */
	ACCESS_VIOLATION(7, "AccessViolation", "AccessViolation"),

	/**
	 * The '<em><b>Data Access Type Error</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_ACCESS_TYPE_ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_ACCESS_TYPE_ERROR(8, "DataAccessTypeError", "DataAccessTypeError"),

	/**
	 * The '<em><b>Cap Access Type Error</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAP_ACCESS_TYPE_ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	CAP_ACCESS_TYPE_ERROR(9, "CapAccessTypeError", "CapAccessTypeError"),

	/**
	 * The '<em><b>Misaligned Reference</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISALIGNED_REFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	MISALIGNED_REFERENCE(10, "MisalignedReference", "MisalignedReference"),

	/**
	 * The '<em><b>Traverse Limit</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAVERSE_LIMIT_VALUE
	 * @generated
	 * @ordered
	 */
	TRAVERSE_LIMIT(12, "TraverseLimit", "TraverseLimit"),

	/**
	 * The '<em><b>Malformed Space</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MALFORMED_SPACE_VALUE
	 * @generated
	 * @ordered
	 */
	MALFORMED_SPACE(13, "MalformedSpace", "MalformedSpace"),

	/**
	 * The '<em><b>Notify</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTIFY_VALUE
	 * @generated
	 * @ordered
	 */
	NOTIFY(24, "Notify", "Notify"), /**
	 * The '<em><b>Startup</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STARTUP_VALUE
	 * @generated
	 * @ordered
	 */
	STARTUP(25, "Startup", "Startup"),

	/**
	 * The '<em><b>No Addr Space</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_ADDR_SPACE_VALUE
	 * @generated
	 * @ordered
	 */
	NO_ADDR_SPACE(32, "NoAddrSpace", "NoAddrSpace"),

	/**
	 * The '<em><b>No Schedule</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_SCHEDULE_VALUE
	 * @generated
	 * @ordered
	 */
	NO_SCHEDULE(33, "NoSchedule", "NoSchedule"),

	/**
	 * The '<em><b>Break Point</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BREAK_POINT_VALUE
	 * @generated
	 * @ordered
	 */
	BREAK_POINT(34, "BreakPoint", "BreakPoint"), /**
	 * The '<em><b>Broke Point</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROKE_POINT_VALUE
	 * @generated
	 * @ordered
	 */
	BROKE_POINT(35, "BrokePoint", "BrokePoint"), /**
	 * The '<em><b>Bad Opcode</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAD_OPCODE_VALUE
	 * @generated
	 * @ordered
	 */
	BAD_OPCODE(36, "BadOpcode", "BadOpcode"), /**
	 * The '<em><b>Alien</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALIEN_VALUE
	 * @generated
	 * @ordered
	 */
	ALIEN(37, "Alien", "Alien"), /**
	 * The '<em><b>Div Zero</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIV_ZERO_VALUE
	 * @generated
	 * @ordered
	 */
	DIV_ZERO(38, "DivZero", "DivZero"), /**
	 * The '<em><b>Bad Align</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAD_ALIGN_VALUE
	 * @generated
	 * @ordered
	 */
	BAD_ALIGN(39, "BadAlign", "BadAlign"), /**
	 * The '<em><b>No FPU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_FPU_VALUE
	 * @generated
	 * @ordered
	 */
	NO_FPU(40, "NoFPU", "NoFPU"), /**
	 * The '<em><b>FPfault</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FPFAULT_VALUE
	 * @generated
	 * @ordered
	 */
	FPFAULT(41, "FPfault", "FPfault"), /**
	 * The '<em><b>Debug</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEBUG_VALUE
	 * @generated
	 * @ordered
	 */
	DEBUG(42, "Debug", "Debug"), /**
	 * The '<em><b>Overflow</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERFLOW_VALUE
	 * @generated
	 * @ordered
	 */
	OVERFLOW(44, "Overflow", "Overflow"), /**
	 * The '<em><b>Bounds</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOUNDS_VALUE
	 * @generated
	 * @ordered
	 */
	BOUNDS(45, "Bounds", "Bounds"), /**
	 * The '<em><b>Sys Call Entry</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYS_CALL_ENTRY_VALUE
	 * @generated
	 * @ordered
	 */
	SYS_CALL_ENTRY(46, "SysCallEntry", "SysCallEntry"), /**
	 * The '<em><b>Sys Call Return</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYS_CALL_RETURN_VALUE
	 * @generated
	 * @ordered
	 */
	SYS_CALL_RETURN(47, "SysCallReturn", "SysCallReturn"), /**
	 * The '<em><b>Activation Fail</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVATION_FAIL_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIVATION_FAIL(48, "ActivationFail", "ActivationFail"),

	/**
	 * The '<em><b>Object Content Lost</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBJECT_CONTENT_LOST_VALUE
	 * @generated
	 * @ordered
	 */
	OBJECT_CONTENT_LOST(49, "ObjectContentLost", "ObjectContentLost"), /**
	 * The '<em><b>General Protection</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERAL_PROTECTION_VALUE
	 * @generated
	 * @ordered
	 */
	GENERAL_PROTECTION(128, "GeneralProtection", "GeneralProtection"), /**
	 * The '<em><b>Stack Seg</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STACK_SEG_VALUE
	 * @generated
	 * @ordered
	 */
	STACK_SEG(129, "StackSeg", "StackSeg"), /**
	 * The '<em><b>Seg Not Present</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEG_NOT_PRESENT_VALUE
	 * @generated
	 * @ordered
	 */
	SEG_NOT_PRESENT(130, "SegNotPresent", "SegNotPresent"), /**
	 * The '<em><b>SIM Dfp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIM_DFP_VALUE
	 * @generated
	 * @ordered
	 */
	SIM_DFP(131, "SIMDfp", "SIMDfp");

	/**
	 * The '<em><b>No Fault</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_FAULT
	 * @model name="NoFault"
	 * @generated
	 * @ordered
	 */
	public static final int NO_FAULT_VALUE = 0;

	/**
	 * The '<em><b>Malformed Syscall</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MALFORMED_SYSCALL
	 * @model name="MalformedSyscall"
	 * @generated
	 * @ordered
	 */
	public static final int MALFORMED_SYSCALL_VALUE = 1;

	/**
	 * The '<em><b>Soft Notice</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFT_NOTICE
	 * @model name="SoftNotice"
	 * @generated
	 * @ordered
	 */
	public static final int SOFT_NOTICE_VALUE = 2;

	/**
	 * The '<em><b>Slice Expired</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLICE_EXPIRED
	 * @model name="SliceExpired"
	 * @generated
	 * @ordered
	 */
	public static final int SLICE_EXPIRED_VALUE = 3;

	/**
	 * The '<em><b>Invalid Data Reference</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_DATA_REFERENCE
	 * @model name="InvalidDataReference"
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_DATA_REFERENCE_VALUE = 4;

	/**
	 * The '<em><b>Invalid Cap Reference</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_CAP_REFERENCE
	 * @model name="InvalidCapReference"
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_CAP_REFERENCE_VALUE = 5;

	/**
	 * The '<em><b>No Execute</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_EXECUTE
	 * @model name="NoExecute"
	 * @generated
	 * @ordered
	 */
	public static final int NO_EXECUTE_VALUE = 6;

	/**
	 * The '<em><b>Access Violation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESS_VIOLATION
	 * @model name="AccessViolation"
	 * @generated
	 * @ordered
	 */
	public static final int ACCESS_VIOLATION_VALUE = 7;

	/**
	 * The '<em><b>Data Access Type Error</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_ACCESS_TYPE_ERROR
	 * @model name="DataAccessTypeError"
	 * @generated
	 * @ordered
	 */
	public static final int DATA_ACCESS_TYPE_ERROR_VALUE = 8;

	/**
	 * The '<em><b>Cap Access Type Error</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAP_ACCESS_TYPE_ERROR
	 * @model name="CapAccessTypeError"
	 * @generated
	 * @ordered
	 */
	public static final int CAP_ACCESS_TYPE_ERROR_VALUE = 9;

	/**
	 * The '<em><b>Misaligned Reference</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISALIGNED_REFERENCE
	 * @model name="MisalignedReference"
	 * @generated
	 * @ordered
	 */
	public static final int MISALIGNED_REFERENCE_VALUE = 10;

	/**
	 * The '<em><b>Traverse Limit</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAVERSE_LIMIT
	 * @model name="TraverseLimit"
	 * @generated
	 * @ordered
	 */
	public static final int TRAVERSE_LIMIT_VALUE = 12;

	/**
	 * The '<em><b>Malformed Space</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MALFORMED_SPACE
	 * @model name="MalformedSpace"
	 * @generated
	 * @ordered
	 */
	public static final int MALFORMED_SPACE_VALUE = 13;

	/**
	 * The '<em><b>Notify</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTIFY
	 * @model name="Notify"
	 * @generated
	 * @ordered
	 */
	public static final int NOTIFY_VALUE = 24;

	/**
	 * The '<em><b>Startup</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STARTUP
	 * @model name="Startup"
	 * @generated
	 * @ordered
	 */
	public static final int STARTUP_VALUE = 25;

	/**
	 * The '<em><b>No Addr Space</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_ADDR_SPACE
	 * @model name="NoAddrSpace"
	 * @generated
	 * @ordered
	 */
	public static final int NO_ADDR_SPACE_VALUE = 32;

	/**
	 * The '<em><b>No Schedule</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_SCHEDULE
	 * @model name="NoSchedule"
	 * @generated
	 * @ordered
	 */
	public static final int NO_SCHEDULE_VALUE = 33;

	/**
	 * The '<em><b>Break Point</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BREAK_POINT
	 * @model name="BreakPoint"
	 * @generated
	 * @ordered
	 */
	public static final int BREAK_POINT_VALUE = 34;

	/**
	 * The '<em><b>Broke Point</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROKE_POINT
	 * @model name="BrokePoint"
	 * @generated
	 * @ordered
	 */
	public static final int BROKE_POINT_VALUE = 35;

	/**
	 * The '<em><b>Bad Opcode</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAD_OPCODE
	 * @model name="BadOpcode"
	 * @generated
	 * @ordered
	 */
	public static final int BAD_OPCODE_VALUE = 36;

	/**
	 * The '<em><b>Alien</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALIEN
	 * @model name="Alien"
	 * @generated
	 * @ordered
	 */
	public static final int ALIEN_VALUE = 37;

	/**
	 * The '<em><b>Div Zero</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIV_ZERO
	 * @model name="DivZero"
	 * @generated
	 * @ordered
	 */
	public static final int DIV_ZERO_VALUE = 38;

	/**
	 * The '<em><b>Bad Align</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAD_ALIGN
	 * @model name="BadAlign"
	 * @generated
	 * @ordered
	 */
	public static final int BAD_ALIGN_VALUE = 39;

	/**
	 * The '<em><b>No FPU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_FPU
	 * @model name="NoFPU"
	 * @generated
	 * @ordered
	 */
	public static final int NO_FPU_VALUE = 40;

	/**
	 * The '<em><b>FPfault</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FPFAULT
	 * @model name="FPfault"
	 * @generated
	 * @ordered
	 */
	public static final int FPFAULT_VALUE = 41;

	/**
	 * The '<em><b>Debug</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEBUG
	 * @model name="Debug"
	 * @generated
	 * @ordered
	 */
	public static final int DEBUG_VALUE = 42;

	/**
	 * The '<em><b>Overflow</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERFLOW
	 * @model name="Overflow"
	 * @generated
	 * @ordered
	 */
	public static final int OVERFLOW_VALUE = 44;

	/**
	 * The '<em><b>Bounds</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOUNDS
	 * @model name="Bounds"
	 * @generated
	 * @ordered
	 */
	public static final int BOUNDS_VALUE = 45;

	/**
	 * The '<em><b>Sys Call Entry</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYS_CALL_ENTRY
	 * @model name="SysCallEntry"
	 * @generated
	 * @ordered
	 */
	public static final int SYS_CALL_ENTRY_VALUE = 46;

	/**
	 * The '<em><b>Sys Call Return</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYS_CALL_RETURN
	 * @model name="SysCallReturn"
	 * @generated
	 * @ordered
	 */
	public static final int SYS_CALL_RETURN_VALUE = 47;

	/**
	 * The '<em><b>Activation Fail</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVATION_FAIL
	 * @model name="ActivationFail"
	 * @generated
	 * @ordered
	 */
	public static final int ACTIVATION_FAIL_VALUE = 48;

	/**
	 * The '<em><b>Object Content Lost</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBJECT_CONTENT_LOST
	 * @model name="ObjectContentLost"
	 * @generated
	 * @ordered
	 */
	public static final int OBJECT_CONTENT_LOST_VALUE = 49;

	/**
	 * The '<em><b>General Protection</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERAL_PROTECTION
	 * @model name="GeneralProtection"
	 * @generated
	 * @ordered
	 */
	public static final int GENERAL_PROTECTION_VALUE = 128;

	/**
	 * The '<em><b>Stack Seg</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STACK_SEG
	 * @model name="StackSeg"
	 * @generated
	 * @ordered
	 */
	public static final int STACK_SEG_VALUE = 129;

	/**
	 * The '<em><b>Seg Not Present</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEG_NOT_PRESENT
	 * @model name="SegNotPresent"
	 * @generated
	 * @ordered
	 */
	public static final int SEG_NOT_PRESENT_VALUE = 130;

	/**
	 * The '<em><b>SIM Dfp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIM_DFP
	 * @model name="SIMDfp"
	 * @generated
	 * @ordered
	 */
	public static final int SIM_DFP_VALUE = 131;

	/**
	 * An array of all the '<em><b>Fault Code</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FaultCode[] VALUES_ARRAY =
		new FaultCode[] {
			NO_FAULT,
			MALFORMED_SYSCALL,
			SOFT_NOTICE,
			SLICE_EXPIRED,
			INVALID_DATA_REFERENCE,
			INVALID_CAP_REFERENCE,
			NO_EXECUTE,
			ACCESS_VIOLATION,
			DATA_ACCESS_TYPE_ERROR,
			CAP_ACCESS_TYPE_ERROR,
			MISALIGNED_REFERENCE,
			TRAVERSE_LIMIT,
			MALFORMED_SPACE,
			NOTIFY,
			STARTUP,
			NO_ADDR_SPACE,
			NO_SCHEDULE,
			BREAK_POINT,
			BROKE_POINT,
			BAD_OPCODE,
			ALIEN,
			DIV_ZERO,
			BAD_ALIGN,
			NO_FPU,
			FPFAULT,
			DEBUG,
			OVERFLOW,
			BOUNDS,
			SYS_CALL_ENTRY,
			SYS_CALL_RETURN,
			ACTIVATION_FAIL,
			OBJECT_CONTENT_LOST,
			GENERAL_PROTECTION,
			STACK_SEG,
			SEG_NOT_PRESENT,
			SIM_DFP,
		};

	/**
	 * A public read-only list of all the '<em><b>Fault Code</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FaultCode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Fault Code</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FaultCode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FaultCode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fault Code</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FaultCode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FaultCode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fault Code</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FaultCode get(int value) {
		switch (value) {
			case NO_FAULT_VALUE: return NO_FAULT;
			case MALFORMED_SYSCALL_VALUE: return MALFORMED_SYSCALL;
			case SOFT_NOTICE_VALUE: return SOFT_NOTICE;
			case SLICE_EXPIRED_VALUE: return SLICE_EXPIRED;
			case INVALID_DATA_REFERENCE_VALUE: return INVALID_DATA_REFERENCE;
			case INVALID_CAP_REFERENCE_VALUE: return INVALID_CAP_REFERENCE;
			case NO_EXECUTE_VALUE: return NO_EXECUTE;
			case ACCESS_VIOLATION_VALUE: return ACCESS_VIOLATION;
			case DATA_ACCESS_TYPE_ERROR_VALUE: return DATA_ACCESS_TYPE_ERROR;
			case CAP_ACCESS_TYPE_ERROR_VALUE: return CAP_ACCESS_TYPE_ERROR;
			case MISALIGNED_REFERENCE_VALUE: return MISALIGNED_REFERENCE;
			case TRAVERSE_LIMIT_VALUE: return TRAVERSE_LIMIT;
			case MALFORMED_SPACE_VALUE: return MALFORMED_SPACE;
			case NOTIFY_VALUE: return NOTIFY;
			case STARTUP_VALUE: return STARTUP;
			case NO_ADDR_SPACE_VALUE: return NO_ADDR_SPACE;
			case NO_SCHEDULE_VALUE: return NO_SCHEDULE;
			case BREAK_POINT_VALUE: return BREAK_POINT;
			case BROKE_POINT_VALUE: return BROKE_POINT;
			case BAD_OPCODE_VALUE: return BAD_OPCODE;
			case ALIEN_VALUE: return ALIEN;
			case DIV_ZERO_VALUE: return DIV_ZERO;
			case BAD_ALIGN_VALUE: return BAD_ALIGN;
			case NO_FPU_VALUE: return NO_FPU;
			case FPFAULT_VALUE: return FPFAULT;
			case DEBUG_VALUE: return DEBUG;
			case OVERFLOW_VALUE: return OVERFLOW;
			case BOUNDS_VALUE: return BOUNDS;
			case SYS_CALL_ENTRY_VALUE: return SYS_CALL_ENTRY;
			case SYS_CALL_RETURN_VALUE: return SYS_CALL_RETURN;
			case ACTIVATION_FAIL_VALUE: return ACTIVATION_FAIL;
			case OBJECT_CONTENT_LOST_VALUE: return OBJECT_CONTENT_LOST;
			case GENERAL_PROTECTION_VALUE: return GENERAL_PROTECTION;
			case STACK_SEG_VALUE: return STACK_SEG;
			case SEG_NOT_PRESENT_VALUE: return SEG_NOT_PRESENT;
			case SIM_DFP_VALUE: return SIM_DFP;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private FaultCode(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //FaultCode
