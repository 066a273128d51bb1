/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Touch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.Touch#getStart <em>Start</em>}</li>
 *   <li>{@link coyotos.studio.model.Touch#getLength <em>Length</em>}</li>
 *   <li>{@link coyotos.studio.model.Touch#getStride <em>Stride</em>}</li>
 *   <li>{@link coyotos.studio.model.Touch#getAccess <em>Access</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getTouch()
 * @model
 * @generated
 */
public interface Touch extends Step {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(long)
	 * @see coyotos.studio.model.CoyotosPackage#getTouch_Start()
	 * @model
	 * @generated
	 */
	long getStart();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Touch#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(long value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * The default value is <code>"4096"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(long)
	 * @see coyotos.studio.model.CoyotosPackage#getTouch_Length()
	 * @model default="4096"
	 * @generated
	 */
	long getLength();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Touch#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(long value);

	/**
	 * Returns the value of the '<em><b>Stride</b></em>' attribute.
	 * The default value is <code>"4096"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stride</em>' attribute.
	 * @see #setStride(long)
	 * @see coyotos.studio.model.CoyotosPackage#getTouch_Stride()
	 * @model default="4096"
	 * @generated
	 */
	long getStride();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Touch#getStride <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stride</em>' attribute.
	 * @see #getStride()
	 * @generated
	 */
	void setStride(long value);

	/**
	 * Returns the value of the '<em><b>Access</b></em>' attribute.
	 * The literals are from the enumeration {@link coyotos.studio.model.AccessKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Access</em>' attribute.
	 * @see coyotos.studio.model.AccessKind
	 * @see #setAccess(AccessKind)
	 * @see coyotos.studio.model.CoyotosPackage#getTouch_Access()
	 * @model
	 * @generated
	 */
	AccessKind getAccess();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Touch#getAccess <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access</em>' attribute.
	 * @see coyotos.studio.model.AccessKind
	 * @see #getAccess()
	 * @generated
	 */
	void setAccess(AccessKind value);

} // Touch
