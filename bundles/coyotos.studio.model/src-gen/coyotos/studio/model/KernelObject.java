/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kernel Object</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.KernelObject#getBank <em>Bank</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getKernelObject()
 * @model abstract="true"
 * @generated
 */
public interface KernelObject extends NamedElement {

	/**
	 * Returns the value of the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The space bank the object was allocated from (mkimage: new X(bank)); empty: the prime bank.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bank</em>' reference.
	 * @see #setBank(SpaceBank)
	 * @see coyotos.studio.model.CoyotosPackage#getKernelObject_Bank()
	 * @model
	 * @generated
	 */
	SpaceBank getBank();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.KernelObject#getBank <em>Bank</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bank</em>' reference.
	 * @see #getBank()
	 * @generated
	 */
	void setBank(SpaceBank value);
} // KernelObject
