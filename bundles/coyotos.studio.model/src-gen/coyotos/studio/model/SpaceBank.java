/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Space Bank</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.SpaceBank#getPageLimit <em>Page Limit</em>}</li>
 *   <li>{@link coyotos.studio.model.SpaceBank#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getSpaceBank()
 * @model
 * @generated
 */
public interface SpaceBank extends KernelObject {
	/**
	 * Returns the value of the '<em><b>Page Limit</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page Limit</em>' attribute.
	 * @see #setPageLimit(long)
	 * @see coyotos.studio.model.CoyotosPackage#getSpaceBank_PageLimit()
	 * @model default="-1"
	 * @generated
	 */
	long getPageLimit();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.SpaceBank#getPageLimit <em>Page Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Limit</em>' attribute.
	 * @see #getPageLimit()
	 * @generated
	 */
	void setPageLimit(long value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bank this bank was made from (mkimage: new Bank(parent)); empty: made from the prime bank, or this is the prime bank.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(SpaceBank)
	 * @see coyotos.studio.model.CoyotosPackage#getSpaceBank_Parent()
	 * @model
	 * @generated
	 */
	SpaceBank getParent();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.SpaceBank#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(SpaceBank value);

} // SpaceBank
