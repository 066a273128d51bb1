/**
 * Coyotos Studio
 */
package coyotos.studio.model.impl;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.RegisterRole;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cap Register</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.impl.CapRegisterImpl#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CapRegisterImpl extends SlotImpl implements CapRegister {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final RegisterRole ROLE_EDEFAULT = RegisterRole.NULL;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CapRegisterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoyotosPackage.Literals.CAP_REGISTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegisterRole getRole() {
		int i = getIndex();
		if (i >= 29) return RegisterRole.ARGUMENT;
		if (i == 28) return RegisterRole.RETURN;
		if (i >= 24) return RegisterRole.REPLY_CAP;
		if (i >= 8) return RegisterRole.APPLICATION;
		RegisterRole role = RegisterRole.get(i);
		return role == null ? RegisterRole.NULL : role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoyotosPackage.CAP_REGISTER__ROLE:
				return getRole();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CoyotosPackage.CAP_REGISTER__ROLE:
				return getRole() != ROLE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //CapRegisterImpl
