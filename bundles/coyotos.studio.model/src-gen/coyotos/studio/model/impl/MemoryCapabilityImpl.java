/**
 * Coyotos Studio
 */
package coyotos.studio.model.impl;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.model.MemoryObject;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Memory Capability</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.impl.MemoryCapabilityImpl#getMatch <em>Match</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.MemoryCapabilityImpl#getL2g <em>L2g</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.MemoryCapabilityImpl#isReadOnly <em>Read Only</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.MemoryCapabilityImpl#isNoExecute <em>No Execute</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.MemoryCapabilityImpl#isWeak <em>Weak</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.MemoryCapabilityImpl#isOpaque <em>Opaque</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.MemoryCapabilityImpl#isNoCall <em>No Call</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class MemoryCapabilityImpl extends CapabilityImpl implements MemoryCapability {
	/**
	 * The default value of the '{@link #getMatch() <em>Match</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatch()
	 * @generated
	 * @ordered
	 */
	protected static final long MATCH_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMatch() <em>Match</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatch()
	 * @generated
	 * @ordered
	 */
	protected long match = MATCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getL2g() <em>L2g</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getL2g()
	 * @generated
	 * @ordered
	 */
	protected static final int L2G_EDEFAULT = 64;

	/**
	 * The cached value of the '{@link #getL2g() <em>L2g</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getL2g()
	 * @generated
	 * @ordered
	 */
	protected int l2g = L2G_EDEFAULT;

	/**
	 * The default value of the '{@link #isReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean READ_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean readOnly = READ_ONLY_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoExecute() <em>No Execute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoExecute()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NO_EXECUTE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNoExecute() <em>No Execute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoExecute()
	 * @generated
	 * @ordered
	 */
	protected boolean noExecute = NO_EXECUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #isWeak() <em>Weak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWeak()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WEAK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWeak() <em>Weak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWeak()
	 * @generated
	 * @ordered
	 */
	protected boolean weak = WEAK_EDEFAULT;

	/**
	 * The default value of the '{@link #isOpaque() <em>Opaque</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOpaque()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OPAQUE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOpaque() <em>Opaque</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOpaque()
	 * @generated
	 * @ordered
	 */
	protected boolean opaque = OPAQUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoCall() <em>No Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoCall()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NO_CALL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNoCall() <em>No Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoCall()
	 * @generated
	 * @ordered
	 */
	protected boolean noCall = NO_CALL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemoryCapabilityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoyotosPackage.Literals.MEMORY_CAPABILITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMatch() {
		return match;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMatch(long newMatch) {
		long oldMatch = match;
		match = newMatch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.MEMORY_CAPABILITY__MATCH, oldMatch, match));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getL2g() {
		return l2g;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setL2g(int newL2g) {
		int oldL2g = l2g;
		l2g = newL2g;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.MEMORY_CAPABILITY__L2G, oldL2g, l2g));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReadOnly() {
		return readOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadOnly(boolean newReadOnly) {
		boolean oldReadOnly = readOnly;
		readOnly = newReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.MEMORY_CAPABILITY__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoExecute() {
		return noExecute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoExecute(boolean newNoExecute) {
		boolean oldNoExecute = noExecute;
		noExecute = newNoExecute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.MEMORY_CAPABILITY__NO_EXECUTE, oldNoExecute, noExecute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWeak() {
		return weak;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeak(boolean newWeak) {
		boolean oldWeak = weak;
		weak = newWeak;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.MEMORY_CAPABILITY__WEAK, oldWeak, weak));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOpaque() {
		return opaque;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpaque(boolean newOpaque) {
		boolean oldOpaque = opaque;
		opaque = newOpaque;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.MEMORY_CAPABILITY__OPAQUE, oldOpaque, opaque));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoCall() {
		return noCall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoCall(boolean newNoCall) {
		boolean oldNoCall = noCall;
		noCall = newNoCall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.MEMORY_CAPABILITY__NO_CALL, oldNoCall, noCall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemoryObject getTargetObject() {
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRestrictionBits() {
		return (isWeak() ? 0x01 : 0) | (isReadOnly() ? 0x02 : 0) | (isNoExecute() ? 0x04 : 0) | (isOpaque() ? 0x08 : 0) | (isNoCall() ? 0x10 : 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoyotosPackage.MEMORY_CAPABILITY__MATCH:
				return getMatch();
			case CoyotosPackage.MEMORY_CAPABILITY__L2G:
				return getL2g();
			case CoyotosPackage.MEMORY_CAPABILITY__READ_ONLY:
				return isReadOnly();
			case CoyotosPackage.MEMORY_CAPABILITY__NO_EXECUTE:
				return isNoExecute();
			case CoyotosPackage.MEMORY_CAPABILITY__WEAK:
				return isWeak();
			case CoyotosPackage.MEMORY_CAPABILITY__OPAQUE:
				return isOpaque();
			case CoyotosPackage.MEMORY_CAPABILITY__NO_CALL:
				return isNoCall();
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
			case CoyotosPackage.MEMORY_CAPABILITY__MATCH:
				setMatch((Long)newValue);
				return;
			case CoyotosPackage.MEMORY_CAPABILITY__L2G:
				setL2g((Integer)newValue);
				return;
			case CoyotosPackage.MEMORY_CAPABILITY__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case CoyotosPackage.MEMORY_CAPABILITY__NO_EXECUTE:
				setNoExecute((Boolean)newValue);
				return;
			case CoyotosPackage.MEMORY_CAPABILITY__WEAK:
				setWeak((Boolean)newValue);
				return;
			case CoyotosPackage.MEMORY_CAPABILITY__OPAQUE:
				setOpaque((Boolean)newValue);
				return;
			case CoyotosPackage.MEMORY_CAPABILITY__NO_CALL:
				setNoCall((Boolean)newValue);
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
			case CoyotosPackage.MEMORY_CAPABILITY__MATCH:
				setMatch(MATCH_EDEFAULT);
				return;
			case CoyotosPackage.MEMORY_CAPABILITY__L2G:
				setL2g(L2G_EDEFAULT);
				return;
			case CoyotosPackage.MEMORY_CAPABILITY__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case CoyotosPackage.MEMORY_CAPABILITY__NO_EXECUTE:
				setNoExecute(NO_EXECUTE_EDEFAULT);
				return;
			case CoyotosPackage.MEMORY_CAPABILITY__WEAK:
				setWeak(WEAK_EDEFAULT);
				return;
			case CoyotosPackage.MEMORY_CAPABILITY__OPAQUE:
				setOpaque(OPAQUE_EDEFAULT);
				return;
			case CoyotosPackage.MEMORY_CAPABILITY__NO_CALL:
				setNoCall(NO_CALL_EDEFAULT);
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
			case CoyotosPackage.MEMORY_CAPABILITY__MATCH:
				return match != MATCH_EDEFAULT;
			case CoyotosPackage.MEMORY_CAPABILITY__L2G:
				return l2g != L2G_EDEFAULT;
			case CoyotosPackage.MEMORY_CAPABILITY__READ_ONLY:
				return readOnly != READ_ONLY_EDEFAULT;
			case CoyotosPackage.MEMORY_CAPABILITY__NO_EXECUTE:
				return noExecute != NO_EXECUTE_EDEFAULT;
			case CoyotosPackage.MEMORY_CAPABILITY__WEAK:
				return weak != WEAK_EDEFAULT;
			case CoyotosPackage.MEMORY_CAPABILITY__OPAQUE:
				return opaque != OPAQUE_EDEFAULT;
			case CoyotosPackage.MEMORY_CAPABILITY__NO_CALL:
				return noCall != NO_CALL_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CoyotosPackage.MEMORY_CAPABILITY___GET_TARGET_OBJECT:
				return getTargetObject();
			case CoyotosPackage.MEMORY_CAPABILITY___GET_RESTRICTION_BITS:
				return getRestrictionBits();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (match: ");
		result.append(match);
		result.append(", l2g: ");
		result.append(l2g);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", noExecute: ");
		result.append(noExecute);
		result.append(", weak: ");
		result.append(weak);
		result.append(", opaque: ");
		result.append(opaque);
		result.append(", noCall: ");
		result.append(noCall);
		result.append(')');
		return result.toString();
	}

} //MemoryCapabilityImpl
