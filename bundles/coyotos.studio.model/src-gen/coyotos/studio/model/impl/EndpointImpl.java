/**
 * Coyotos Studio
 */
package coyotos.studio.model.impl;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.Endpoint;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.impl.EndpointImpl#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.EndpointImpl#isPm <em>Pm</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.EndpointImpl#getEndpointId <em>Endpoint Id</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.EndpointImpl#getProtectedPayload <em>Protected Payload</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EndpointImpl extends KernelObjectImpl implements Endpoint {
	/**
	 * The cached value of the '{@link #getRecipient() <em>Recipient</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipient()
	 * @generated
	 * @ordered
	 */
	protected coyotos.studio.model.Process recipient;

	/**
	 * The default value of the '{@link #isPm() <em>Pm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPm()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPm() <em>Pm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPm()
	 * @generated
	 * @ordered
	 */
	protected boolean pm = PM_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndpointId() <em>Endpoint Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointId()
	 * @generated
	 * @ordered
	 */
	protected static final long ENDPOINT_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEndpointId() <em>Endpoint Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointId()
	 * @generated
	 * @ordered
	 */
	protected long endpointId = ENDPOINT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getProtectedPayload() <em>Protected Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtectedPayload()
	 * @generated
	 * @ordered
	 */
	protected static final long PROTECTED_PAYLOAD_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getProtectedPayload() <em>Protected Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtectedPayload()
	 * @generated
	 * @ordered
	 */
	protected long protectedPayload = PROTECTED_PAYLOAD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoyotosPackage.Literals.ENDPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public coyotos.studio.model.Process getRecipient() {
		if (recipient != null && recipient.eIsProxy()) {
			InternalEObject oldRecipient = (InternalEObject)recipient;
			recipient = (coyotos.studio.model.Process)eResolveProxy(oldRecipient);
			if (recipient != oldRecipient) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoyotosPackage.ENDPOINT__RECIPIENT, oldRecipient, recipient));
			}
		}
		return recipient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public coyotos.studio.model.Process basicGetRecipient() {
		return recipient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipient(coyotos.studio.model.Process newRecipient) {
		coyotos.studio.model.Process oldRecipient = recipient;
		recipient = newRecipient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.ENDPOINT__RECIPIENT, oldRecipient, recipient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPm() {
		return pm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPm(boolean newPm) {
		boolean oldPm = pm;
		pm = newPm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.ENDPOINT__PM, oldPm, pm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEndpointId() {
		return endpointId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndpointId(long newEndpointId) {
		long oldEndpointId = endpointId;
		endpointId = newEndpointId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.ENDPOINT__ENDPOINT_ID, oldEndpointId, endpointId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getProtectedPayload() {
		return protectedPayload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtectedPayload(long newProtectedPayload) {
		long oldProtectedPayload = protectedPayload;
		protectedPayload = newProtectedPayload;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.ENDPOINT__PROTECTED_PAYLOAD, oldProtectedPayload, protectedPayload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoyotosPackage.ENDPOINT__RECIPIENT:
				if (resolve) return getRecipient();
				return basicGetRecipient();
			case CoyotosPackage.ENDPOINT__PM:
				return isPm();
			case CoyotosPackage.ENDPOINT__ENDPOINT_ID:
				return getEndpointId();
			case CoyotosPackage.ENDPOINT__PROTECTED_PAYLOAD:
				return getProtectedPayload();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoyotosPackage.ENDPOINT__RECIPIENT:
				setRecipient((coyotos.studio.model.Process)newValue);
				return;
			case CoyotosPackage.ENDPOINT__PM:
				setPm((Boolean)newValue);
				return;
			case CoyotosPackage.ENDPOINT__ENDPOINT_ID:
				setEndpointId((Long)newValue);
				return;
			case CoyotosPackage.ENDPOINT__PROTECTED_PAYLOAD:
				setProtectedPayload((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CoyotosPackage.ENDPOINT__RECIPIENT:
				setRecipient((coyotos.studio.model.Process)null);
				return;
			case CoyotosPackage.ENDPOINT__PM:
				setPm(PM_EDEFAULT);
				return;
			case CoyotosPackage.ENDPOINT__ENDPOINT_ID:
				setEndpointId(ENDPOINT_ID_EDEFAULT);
				return;
			case CoyotosPackage.ENDPOINT__PROTECTED_PAYLOAD:
				setProtectedPayload(PROTECTED_PAYLOAD_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CoyotosPackage.ENDPOINT__RECIPIENT:
				return recipient != null;
			case CoyotosPackage.ENDPOINT__PM:
				return pm != PM_EDEFAULT;
			case CoyotosPackage.ENDPOINT__ENDPOINT_ID:
				return endpointId != ENDPOINT_ID_EDEFAULT;
			case CoyotosPackage.ENDPOINT__PROTECTED_PAYLOAD:
				return protectedPayload != PROTECTED_PAYLOAD_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (pm: ");
		result.append(pm);
		result.append(", endpointId: ");
		result.append(endpointId);
		result.append(", protectedPayload: ");
		result.append(protectedPayload);
		result.append(')');
		return result.toString();
	}

} //EndpointImpl
