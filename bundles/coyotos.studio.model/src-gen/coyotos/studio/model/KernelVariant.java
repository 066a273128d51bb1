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
 * A representation of the literals of the enumeration '<em><b>Kernel Variant</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see coyotos.studio.model.CoyotosPackage#getKernelVariant()
 * @model
 * @generated
 */
public enum KernelVariant implements Enumerator {
	/**
	 * The '<em><b>COYOTOS 2007</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COYOTOS_2007_VALUE
	 * @generated
	 * @ordered
	 */
	COYOTOS_2007(0, "COYOTOS_2007", "coyotos-2007"),

	/**
	 * The '<em><b>EROS DESIGN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EROS_DESIGN_VALUE
	 * @generated
	 * @ordered
	 */
	EROS_DESIGN(1, "EROS_DESIGN", "eros-design");

	/**
	 * The '<em><b>COYOTOS 2007</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COYOTOS_2007
	 * @model literal="coyotos-2007"
	 * @generated
	 * @ordered
	 */
	public static final int COYOTOS_2007_VALUE = 0;

	/**
	 * The '<em><b>EROS DESIGN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EROS_DESIGN
	 * @model literal="eros-design"
	 * @generated
	 * @ordered
	 */
	public static final int EROS_DESIGN_VALUE = 1;

	/**
	 * An array of all the '<em><b>Kernel Variant</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final KernelVariant[] VALUES_ARRAY =
		new KernelVariant[] {
			COYOTOS_2007,
			EROS_DESIGN,
		};

	/**
	 * A public read-only list of all the '<em><b>Kernel Variant</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<KernelVariant> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kernel Variant</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KernelVariant get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KernelVariant result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kernel Variant</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KernelVariant getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KernelVariant result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kernel Variant</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KernelVariant get(int value) {
		switch (value) {
			case COYOTOS_2007_VALUE: return COYOTOS_2007;
			case EROS_DESIGN_VALUE: return EROS_DESIGN;
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
	private KernelVariant(int value, String name, String literal) {
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
	
} //KernelVariant
