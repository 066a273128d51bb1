/**
 * Coyotos Studio
 */
package coyotos.studio.model.impl;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.SpaceBank;
import coyotos.studio.model.SpaceBankCapability;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Space Bank Capability</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.impl.SpaceBankCapabilityImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.SpaceBankCapabilityImpl#getProtectedPayload <em>Protected Payload</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpaceBankCapabilityImpl extends CapabilityImpl implements SpaceBankCapability {
	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected SpaceBank target;

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
	protected SpaceBankCapabilityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoyotosPackage.Literals.SPACE_BANK_CAPABILITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpaceBank getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (SpaceBank)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoyotosPackage.SPACE_BANK_CAPABILITY__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpaceBank basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(SpaceBank newTarget) {
		SpaceBank oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.SPACE_BANK_CAPABILITY__TARGET, oldTarget, target));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.SPACE_BANK_CAPABILITY__PROTECTED_PAYLOAD, oldProtectedPayload, protectedPayload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoyotosPackage.SPACE_BANK_CAPABILITY__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case CoyotosPackage.SPACE_BANK_CAPABILITY__PROTECTED_PAYLOAD:
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
			case CoyotosPackage.SPACE_BANK_CAPABILITY__TARGET:
				setTarget((SpaceBank)newValue);
				return;
			case CoyotosPackage.SPACE_BANK_CAPABILITY__PROTECTED_PAYLOAD:
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
			case CoyotosPackage.SPACE_BANK_CAPABILITY__TARGET:
				setTarget((SpaceBank)null);
				return;
			case CoyotosPackage.SPACE_BANK_CAPABILITY__PROTECTED_PAYLOAD:
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
			case CoyotosPackage.SPACE_BANK_CAPABILITY__TARGET:
				return target != null;
			case CoyotosPackage.SPACE_BANK_CAPABILITY__PROTECTED_PAYLOAD:
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
		result.append(" (protectedPayload: ");
		result.append(protectedPayload);
		result.append(')');
		return result.toString();
	}

} //SpaceBankCapabilityImpl
