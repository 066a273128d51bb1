/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>App Notice Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Posts application-defined software notices to an endpoint's recipient without blocking (spec 2 AppNotice; mkimage AppInt).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.AppNoticeCapability#getTarget <em>Target</em>}</li>
 *   <li>{@link coyotos.studio.model.AppNoticeCapability#getMask <em>Mask</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getAppNoticeCapability()
 * @model
 * @generated
 */
public interface AppNoticeCapability extends Capability {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Endpoint)
	 * @see coyotos.studio.model.CoyotosPackage#getAppNoticeCapability_Target()
	 * @model
	 * @generated
	 */
	Endpoint getTarget();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.AppNoticeCapability#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Endpoint value);

	/**
	 * Returns the value of the '<em><b>Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mask</em>' attribute.
	 * @see #setMask(long)
	 * @see coyotos.studio.model.CoyotosPackage#getAppNoticeCapability_Mask()
	 * @model
	 * @generated
	 */
	long getMask();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.AppNoticeCapability#getMask <em>Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mask</em>' attribute.
	 * @see #getMask()
	 * @generated
	 */
	void setMask(long value);

} // AppNoticeCapability
