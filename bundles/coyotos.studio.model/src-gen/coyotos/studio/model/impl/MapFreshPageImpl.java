/**
 * Coyotos Studio
 */
package coyotos.studio.model.impl;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.MapFreshPage;
import coyotos.studio.model.SpaceBank;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Map Fresh Page</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.impl.MapFreshPageImpl#getBank <em>Bank</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.MapFreshPageImpl#getGpt <em>Gpt</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.MapFreshPageImpl#getSlot <em>Slot</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MapFreshPageImpl extends HandlerActionImpl implements MapFreshPage {
	/**
	 * The cached value of the '{@link #getBank() <em>Bank</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBank()
	 * @generated
	 * @ordered
	 */
	protected SpaceBank bank;

	/**
	 * The cached value of the '{@link #getGpt() <em>Gpt</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpt()
	 * @generated
	 * @ordered
	 */
	protected Gpt gpt;

	/**
	 * The default value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected static final int SLOT_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected int slot = SLOT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MapFreshPageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoyotosPackage.Literals.MAP_FRESH_PAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpaceBank getBank() {
		if (bank != null && bank.eIsProxy()) {
			InternalEObject oldBank = (InternalEObject)bank;
			bank = (SpaceBank)eResolveProxy(oldBank);
			if (bank != oldBank) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoyotosPackage.MAP_FRESH_PAGE__BANK, oldBank, bank));
			}
		}
		return bank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpaceBank basicGetBank() {
		return bank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBank(SpaceBank newBank) {
		SpaceBank oldBank = bank;
		bank = newBank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.MAP_FRESH_PAGE__BANK, oldBank, bank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gpt getGpt() {
		if (gpt != null && gpt.eIsProxy()) {
			InternalEObject oldGpt = (InternalEObject)gpt;
			gpt = (Gpt)eResolveProxy(oldGpt);
			if (gpt != oldGpt) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoyotosPackage.MAP_FRESH_PAGE__GPT, oldGpt, gpt));
			}
		}
		return gpt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Gpt basicGetGpt() {
		return gpt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGpt(Gpt newGpt) {
		Gpt oldGpt = gpt;
		gpt = newGpt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.MAP_FRESH_PAGE__GPT, oldGpt, gpt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSlot() {
		return slot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot(int newSlot) {
		int oldSlot = slot;
		slot = newSlot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.MAP_FRESH_PAGE__SLOT, oldSlot, slot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoyotosPackage.MAP_FRESH_PAGE__BANK:
				if (resolve) return getBank();
				return basicGetBank();
			case CoyotosPackage.MAP_FRESH_PAGE__GPT:
				if (resolve) return getGpt();
				return basicGetGpt();
			case CoyotosPackage.MAP_FRESH_PAGE__SLOT:
				return getSlot();
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
			case CoyotosPackage.MAP_FRESH_PAGE__BANK:
				setBank((SpaceBank)newValue);
				return;
			case CoyotosPackage.MAP_FRESH_PAGE__GPT:
				setGpt((Gpt)newValue);
				return;
			case CoyotosPackage.MAP_FRESH_PAGE__SLOT:
				setSlot((Integer)newValue);
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
			case CoyotosPackage.MAP_FRESH_PAGE__BANK:
				setBank((SpaceBank)null);
				return;
			case CoyotosPackage.MAP_FRESH_PAGE__GPT:
				setGpt((Gpt)null);
				return;
			case CoyotosPackage.MAP_FRESH_PAGE__SLOT:
				setSlot(SLOT_EDEFAULT);
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
			case CoyotosPackage.MAP_FRESH_PAGE__BANK:
				return bank != null;
			case CoyotosPackage.MAP_FRESH_PAGE__GPT:
				return gpt != null;
			case CoyotosPackage.MAP_FRESH_PAGE__SLOT:
				return slot != SLOT_EDEFAULT;
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
		result.append(" (slot: ");
		result.append(slot);
		result.append(')');
		return result.toString();
	}

} //MapFreshPageImpl
