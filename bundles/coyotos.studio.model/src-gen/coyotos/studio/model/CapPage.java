/**
 * Coyotos Studio
 */
package coyotos.studio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cap Page</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A page of 16-byte capabilities.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.CapPage#getSlots <em>Slots</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getCapPage()
 * @model
 * @generated
 */
public interface CapPage extends MemoryObject {
	/**
	 * Returns the value of the '<em><b>Slots</b></em>' containment reference list.
	 * The list contents are of type {@link coyotos.studio.model.Slot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slots</em>' containment reference list.
	 * @see coyotos.studio.model.CoyotosPackage#getCapPage_Slots()
	 * @model containment="true" upper="256"
	 * @generated
	 */
	EList<Slot> getSlots();

} // CapPage
