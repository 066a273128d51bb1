/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Page</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A data page (4 KiB on IA-32).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.Page#getContents <em>Contents</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getPage()
 * @model
 * @generated
 */
public interface Page extends MemoryObject {

	/**
	 * Returns the value of the '<em><b>Contents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bytes a program sees in this page, from offset 0; bytes past the end (all of them when empty) are zero.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contents</em>' attribute.
	 * @see #setContents(byte[])
	 * @see coyotos.studio.model.CoyotosPackage#getPage_Contents()
	 * @model
	 * @generated
	 */
	byte[] getContents();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Page#getContents <em>Contents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contents</em>' attribute.
	 * @see #getContents()
	 * @generated
	 */
	void setContents(byte[] value);
} // Page
