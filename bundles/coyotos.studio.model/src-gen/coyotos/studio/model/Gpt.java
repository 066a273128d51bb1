/**
 * Coyotos Studio
 */
package coyotos.studio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gpt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Guarded page table (spec 4.3): 16 capability slots, l2v, ha (slot 15 = memory handler), bg (slot 14 = background space).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.Gpt#getL2v <em>L2v</em>}</li>
 *   <li>{@link coyotos.studio.model.Gpt#isHa <em>Ha</em>}</li>
 *   <li>{@link coyotos.studio.model.Gpt#isBg <em>Bg</em>}</li>
 *   <li>{@link coyotos.studio.model.Gpt#getSlots <em>Slots</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getGpt()
 * @model
 * @generated
 */
public interface Gpt extends MemoryObject {
	/**
	 * Returns the value of the '<em><b>L2v</b></em>' attribute.
	 * The default value is <code>"12"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>L2v</em>' attribute.
	 * @see #setL2v(int)
	 * @see coyotos.studio.model.CoyotosPackage#getGpt_L2v()
	 * @model default="12"
	 * @generated
	 */
	int getL2v();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Gpt#getL2v <em>L2v</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>L2v</em>' attribute.
	 * @see #getL2v()
	 * @generated
	 */
	void setL2v(int value);

	/**
	 * Returns the value of the '<em><b>Ha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ha</em>' attribute.
	 * @see #setHa(boolean)
	 * @see coyotos.studio.model.CoyotosPackage#getGpt_Ha()
	 * @model
	 * @generated
	 */
	boolean isHa();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Gpt#isHa <em>Ha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ha</em>' attribute.
	 * @see #isHa()
	 * @generated
	 */
	void setHa(boolean value);

	/**
	 * Returns the value of the '<em><b>Bg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bg</em>' attribute.
	 * @see #setBg(boolean)
	 * @see coyotos.studio.model.CoyotosPackage#getGpt_Bg()
	 * @model
	 * @generated
	 */
	boolean isBg();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Gpt#isBg <em>Bg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bg</em>' attribute.
	 * @see #isBg()
	 * @generated
	 */
	void setBg(boolean value);

	/**
	 * Returns the value of the '<em><b>Slots</b></em>' containment reference list.
	 * The list contents are of type {@link coyotos.studio.model.Slot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slots</em>' containment reference list.
	 * @see coyotos.studio.model.CoyotosPackage#getGpt_Slots()
	 * @model containment="true" upper="16"
	 * @generated
	 */
	EList<Slot> getSlots();

} // Gpt
