/**
 * Coyotos Studio
 */
package coyotos.studio.model.impl;

import coyotos.studio.model.ActivationDesign;
import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.HandlerAction;
import coyotos.studio.model.Region;

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
 * An implementation of the model object '<em><b>Activation Handler</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.impl.ActivationHandlerImpl#getDesign <em>Design</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ActivationHandlerImpl#getEntryPC <em>Entry PC</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ActivationHandlerImpl#getStack <em>Stack</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ActivationHandlerImpl#getCode <em>Code</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ActivationHandlerImpl#getHandles <em>Handles</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ActivationHandlerImpl#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActivationHandlerImpl extends NamedElementImpl implements ActivationHandler {
	/**
	 * The default value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected static final ActivationDesign DESIGN_EDEFAULT = ActivationDesign.DRAFT_05;

	/**
	 * The cached value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected ActivationDesign design = DESIGN_EDEFAULT;

	/**
	 * The default value of the '{@link #getEntryPC() <em>Entry PC</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryPC()
	 * @generated
	 * @ordered
	 */
	protected static final long ENTRY_PC_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEntryPC() <em>Entry PC</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryPC()
	 * @generated
	 * @ordered
	 */
	protected long entryPC = ENTRY_PC_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStack() <em>Stack</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStack()
	 * @generated
	 * @ordered
	 */
	protected Region stack;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected Region code;

	/**
	 * The cached value of the '{@link #getHandles() <em>Handles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandles()
	 * @generated
	 * @ordered
	 */
	protected EList<Region> handles;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<HandlerAction> actions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActivationHandlerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoyotosPackage.Literals.ACTIVATION_HANDLER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivationDesign getDesign() {
		return design;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesign(ActivationDesign newDesign) {
		ActivationDesign oldDesign = design;
		design = newDesign == null ? DESIGN_EDEFAULT : newDesign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.ACTIVATION_HANDLER__DESIGN, oldDesign, design));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEntryPC() {
		return entryPC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntryPC(long newEntryPC) {
		long oldEntryPC = entryPC;
		entryPC = newEntryPC;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.ACTIVATION_HANDLER__ENTRY_PC, oldEntryPC, entryPC));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region getStack() {
		return stack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStack(Region newStack, NotificationChain msgs) {
		Region oldStack = stack;
		stack = newStack;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoyotosPackage.ACTIVATION_HANDLER__STACK, oldStack, newStack);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStack(Region newStack) {
		if (newStack != stack) {
			NotificationChain msgs = null;
			if (stack != null)
				msgs = ((InternalEObject)stack).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.ACTIVATION_HANDLER__STACK, null, msgs);
			if (newStack != null)
				msgs = ((InternalEObject)newStack).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.ACTIVATION_HANDLER__STACK, null, msgs);
			msgs = basicSetStack(newStack, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.ACTIVATION_HANDLER__STACK, newStack, newStack));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCode(Region newCode, NotificationChain msgs) {
		Region oldCode = code;
		code = newCode;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoyotosPackage.ACTIVATION_HANDLER__CODE, oldCode, newCode);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(Region newCode) {
		if (newCode != code) {
			NotificationChain msgs = null;
			if (code != null)
				msgs = ((InternalEObject)code).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.ACTIVATION_HANDLER__CODE, null, msgs);
			if (newCode != null)
				msgs = ((InternalEObject)newCode).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.ACTIVATION_HANDLER__CODE, null, msgs);
			msgs = basicSetCode(newCode, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.ACTIVATION_HANDLER__CODE, newCode, newCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Region> getHandles() {
		if (handles == null) {
			handles = new EObjectContainmentEList<Region>(Region.class, this, CoyotosPackage.ACTIVATION_HANDLER__HANDLES);
		}
		return handles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HandlerAction> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<HandlerAction>(HandlerAction.class, this, CoyotosPackage.ACTIVATION_HANDLER__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoyotosPackage.ACTIVATION_HANDLER__STACK:
				return basicSetStack(null, msgs);
			case CoyotosPackage.ACTIVATION_HANDLER__CODE:
				return basicSetCode(null, msgs);
			case CoyotosPackage.ACTIVATION_HANDLER__HANDLES:
				return ((InternalEList<?>)getHandles()).basicRemove(otherEnd, msgs);
			case CoyotosPackage.ACTIVATION_HANDLER__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
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
			case CoyotosPackage.ACTIVATION_HANDLER__DESIGN:
				return getDesign();
			case CoyotosPackage.ACTIVATION_HANDLER__ENTRY_PC:
				return getEntryPC();
			case CoyotosPackage.ACTIVATION_HANDLER__STACK:
				return getStack();
			case CoyotosPackage.ACTIVATION_HANDLER__CODE:
				return getCode();
			case CoyotosPackage.ACTIVATION_HANDLER__HANDLES:
				return getHandles();
			case CoyotosPackage.ACTIVATION_HANDLER__ACTIONS:
				return getActions();
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
			case CoyotosPackage.ACTIVATION_HANDLER__DESIGN:
				setDesign((ActivationDesign)newValue);
				return;
			case CoyotosPackage.ACTIVATION_HANDLER__ENTRY_PC:
				setEntryPC((Long)newValue);
				return;
			case CoyotosPackage.ACTIVATION_HANDLER__STACK:
				setStack((Region)newValue);
				return;
			case CoyotosPackage.ACTIVATION_HANDLER__CODE:
				setCode((Region)newValue);
				return;
			case CoyotosPackage.ACTIVATION_HANDLER__HANDLES:
				getHandles().clear();
				getHandles().addAll((Collection<? extends Region>)newValue);
				return;
			case CoyotosPackage.ACTIVATION_HANDLER__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends HandlerAction>)newValue);
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
			case CoyotosPackage.ACTIVATION_HANDLER__DESIGN:
				setDesign(DESIGN_EDEFAULT);
				return;
			case CoyotosPackage.ACTIVATION_HANDLER__ENTRY_PC:
				setEntryPC(ENTRY_PC_EDEFAULT);
				return;
			case CoyotosPackage.ACTIVATION_HANDLER__STACK:
				setStack((Region)null);
				return;
			case CoyotosPackage.ACTIVATION_HANDLER__CODE:
				setCode((Region)null);
				return;
			case CoyotosPackage.ACTIVATION_HANDLER__HANDLES:
				getHandles().clear();
				return;
			case CoyotosPackage.ACTIVATION_HANDLER__ACTIONS:
				getActions().clear();
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
			case CoyotosPackage.ACTIVATION_HANDLER__DESIGN:
				return design != DESIGN_EDEFAULT;
			case CoyotosPackage.ACTIVATION_HANDLER__ENTRY_PC:
				return entryPC != ENTRY_PC_EDEFAULT;
			case CoyotosPackage.ACTIVATION_HANDLER__STACK:
				return stack != null;
			case CoyotosPackage.ACTIVATION_HANDLER__CODE:
				return code != null;
			case CoyotosPackage.ACTIVATION_HANDLER__HANDLES:
				return handles != null && !handles.isEmpty();
			case CoyotosPackage.ACTIVATION_HANDLER__ACTIONS:
				return actions != null && !actions.isEmpty();
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
		result.append(" (design: ");
		result.append(design);
		result.append(", entryPC: ");
		result.append(entryPC);
		result.append(')');
		return result.toString();
	}

} //ActivationHandlerImpl
