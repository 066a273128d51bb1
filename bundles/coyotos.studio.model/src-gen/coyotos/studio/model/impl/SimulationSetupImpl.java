/**
 * Coyotos Studio
 */
package coyotos.studio.model.impl;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.CpuProfile;
import coyotos.studio.model.KernelVariant;
import coyotos.studio.model.SimulationSetup;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Simulation Setup</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.impl.SimulationSetupImpl#getCpuProfile <em>Cpu Profile</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.SimulationSetupImpl#getCustomProfile <em>Custom Profile</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.SimulationSetupImpl#getMaxCycles <em>Max Cycles</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.SimulationSetupImpl#getMaxEvents <em>Max Events</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.SimulationSetupImpl#getRandomSeed <em>Random Seed</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.SimulationSetupImpl#getKernel <em>Kernel</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SimulationSetupImpl extends MinimalEObjectImpl.Container implements SimulationSetup {
	/**
	 * The default value of the '{@link #getCpuProfile() <em>Cpu Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuProfile()
	 * @generated
	 * @ordered
	 */
	protected static final String CPU_PROFILE_EDEFAULT = "i386-2007";

	/**
	 * The cached value of the '{@link #getCpuProfile() <em>Cpu Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuProfile()
	 * @generated
	 * @ordered
	 */
	protected String cpuProfile = CPU_PROFILE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCustomProfile() <em>Custom Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomProfile()
	 * @generated
	 * @ordered
	 */
	protected CpuProfile customProfile;

	/**
	 * The default value of the '{@link #getMaxCycles() <em>Max Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCycles()
	 * @generated
	 * @ordered
	 */
	protected static final long MAX_CYCLES_EDEFAULT = 1000000000L;

	/**
	 * The cached value of the '{@link #getMaxCycles() <em>Max Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCycles()
	 * @generated
	 * @ordered
	 */
	protected long maxCycles = MAX_CYCLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxEvents() <em>Max Events</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxEvents()
	 * @generated
	 * @ordered
	 */
	protected static final long MAX_EVENTS_EDEFAULT = 1000000L;

	/**
	 * The cached value of the '{@link #getMaxEvents() <em>Max Events</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxEvents()
	 * @generated
	 * @ordered
	 */
	protected long maxEvents = MAX_EVENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRandomSeed() <em>Random Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long RANDOM_SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getRandomSeed() <em>Random Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomSeed()
	 * @generated
	 * @ordered
	 */
	protected long randomSeed = RANDOM_SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected static final KernelVariant KERNEL_EDEFAULT = KernelVariant.COYOTOS_2007;

	/**
	 * The cached value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected KernelVariant kernel = KERNEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SimulationSetupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoyotosPackage.Literals.SIMULATION_SETUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCpuProfile() {
		return cpuProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuProfile(String newCpuProfile) {
		String oldCpuProfile = cpuProfile;
		cpuProfile = newCpuProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.SIMULATION_SETUP__CPU_PROFILE, oldCpuProfile, cpuProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CpuProfile getCustomProfile() {
		return customProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCustomProfile(CpuProfile newCustomProfile, NotificationChain msgs) {
		CpuProfile oldCustomProfile = customProfile;
		customProfile = newCustomProfile;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoyotosPackage.SIMULATION_SETUP__CUSTOM_PROFILE, oldCustomProfile, newCustomProfile);
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
	public void setCustomProfile(CpuProfile newCustomProfile) {
		if (newCustomProfile != customProfile) {
			NotificationChain msgs = null;
			if (customProfile != null)
				msgs = ((InternalEObject)customProfile).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.SIMULATION_SETUP__CUSTOM_PROFILE, null, msgs);
			if (newCustomProfile != null)
				msgs = ((InternalEObject)newCustomProfile).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.SIMULATION_SETUP__CUSTOM_PROFILE, null, msgs);
			msgs = basicSetCustomProfile(newCustomProfile, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.SIMULATION_SETUP__CUSTOM_PROFILE, newCustomProfile, newCustomProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMaxCycles() {
		return maxCycles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxCycles(long newMaxCycles) {
		long oldMaxCycles = maxCycles;
		maxCycles = newMaxCycles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.SIMULATION_SETUP__MAX_CYCLES, oldMaxCycles, maxCycles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMaxEvents() {
		return maxEvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxEvents(long newMaxEvents) {
		long oldMaxEvents = maxEvents;
		maxEvents = newMaxEvents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.SIMULATION_SETUP__MAX_EVENTS, oldMaxEvents, maxEvents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRandomSeed() {
		return randomSeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomSeed(long newRandomSeed) {
		long oldRandomSeed = randomSeed;
		randomSeed = newRandomSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.SIMULATION_SETUP__RANDOM_SEED, oldRandomSeed, randomSeed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KernelVariant getKernel() {
		return kernel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernel(KernelVariant newKernel) {
		KernelVariant oldKernel = kernel;
		kernel = newKernel == null ? KERNEL_EDEFAULT : newKernel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.SIMULATION_SETUP__KERNEL, oldKernel, kernel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoyotosPackage.SIMULATION_SETUP__CUSTOM_PROFILE:
				return basicSetCustomProfile(null, msgs);
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
			case CoyotosPackage.SIMULATION_SETUP__CPU_PROFILE:
				return getCpuProfile();
			case CoyotosPackage.SIMULATION_SETUP__CUSTOM_PROFILE:
				return getCustomProfile();
			case CoyotosPackage.SIMULATION_SETUP__MAX_CYCLES:
				return getMaxCycles();
			case CoyotosPackage.SIMULATION_SETUP__MAX_EVENTS:
				return getMaxEvents();
			case CoyotosPackage.SIMULATION_SETUP__RANDOM_SEED:
				return getRandomSeed();
			case CoyotosPackage.SIMULATION_SETUP__KERNEL:
				return getKernel();
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
			case CoyotosPackage.SIMULATION_SETUP__CPU_PROFILE:
				setCpuProfile((String)newValue);
				return;
			case CoyotosPackage.SIMULATION_SETUP__CUSTOM_PROFILE:
				setCustomProfile((CpuProfile)newValue);
				return;
			case CoyotosPackage.SIMULATION_SETUP__MAX_CYCLES:
				setMaxCycles((Long)newValue);
				return;
			case CoyotosPackage.SIMULATION_SETUP__MAX_EVENTS:
				setMaxEvents((Long)newValue);
				return;
			case CoyotosPackage.SIMULATION_SETUP__RANDOM_SEED:
				setRandomSeed((Long)newValue);
				return;
			case CoyotosPackage.SIMULATION_SETUP__KERNEL:
				setKernel((KernelVariant)newValue);
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
			case CoyotosPackage.SIMULATION_SETUP__CPU_PROFILE:
				setCpuProfile(CPU_PROFILE_EDEFAULT);
				return;
			case CoyotosPackage.SIMULATION_SETUP__CUSTOM_PROFILE:
				setCustomProfile((CpuProfile)null);
				return;
			case CoyotosPackage.SIMULATION_SETUP__MAX_CYCLES:
				setMaxCycles(MAX_CYCLES_EDEFAULT);
				return;
			case CoyotosPackage.SIMULATION_SETUP__MAX_EVENTS:
				setMaxEvents(MAX_EVENTS_EDEFAULT);
				return;
			case CoyotosPackage.SIMULATION_SETUP__RANDOM_SEED:
				setRandomSeed(RANDOM_SEED_EDEFAULT);
				return;
			case CoyotosPackage.SIMULATION_SETUP__KERNEL:
				setKernel(KERNEL_EDEFAULT);
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
			case CoyotosPackage.SIMULATION_SETUP__CPU_PROFILE:
				return CPU_PROFILE_EDEFAULT == null ? cpuProfile != null : !CPU_PROFILE_EDEFAULT.equals(cpuProfile);
			case CoyotosPackage.SIMULATION_SETUP__CUSTOM_PROFILE:
				return customProfile != null;
			case CoyotosPackage.SIMULATION_SETUP__MAX_CYCLES:
				return maxCycles != MAX_CYCLES_EDEFAULT;
			case CoyotosPackage.SIMULATION_SETUP__MAX_EVENTS:
				return maxEvents != MAX_EVENTS_EDEFAULT;
			case CoyotosPackage.SIMULATION_SETUP__RANDOM_SEED:
				return randomSeed != RANDOM_SEED_EDEFAULT;
			case CoyotosPackage.SIMULATION_SETUP__KERNEL:
				return kernel != KERNEL_EDEFAULT;
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
		result.append(" (cpuProfile: ");
		result.append(cpuProfile);
		result.append(", maxCycles: ");
		result.append(maxCycles);
		result.append(", maxEvents: ");
		result.append(maxEvents);
		result.append(", randomSeed: ");
		result.append(randomSeed);
		result.append(", kernel: ");
		result.append(kernel);
		result.append(')');
		return result.toString();
	}

} //SimulationSetupImpl
