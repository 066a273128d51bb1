/**
 * Coyotos Studio
 */
package coyotos.studio.model.impl;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.PhysicalPageCapability;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Physical Page Capability</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.impl.PhysicalPageCapabilityImpl#getFrame <em>Frame</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.PhysicalPageCapabilityImpl#isCacheDisabled <em>Cache Disabled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PhysicalPageCapabilityImpl extends MemoryCapabilityImpl implements PhysicalPageCapability {
	/**
	 * The default value of the '{@link #getFrame() <em>Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrame()
	 * @generated
	 * @ordered
	 */
	protected static final long FRAME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFrame() <em>Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrame()
	 * @generated
	 * @ordered
	 */
	protected long frame = FRAME_EDEFAULT;

	/**
	 * The default value of the '{@link #isCacheDisabled() <em>Cache Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCacheDisabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CACHE_DISABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCacheDisabled() <em>Cache Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCacheDisabled()
	 * @generated
	 * @ordered
	 */
	protected boolean cacheDisabled = CACHE_DISABLED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PhysicalPageCapabilityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoyotosPackage.Literals.PHYSICAL_PAGE_CAPABILITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFrame() {
		return frame;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrame(long newFrame) {
		long oldFrame = frame;
		frame = newFrame;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PHYSICAL_PAGE_CAPABILITY__FRAME, oldFrame, frame));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCacheDisabled() {
		return cacheDisabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCacheDisabled(boolean newCacheDisabled) {
		boolean oldCacheDisabled = cacheDisabled;
		cacheDisabled = newCacheDisabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PHYSICAL_PAGE_CAPABILITY__CACHE_DISABLED, oldCacheDisabled, cacheDisabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoyotosPackage.PHYSICAL_PAGE_CAPABILITY__FRAME:
				return getFrame();
			case CoyotosPackage.PHYSICAL_PAGE_CAPABILITY__CACHE_DISABLED:
				return isCacheDisabled();
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
			case CoyotosPackage.PHYSICAL_PAGE_CAPABILITY__FRAME:
				setFrame((Long)newValue);
				return;
			case CoyotosPackage.PHYSICAL_PAGE_CAPABILITY__CACHE_DISABLED:
				setCacheDisabled((Boolean)newValue);
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
			case CoyotosPackage.PHYSICAL_PAGE_CAPABILITY__FRAME:
				setFrame(FRAME_EDEFAULT);
				return;
			case CoyotosPackage.PHYSICAL_PAGE_CAPABILITY__CACHE_DISABLED:
				setCacheDisabled(CACHE_DISABLED_EDEFAULT);
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
			case CoyotosPackage.PHYSICAL_PAGE_CAPABILITY__FRAME:
				return frame != FRAME_EDEFAULT;
			case CoyotosPackage.PHYSICAL_PAGE_CAPABILITY__CACHE_DISABLED:
				return cacheDisabled != CACHE_DISABLED_EDEFAULT;
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
		result.append(" (frame: ");
		result.append(frame);
		result.append(", cacheDisabled: ");
		result.append(cacheDisabled);
		result.append(')');
		return result.toString();
	}

} //PhysicalPageCapabilityImpl
