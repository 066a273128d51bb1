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
 * A representation of the literals of the enumeration '<em><b>Misc Capability Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kernel's miscellaneous capabilities (spec 2, capability types 3-16), by their mkimage names.
 * <!-- end-model-doc -->
 * @see coyotos.studio.model.CoyotosPackage#getMiscCapabilityKind()
 * @model
 * @generated
 */
public enum MiscCapabilityKind implements Enumerator {
	/**
	 * The '<em><b>Key Bits</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_BITS_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_BITS(3, "KeyBits", "KeyBits"),

	/**
	 * The '<em><b>Discrim</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCRIM_VALUE
	 * @generated
	 * @ordered
	 */
	DISCRIM(4, "Discrim", "Discrim"),

	/**
	 * The '<em><b>Range</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANGE_VALUE
	 * @generated
	 * @ordered
	 */
	RANGE(5, "Range", "Range"),

	/**
	 * The '<em><b>Sleep</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLEEP_VALUE
	 * @generated
	 * @ordered
	 */
	SLEEP(6, "Sleep", "Sleep"),

	/**
	 * The '<em><b>Irq Ctl</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IRQ_CTL_VALUE
	 * @generated
	 * @ordered
	 */
	IRQ_CTL(7, "IrqCtl", "IrqCtl"),

	/**
	 * The '<em><b>Sched Ctl</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHED_CTL_VALUE
	 * @generated
	 * @ordered
	 */
	SCHED_CTL(8, "SchedCtl", "SchedCtl"),

	/**
	 * The '<em><b>Checkpoint</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHECKPOINT_VALUE
	 * @generated
	 * @ordered
	 */
	CHECKPOINT(9, "Checkpoint", "Checkpoint"),

	/**
	 * The '<em><b>Ob Store</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OB_STORE_VALUE
	 * @generated
	 * @ordered
	 */
	OB_STORE(10, "ObStore", "ObStore"),

	/**
	 * The '<em><b>Pin Ctl</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIN_CTL_VALUE
	 * @generated
	 * @ordered
	 */
	PIN_CTL(11, "PinCtl", "PinCtl"),

	/**
	 * The '<em><b>Sys Ctl</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYS_CTL_VALUE
	 * @generated
	 * @ordered
	 */
	SYS_CTL(13, "SysCtl", "SysCtl"),

	/**
	 * The '<em><b>Kern Log</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KERN_LOG_VALUE
	 * @generated
	 * @ordered
	 */
	KERN_LOG(14, "KernLog", "KernLog"),

	/**
	 * The '<em><b>Io Perm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IO_PERM_VALUE
	 * @generated
	 * @ordered
	 */
	IO_PERM(15, "IoPerm", "IoPerm"),

	/**
	 * The '<em><b>Irq Wait</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IRQ_WAIT_VALUE
	 * @generated
	 * @ordered
	 */
	IRQ_WAIT(16, "IrqWait", "IrqWait");

	/**
	 * The '<em><b>Key Bits</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_BITS
	 * @model name="KeyBits"
	 * @generated
	 * @ordered
	 */
	public static final int KEY_BITS_VALUE = 3;

	/**
	 * The '<em><b>Discrim</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCRIM
	 * @model name="Discrim"
	 * @generated
	 * @ordered
	 */
	public static final int DISCRIM_VALUE = 4;

	/**
	 * The '<em><b>Range</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANGE
	 * @model name="Range"
	 * @generated
	 * @ordered
	 */
	public static final int RANGE_VALUE = 5;

	/**
	 * The '<em><b>Sleep</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLEEP
	 * @model name="Sleep"
	 * @generated
	 * @ordered
	 */
	public static final int SLEEP_VALUE = 6;

	/**
	 * The '<em><b>Irq Ctl</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IRQ_CTL
	 * @model name="IrqCtl"
	 * @generated
	 * @ordered
	 */
	public static final int IRQ_CTL_VALUE = 7;

	/**
	 * The '<em><b>Sched Ctl</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHED_CTL
	 * @model name="SchedCtl"
	 * @generated
	 * @ordered
	 */
	public static final int SCHED_CTL_VALUE = 8;

	/**
	 * The '<em><b>Checkpoint</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHECKPOINT
	 * @model name="Checkpoint"
	 * @generated
	 * @ordered
	 */
	public static final int CHECKPOINT_VALUE = 9;

	/**
	 * The '<em><b>Ob Store</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OB_STORE
	 * @model name="ObStore"
	 * @generated
	 * @ordered
	 */
	public static final int OB_STORE_VALUE = 10;

	/**
	 * The '<em><b>Pin Ctl</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIN_CTL
	 * @model name="PinCtl"
	 * @generated
	 * @ordered
	 */
	public static final int PIN_CTL_VALUE = 11;

	/**
	 * The '<em><b>Sys Ctl</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYS_CTL
	 * @model name="SysCtl"
	 * @generated
	 * @ordered
	 */
	public static final int SYS_CTL_VALUE = 13;

	/**
	 * The '<em><b>Kern Log</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KERN_LOG
	 * @model name="KernLog"
	 * @generated
	 * @ordered
	 */
	public static final int KERN_LOG_VALUE = 14;

	/**
	 * The '<em><b>Io Perm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IO_PERM
	 * @model name="IoPerm"
	 * @generated
	 * @ordered
	 */
	public static final int IO_PERM_VALUE = 15;

	/**
	 * The '<em><b>Irq Wait</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IRQ_WAIT
	 * @model name="IrqWait"
	 * @generated
	 * @ordered
	 */
	public static final int IRQ_WAIT_VALUE = 16;

	/**
	 * An array of all the '<em><b>Misc Capability Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MiscCapabilityKind[] VALUES_ARRAY =
		new MiscCapabilityKind[] {
			KEY_BITS,
			DISCRIM,
			RANGE,
			SLEEP,
			IRQ_CTL,
			SCHED_CTL,
			CHECKPOINT,
			OB_STORE,
			PIN_CTL,
			SYS_CTL,
			KERN_LOG,
			IO_PERM,
			IRQ_WAIT,
		};

	/**
	 * A public read-only list of all the '<em><b>Misc Capability Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MiscCapabilityKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Misc Capability Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MiscCapabilityKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MiscCapabilityKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Misc Capability Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MiscCapabilityKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MiscCapabilityKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Misc Capability Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MiscCapabilityKind get(int value) {
		switch (value) {
			case KEY_BITS_VALUE: return KEY_BITS;
			case DISCRIM_VALUE: return DISCRIM;
			case RANGE_VALUE: return RANGE;
			case SLEEP_VALUE: return SLEEP;
			case IRQ_CTL_VALUE: return IRQ_CTL;
			case SCHED_CTL_VALUE: return SCHED_CTL;
			case CHECKPOINT_VALUE: return CHECKPOINT;
			case OB_STORE_VALUE: return OB_STORE;
			case PIN_CTL_VALUE: return PIN_CTL;
			case SYS_CTL_VALUE: return SYS_CTL;
			case KERN_LOG_VALUE: return KERN_LOG;
			case IO_PERM_VALUE: return IO_PERM;
			case IRQ_WAIT_VALUE: return IRQ_WAIT;
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
	private MiscCapabilityKind(int value, String name, String literal) {
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
	
} //MiscCapabilityKind
