/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Map Fresh Page</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Allocate a page from the bank and store its capability into slot of gpt (slot -1: the slot the faulting address selects), then resume the faulting process.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.MapFreshPage#getBank <em>Bank</em>}</li>
 *   <li>{@link coyotos.studio.model.MapFreshPage#getGpt <em>Gpt</em>}</li>
 *   <li>{@link coyotos.studio.model.MapFreshPage#getSlot <em>Slot</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getMapFreshPage()
 * @model
 * @generated
 */
public interface MapFreshPage extends HandlerAction {
	/**
	 * Returns the value of the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bank</em>' reference.
	 * @see #setBank(SpaceBank)
	 * @see coyotos.studio.model.CoyotosPackage#getMapFreshPage_Bank()
	 * @model
	 * @generated
	 */
	SpaceBank getBank();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.MapFreshPage#getBank <em>Bank</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bank</em>' reference.
	 * @see #getBank()
	 * @generated
	 */
	void setBank(SpaceBank value);

	/**
	 * Returns the value of the '<em><b>Gpt</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gpt</em>' reference.
	 * @see #setGpt(Gpt)
	 * @see coyotos.studio.model.CoyotosPackage#getMapFreshPage_Gpt()
	 * @model
	 * @generated
	 */
	Gpt getGpt();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.MapFreshPage#getGpt <em>Gpt</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gpt</em>' reference.
	 * @see #getGpt()
	 * @generated
	 */
	void setGpt(Gpt value);

	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(int)
	 * @see coyotos.studio.model.CoyotosPackage#getMapFreshPage_Slot()
	 * @model default="-1"
	 * @generated
	 */
	int getSlot();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.MapFreshPage#getSlot <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot</em>' attribute.
	 * @see #getSlot()
	 * @generated
	 */
	void setSlot(int value);

} // MapFreshPage
