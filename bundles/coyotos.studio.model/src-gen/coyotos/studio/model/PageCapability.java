/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Page Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.PageCapability#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getPageCapability()
 * @model
 * @generated
 */
public interface PageCapability extends MemoryCapability {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Page)
	 * @see coyotos.studio.model.CoyotosPackage#getPageCapability_Target()
	 * @model
	 * @generated
	 */
	Page getTarget();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.PageCapability#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Page value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	MemoryObject getTargetObject();

} // PageCapability
