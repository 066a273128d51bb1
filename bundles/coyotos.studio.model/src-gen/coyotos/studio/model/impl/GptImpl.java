/**
 * Coyotos Studio
 */
package coyotos.studio.model.impl;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.Slot;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gpt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.impl.GptImpl#getL2v <em>L2v</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.GptImpl#isHa <em>Ha</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.GptImpl#isBg <em>Bg</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.GptImpl#getSlots <em>Slots</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GptImpl extends MemoryObjectImpl implements Gpt {
	/**
	 * The default value of the '{@link #getL2v() <em>L2v</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getL2v()
	 * @generated
	 * @ordered
	 */
	protected static final int L2V_EDEFAULT = 12;

	/**
	 * The cached value of the '{@link #getL2v() <em>L2v</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getL2v()
	 * @generated
	 * @ordered
	 */
	protected int l2v = L2V_EDEFAULT;

	/**
	 * The default value of the '{@link #isHa() <em>Ha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHa()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHa() <em>Ha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHa()
	 * @generated
	 * @ordered
	 */
	protected boolean ha = HA_EDEFAULT;

	/**
	 * The default value of the '{@link #isBg() <em>Bg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBg()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BG_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBg() <em>Bg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBg()
	 * @generated
	 * @ordered
	 */
	protected boolean bg = BG_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSlots() <em>Slots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlots()
	 * @generated
	 * @ordered
	 */
	protected EList<Slot> slots;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoyotosPackage.Literals.GPT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getL2v() {
		return l2v;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setL2v(int newL2v) {
		int oldL2v = l2v;
		l2v = newL2v;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.GPT__L2V, oldL2v, l2v));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHa() {
		return ha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHa(boolean newHa) {
		boolean oldHa = ha;
		ha = newHa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.GPT__HA, oldHa, ha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBg() {
		return bg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBg(boolean newBg) {
		boolean oldBg = bg;
		bg = newBg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.GPT__BG, oldBg, bg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Slot> getSlots() {
		if (slots == null) {
			slots = new EObjectContainmentEList<Slot>(Slot.class, this, CoyotosPackage.GPT__SLOTS);
		}
		return slots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoyotosPackage.GPT__SLOTS:
				return ((InternalEList<?>)getSlots()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoyotosPackage.GPT__L2V:
				return getL2v();
			case CoyotosPackage.GPT__HA:
				return isHa();
			case CoyotosPackage.GPT__BG:
				return isBg();
			case CoyotosPackage.GPT__SLOTS:
				return getSlots();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoyotosPackage.GPT__L2V:
				setL2v((Integer)newValue);
				return;
			case CoyotosPackage.GPT__HA:
				setHa((Boolean)newValue);
				return;
			case CoyotosPackage.GPT__BG:
				setBg((Boolean)newValue);
				return;
			case CoyotosPackage.GPT__SLOTS:
				getSlots().clear();
				getSlots().addAll((Collection<? extends Slot>)newValue);
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
			case CoyotosPackage.GPT__L2V:
				setL2v(L2V_EDEFAULT);
				return;
			case CoyotosPackage.GPT__HA:
				setHa(HA_EDEFAULT);
				return;
			case CoyotosPackage.GPT__BG:
				setBg(BG_EDEFAULT);
				return;
			case CoyotosPackage.GPT__SLOTS:
				getSlots().clear();
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
			case CoyotosPackage.GPT__L2V:
				return l2v != L2V_EDEFAULT;
			case CoyotosPackage.GPT__HA:
				return ha != HA_EDEFAULT;
			case CoyotosPackage.GPT__BG:
				return bg != BG_EDEFAULT;
			case CoyotosPackage.GPT__SLOTS:
				return slots != null && !slots.isEmpty();
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
		result.append(" (l2v: ");
		result.append(l2v);
		result.append(", ha: ");
		result.append(ha);
		result.append(", bg: ");
		result.append(bg);
		result.append(')');
		return result.toString();
	}

} //GptImpl
