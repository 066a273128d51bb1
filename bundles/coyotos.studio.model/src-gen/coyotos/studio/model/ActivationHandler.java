/**
 * Coyotos Studio
 */
package coyotos.studio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activation Handler</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * In-process activation handler (earlier spec drafts): runs in the faulting process's address space on its own stack. Faults it cannot take (its own stack or code) escalate to the process handler.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.ActivationHandler#getEntryPC <em>Entry PC</em>}</li>
 *   <li>{@link coyotos.studio.model.ActivationHandler#getStack <em>Stack</em>}</li>
 *   <li>{@link coyotos.studio.model.ActivationHandler#getCode <em>Code</em>}</li>
 *   <li>{@link coyotos.studio.model.ActivationHandler#getHandles <em>Handles</em>}</li>
 *   <li>{@link coyotos.studio.model.ActivationHandler#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getActivationHandler()
 * @model
 * @generated
 */
public interface ActivationHandler extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Entry PC</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entry PC</em>' attribute.
	 * @see #setEntryPC(long)
	 * @see coyotos.studio.model.CoyotosPackage#getActivationHandler_EntryPC()
	 * @model
	 * @generated
	 */
	long getEntryPC();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.ActivationHandler#getEntryPC <em>Entry PC</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entry PC</em>' attribute.
	 * @see #getEntryPC()
	 * @generated
	 */
	void setEntryPC(long value);

	/**
	 * Returns the value of the '<em><b>Stack</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stack</em>' containment reference.
	 * @see #setStack(Region)
	 * @see coyotos.studio.model.CoyotosPackage#getActivationHandler_Stack()
	 * @model containment="true"
	 * @generated
	 */
	Region getStack();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.ActivationHandler#getStack <em>Stack</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stack</em>' containment reference.
	 * @see #getStack()
	 * @generated
	 */
	void setStack(Region value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' containment reference.
	 * @see #setCode(Region)
	 * @see coyotos.studio.model.CoyotosPackage#getActivationHandler_Code()
	 * @model containment="true"
	 * @generated
	 */
	Region getCode();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.ActivationHandler#getCode <em>Code</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' containment reference.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(Region value);

	/**
	 * Returns the value of the '<em><b>Handles</b></em>' containment reference list.
	 * The list contents are of type {@link coyotos.studio.model.Region}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handles</em>' containment reference list.
	 * @see coyotos.studio.model.CoyotosPackage#getActivationHandler_Handles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Region> getHandles();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link coyotos.studio.model.HandlerAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see coyotos.studio.model.CoyotosPackage#getActivationHandler_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<HandlerAction> getActions();

} // ActivationHandler
