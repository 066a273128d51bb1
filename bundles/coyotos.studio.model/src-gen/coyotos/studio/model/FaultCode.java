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
	 * The '<em><b>Activation Fail</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVATION_FAIL_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIVATION_FAIL(48, "ActivationFail", "ActivationFail"),

	/**
	 * The '<em><b>General Protection</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERAL_PROTECTION_VALUE
	 * @generated
	 * @ordered
	 */
	GENERAL_PROTECTION(128, "GeneralProtection", "GeneralProtection");

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
	 * An array of all the '<em><b>Fault Code</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FaultCode[] VALUES_ARRAY =
		new FaultCode[] {
			NO_FAULT,
			MALFORMED_SYSCALL,
			INVALID_DATA_REFERENCE,
			INVALID_CAP_REFERENCE,
			NO_EXECUTE,
			ACCESS_VIOLATION,
			DATA_ACCESS_TYPE_ERROR,
			CAP_ACCESS_TYPE_ERROR,
			MISALIGNED_REFERENCE,
			TRAVERSE_LIMIT,
			MALFORMED_SPACE,
			STARTUP,
			NO_ADDR_SPACE,
			NO_SCHEDULE,
			ACTIVATION_FAIL,
			GENERAL_PROTECTION,
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
			case INVALID_DATA_REFERENCE_VALUE: return INVALID_DATA_REFERENCE;
			case INVALID_CAP_REFERENCE_VALUE: return INVALID_CAP_REFERENCE;
			case NO_EXECUTE_VALUE: return NO_EXECUTE;
			case ACCESS_VIOLATION_VALUE: return ACCESS_VIOLATION;
			case DATA_ACCESS_TYPE_ERROR_VALUE: return DATA_ACCESS_TYPE_ERROR;
			case CAP_ACCESS_TYPE_ERROR_VALUE: return CAP_ACCESS_TYPE_ERROR;
			case MISALIGNED_REFERENCE_VALUE: return MISALIGNED_REFERENCE;
			case TRAVERSE_LIMIT_VALUE: return TRAVERSE_LIMIT;
			case MALFORMED_SPACE_VALUE: return MALFORMED_SPACE;
			case STARTUP_VALUE: return STARTUP;
			case NO_ADDR_SPACE_VALUE: return NO_ADDR_SPACE;
			case NO_SCHEDULE_VALUE: return NO_SCHEDULE;
			case ACTIVATION_FAIL_VALUE: return ACTIVATION_FAIL;
			case GENERAL_PROTECTION_VALUE: return GENERAL_PROTECTION;
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
