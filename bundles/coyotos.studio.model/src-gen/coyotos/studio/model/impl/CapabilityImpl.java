/**
 * Coyotos Studio
 */
package coyotos.studio.model.impl;

import coyotos.studio.model.Capability;
import coyotos.studio.model.CoyotosPackage;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class CapabilityImpl extends SourceTracedImpl implements Capability {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CapabilityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoyotosPackage.Literals.CAPABILITY;
	}

} //CapabilityImpl
