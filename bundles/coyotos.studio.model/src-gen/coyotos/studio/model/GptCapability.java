/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gpt Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.GptCapability#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getGptCapability()
 * @model
 * @generated
 */
public interface GptCapability extends MemoryCapability {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Gpt)
	 * @see coyotos.studio.model.CoyotosPackage#getGptCapability_Target()
	 * @model
	 * @generated
	 */
	Gpt getTarget();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.GptCapability#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Gpt value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	MemoryObject getTargetObject();

} // GptCapability
