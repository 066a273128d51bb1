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
 * A representation of the literals of the enumeration '<em><b>Activation Design</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The two activation designs the evidence gives; both are what-ifs.
 * <!-- end-model-doc -->
 * @see coyotos.studio.model.CoyotosPackage#getActivationDesign()
 * @model
 * @generated
 */
public enum ActivationDesign implements Enumerator {
	/**
	 * The '<em><b>DRAFT 05</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAFT_05_VALUE
	 * @generated
	 * @ordered
	 */
	DRAFT_05(0, "DRAFT_0_5", "draft-0.5"),

	/**
	 * The '<em><b>SEED 2007</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEED_2007_VALUE
	 * @generated
	 * @ordered
	 */
	SEED_2007(1, "SEED_2007", "seed-2007");

	/**
	 * The '<em><b>DRAFT 05</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAFT_05
	 * @model name="DRAFT_0_5" literal="draft-0.5"
	 * @generated
	 * @ordered
	 */
	public static final int DRAFT_05_VALUE = 0;

	/**
	 * The '<em><b>SEED 2007</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEED_2007
	 * @model literal="seed-2007"
	 * @generated
	 * @ordered
	 */
	public static final int SEED_2007_VALUE = 1;

	/**
	 * An array of all the '<em><b>Activation Design</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActivationDesign[] VALUES_ARRAY =
		new ActivationDesign[] {
			DRAFT_05,
			SEED_2007,
		};

	/**
	 * A public read-only list of all the '<em><b>Activation Design</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActivationDesign> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Activation Design</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivationDesign get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActivationDesign result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activation Design</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivationDesign getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActivationDesign result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activation Design</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivationDesign get(int value) {
		switch (value) {
			case DRAFT_05_VALUE: return DRAFT_05;
			case SEED_2007_VALUE: return SEED_2007;
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
	private ActivationDesign(int value, String name, String literal) {
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
	
} //ActivationDesign
