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
 * A representation of the literals of the enumeration '<em><b>Register Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Conventional capability register roles of the Coyotos runtime (RunTime.mki).
 * <!-- end-model-doc -->
 * @see coyotos.studio.model.CoyotosPackage#getRegisterRole()
 * @model
 * @generated
 */
public enum RegisterRole implements Enumerator {
	/**
	 * The '<em><b>NULL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NULL_VALUE
	 * @generated
	 * @ordered
	 */
	NULL(0, "NULL", "NULL"),

	/**
	 * The '<em><b>REPLY ENDPOINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLY_ENDPOINT_VALUE
	 * @generated
	 * @ordered
	 */
	REPLY_ENDPOINT(1, "REPLY_ENDPOINT", "REPLY_ENDPOINT"),

	/**
	 * The '<em><b>SELF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_VALUE
	 * @generated
	 * @ordered
	 */
	SELF(2, "SELF", "SELF"),

	/**
	 * The '<em><b>SPACE BANK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPACE_BANK_VALUE
	 * @generated
	 * @ordered
	 */
	SPACE_BANK(3, "SPACE_BANK", "SPACE_BANK"),

	/**
	 * The '<em><b>TOOLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOOLS_VALUE
	 * @generated
	 * @ordered
	 */
	TOOLS(4, "TOOLS", "TOOLS"),

	/**
	 * The '<em><b>INITIAL ENDPOINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INITIAL_ENDPOINT_VALUE
	 * @generated
	 * @ordered
	 */
	INITIAL_ENDPOINT(5, "INITIAL_ENDPOINT", "INITIAL_ENDPOINT"),

	/**
	 * The '<em><b>RUNTIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNTIME_VALUE
	 * @generated
	 * @ordered
	 */
	RUNTIME(6, "RUNTIME", "RUNTIME"),

	/**
	 * The '<em><b>ADDRESS SPACE HANDLER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADDRESS_SPACE_HANDLER_VALUE
	 * @generated
	 * @ordered
	 */
	ADDRESS_SPACE_HANDLER(7, "ADDRESS_SPACE_HANDLER", "ADDRESS_SPACE_HANDLER"),

	/**
	 * The '<em><b>APPLICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLICATION_VALUE
	 * @generated
	 * @ordered
	 */
	APPLICATION(8, "APPLICATION", "APPLICATION"),

	/**
	 * The '<em><b>REPLY CAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLY_CAP_VALUE
	 * @generated
	 * @ordered
	 */
	REPLY_CAP(24, "REPLY_CAP", "REPLY_CAP"),

	/**
	 * The '<em><b>RETURN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETURN_VALUE
	 * @generated
	 * @ordered
	 */
	RETURN(28, "RETURN", "RETURN"),

	/**
	 * The '<em><b>ARGUMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARGUMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ARGUMENT(29, "ARGUMENT", "ARGUMENT");

	/**
	 * The '<em><b>NULL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NULL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NULL_VALUE = 0;

	/**
	 * The '<em><b>REPLY ENDPOINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLY_ENDPOINT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPLY_ENDPOINT_VALUE = 1;

	/**
	 * The '<em><b>SELF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELF_VALUE = 2;

	/**
	 * The '<em><b>SPACE BANK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPACE_BANK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPACE_BANK_VALUE = 3;

	/**
	 * The '<em><b>TOOLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOOLS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOOLS_VALUE = 4;

	/**
	 * The '<em><b>INITIAL ENDPOINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INITIAL_ENDPOINT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INITIAL_ENDPOINT_VALUE = 5;

	/**
	 * The '<em><b>RUNTIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNTIME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUNTIME_VALUE = 6;

	/**
	 * The '<em><b>ADDRESS SPACE HANDLER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADDRESS_SPACE_HANDLER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADDRESS_SPACE_HANDLER_VALUE = 7;

	/**
	 * The '<em><b>APPLICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int APPLICATION_VALUE = 8;

	/**
	 * The '<em><b>REPLY CAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLY_CAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPLY_CAP_VALUE = 24;

	/**
	 * The '<em><b>RETURN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETURN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RETURN_VALUE = 28;

	/**
	 * The '<em><b>ARGUMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARGUMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARGUMENT_VALUE = 29;

	/**
	 * An array of all the '<em><b>Register Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RegisterRole[] VALUES_ARRAY =
		new RegisterRole[] {
			NULL,
			REPLY_ENDPOINT,
			SELF,
			SPACE_BANK,
			TOOLS,
			INITIAL_ENDPOINT,
			RUNTIME,
			ADDRESS_SPACE_HANDLER,
			APPLICATION,
			REPLY_CAP,
			RETURN,
			ARGUMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Register Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RegisterRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Register Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegisterRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RegisterRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Register Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegisterRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RegisterRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Register Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegisterRole get(int value) {
		switch (value) {
			case NULL_VALUE: return NULL;
			case REPLY_ENDPOINT_VALUE: return REPLY_ENDPOINT;
			case SELF_VALUE: return SELF;
			case SPACE_BANK_VALUE: return SPACE_BANK;
			case TOOLS_VALUE: return TOOLS;
			case INITIAL_ENDPOINT_VALUE: return INITIAL_ENDPOINT;
			case RUNTIME_VALUE: return RUNTIME;
			case ADDRESS_SPACE_HANDLER_VALUE: return ADDRESS_SPACE_HANDLER;
			case APPLICATION_VALUE: return APPLICATION;
			case REPLY_CAP_VALUE: return REPLY_CAP;
			case RETURN_VALUE: return RETURN;
			case ARGUMENT_VALUE: return ARGUMENT;
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
	private RegisterRole(int value, String name, String literal) {
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
	
} //RegisterRole
