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
 * A what-if from the spec draft before 0.6, not a Coyotos 0.6 mechanism (spec 0.6 preface: activations were tried and removed; the 2007 kernel has no implementation). An in-process handler: while the process is not activated every fault goes to it first; it runs in the faulting process's address space on its own stack (its save area at the top of that stack); faults it takes while activated, and faults it cannot repair, go to the process handler. design says how it returns.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.ActivationHandler#getDesign <em>Design</em>}</li>
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
	 * Returns the value of the '<em><b>Design</b></em>' attribute.
	 * The default value is <code>"draft-0.5"</code>.
	 * The literals are from the enumeration {@link coyotos.studio.model.ActivationDesign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * draft-0.5: return in user mode through a kernel-supplied stub, no kernel entry (draft IA-32 annex, Activation Return). seed-2007: returning restores the capability registers with one kernel entry (the seed thread's claim).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Design</em>' attribute.
	 * @see coyotos.studio.model.ActivationDesign
	 * @see #setDesign(ActivationDesign)
	 * @see coyotos.studio.model.CoyotosPackage#getActivationHandler_Design()
	 * @model default="draft-0.5"
	 * @generated
	 */
	ActivationDesign getDesign();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.ActivationHandler#getDesign <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Design</em>' attribute.
	 * @see coyotos.studio.model.ActivationDesign
	 * @see #getDesign()
	 * @generated
	 */
	void setDesign(ActivationDesign value);

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
