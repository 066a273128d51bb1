/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Misc Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A miscellaneous kernel capability (spec 2): it designates a kernel service, not an object.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.MiscCapability#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getMiscCapability()
 * @model
 * @generated
 */
public interface MiscCapability extends Capability {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"KernLog"</code>.
	 * The literals are from the enumeration {@link coyotos.studio.model.MiscCapabilityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see coyotos.studio.model.MiscCapabilityKind
	 * @see #setKind(MiscCapabilityKind)
	 * @see coyotos.studio.model.CoyotosPackage#getMiscCapability_Kind()
	 * @model default="KernLog"
	 * @generated
	 */
	MiscCapabilityKind getKind();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.MiscCapability#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see coyotos.studio.model.MiscCapabilityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MiscCapabilityKind value);

} // MiscCapability
