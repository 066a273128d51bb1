/**
 * Coyotos Studio
 */
package coyotos.studio.model.impl;

import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.CapRegister;
import coyotos.studio.model.Capability;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.FaultCode;
import coyotos.studio.model.HandlerAction;
import coyotos.studio.model.RunState;
import coyotos.studio.model.Workload;

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
 * An implementation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getRunState <em>Run State</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getRegisters <em>Registers</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getAddressSpace <em>Address Space</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getHandler <em>Handler</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getFaultCode <em>Fault Code</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getFaultInfo <em>Fault Info</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getIsolationDomain <em>Isolation Domain</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getActivationHandler <em>Activation Handler</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getWorkload <em>Workload</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getHandlerActions <em>Handler Actions</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getProgramImage <em>Program Image</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getBrand <em>Brand</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getCohort <em>Cohort</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.ProcessImpl#getIoSpace <em>Io Space</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessImpl extends KernelObjectImpl implements coyotos.studio.model.Process {
	/**
	 * The default value of the '{@link #getRunState() <em>Run State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunState()
	 * @generated
	 * @ordered
	 */
	protected static final RunState RUN_STATE_EDEFAULT = RunState.RUNNING;

	/**
	 * The cached value of the '{@link #getRunState() <em>Run State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunState()
	 * @generated
	 * @ordered
	 */
	protected RunState runState = RUN_STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegisters() <em>Registers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisters()
	 * @generated
	 * @ordered
	 */
	protected EList<CapRegister> registers;

	/**
	 * The cached value of the '{@link #getAddressSpace() <em>Address Space</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressSpace()
	 * @generated
	 * @ordered
	 */
	protected Capability addressSpace;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected Capability schedule;

	/**
	 * The cached value of the '{@link #getHandler() <em>Handler</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandler()
	 * @generated
	 * @ordered
	 */
	protected Capability handler;

	/**
	 * The default value of the '{@link #getFaultCode() <em>Fault Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultCode()
	 * @generated
	 * @ordered
	 */
	protected static final FaultCode FAULT_CODE_EDEFAULT = FaultCode.STARTUP;

	/**
	 * The cached value of the '{@link #getFaultCode() <em>Fault Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultCode()
	 * @generated
	 * @ordered
	 */
	protected FaultCode faultCode = FAULT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFaultInfo() <em>Fault Info</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultInfo()
	 * @generated
	 * @ordered
	 */
	protected static final long FAULT_INFO_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFaultInfo() <em>Fault Info</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultInfo()
	 * @generated
	 * @ordered
	 */
	protected long faultInfo = FAULT_INFO_EDEFAULT;

	/**
	 * This is true if the Fault Info attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean faultInfoESet;

	/**
	 * The default value of the '{@link #getIsolationDomain() <em>Isolation Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsolationDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String ISOLATION_DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIsolationDomain() <em>Isolation Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsolationDomain()
	 * @generated
	 * @ordered
	 */
	protected String isolationDomain = ISOLATION_DOMAIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActivationHandler() <em>Activation Handler</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivationHandler()
	 * @generated
	 * @ordered
	 */
	protected ActivationHandler activationHandler;

	/**
	 * The cached value of the '{@link #getWorkload() <em>Workload</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkload()
	 * @generated
	 * @ordered
	 */
	protected Workload workload;

	/**
	 * The cached value of the '{@link #getHandlerActions() <em>Handler Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlerActions()
	 * @generated
	 * @ordered
	 */
	protected EList<HandlerAction> handlerActions;

	/**
	 * The default value of the '{@link #getProgramImage() <em>Program Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgramImage()
	 * @generated
	 * @ordered
	 */
	protected static final String PROGRAM_IMAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProgramImage() <em>Program Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgramImage()
	 * @generated
	 * @ordered
	 */
	protected String programImage = PROGRAM_IMAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected static final int FLAGS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected int flags = FLAGS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBrand() <em>Brand</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrand()
	 * @generated
	 * @ordered
	 */
	protected Capability brand;

	/**
	 * The cached value of the '{@link #getCohort() <em>Cohort</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCohort()
	 * @generated
	 * @ordered
	 */
	protected Capability cohort;

	/**
	 * The cached value of the '{@link #getIoSpace() <em>Io Space</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIoSpace()
	 * @generated
	 * @ordered
	 */
	protected Capability ioSpace;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoyotosPackage.Literals.PROCESS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunState getRunState() {
		return runState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunState(RunState newRunState) {
		RunState oldRunState = runState;
		runState = newRunState == null ? RUN_STATE_EDEFAULT : newRunState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__RUN_STATE, oldRunState, runState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CapRegister> getRegisters() {
		if (registers == null) {
			registers = new EObjectContainmentEList<CapRegister>(CapRegister.class, this, CoyotosPackage.PROCESS__REGISTERS);
		}
		return registers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Capability getAddressSpace() {
		return addressSpace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAddressSpace(Capability newAddressSpace, NotificationChain msgs) {
		Capability oldAddressSpace = addressSpace;
		addressSpace = newAddressSpace;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__ADDRESS_SPACE, oldAddressSpace, newAddressSpace);
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
	public void setAddressSpace(Capability newAddressSpace) {
		if (newAddressSpace != addressSpace) {
			NotificationChain msgs = null;
			if (addressSpace != null)
				msgs = ((InternalEObject)addressSpace).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__ADDRESS_SPACE, null, msgs);
			if (newAddressSpace != null)
				msgs = ((InternalEObject)newAddressSpace).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__ADDRESS_SPACE, null, msgs);
			msgs = basicSetAddressSpace(newAddressSpace, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__ADDRESS_SPACE, newAddressSpace, newAddressSpace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Capability getSchedule() {
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSchedule(Capability newSchedule, NotificationChain msgs) {
		Capability oldSchedule = schedule;
		schedule = newSchedule;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__SCHEDULE, oldSchedule, newSchedule);
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
	public void setSchedule(Capability newSchedule) {
		if (newSchedule != schedule) {
			NotificationChain msgs = null;
			if (schedule != null)
				msgs = ((InternalEObject)schedule).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__SCHEDULE, null, msgs);
			if (newSchedule != null)
				msgs = ((InternalEObject)newSchedule).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__SCHEDULE, null, msgs);
			msgs = basicSetSchedule(newSchedule, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__SCHEDULE, newSchedule, newSchedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Capability getHandler() {
		return handler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHandler(Capability newHandler, NotificationChain msgs) {
		Capability oldHandler = handler;
		handler = newHandler;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__HANDLER, oldHandler, newHandler);
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
	public void setHandler(Capability newHandler) {
		if (newHandler != handler) {
			NotificationChain msgs = null;
			if (handler != null)
				msgs = ((InternalEObject)handler).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__HANDLER, null, msgs);
			if (newHandler != null)
				msgs = ((InternalEObject)newHandler).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__HANDLER, null, msgs);
			msgs = basicSetHandler(newHandler, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__HANDLER, newHandler, newHandler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FaultCode getFaultCode() {
		return faultCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFaultCode(FaultCode newFaultCode) {
		FaultCode oldFaultCode = faultCode;
		faultCode = newFaultCode == null ? FAULT_CODE_EDEFAULT : newFaultCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__FAULT_CODE, oldFaultCode, faultCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFaultInfo() {
		return faultInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFaultInfo(long newFaultInfo) {
		long oldFaultInfo = faultInfo;
		faultInfo = newFaultInfo;
		boolean oldFaultInfoESet = faultInfoESet;
		faultInfoESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__FAULT_INFO, oldFaultInfo, faultInfo, !oldFaultInfoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFaultInfo() {
		long oldFaultInfo = faultInfo;
		boolean oldFaultInfoESet = faultInfoESet;
		faultInfo = FAULT_INFO_EDEFAULT;
		faultInfoESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CoyotosPackage.PROCESS__FAULT_INFO, oldFaultInfo, FAULT_INFO_EDEFAULT, oldFaultInfoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFaultInfo() {
		return faultInfoESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIsolationDomain() {
		return isolationDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsolationDomain(String newIsolationDomain) {
		String oldIsolationDomain = isolationDomain;
		isolationDomain = newIsolationDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__ISOLATION_DOMAIN, oldIsolationDomain, isolationDomain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivationHandler getActivationHandler() {
		return activationHandler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetActivationHandler(ActivationHandler newActivationHandler, NotificationChain msgs) {
		ActivationHandler oldActivationHandler = activationHandler;
		activationHandler = newActivationHandler;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__ACTIVATION_HANDLER, oldActivationHandler, newActivationHandler);
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
	public void setActivationHandler(ActivationHandler newActivationHandler) {
		if (newActivationHandler != activationHandler) {
			NotificationChain msgs = null;
			if (activationHandler != null)
				msgs = ((InternalEObject)activationHandler).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__ACTIVATION_HANDLER, null, msgs);
			if (newActivationHandler != null)
				msgs = ((InternalEObject)newActivationHandler).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__ACTIVATION_HANDLER, null, msgs);
			msgs = basicSetActivationHandler(newActivationHandler, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__ACTIVATION_HANDLER, newActivationHandler, newActivationHandler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workload getWorkload() {
		return workload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWorkload(Workload newWorkload, NotificationChain msgs) {
		Workload oldWorkload = workload;
		workload = newWorkload;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__WORKLOAD, oldWorkload, newWorkload);
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
	public void setWorkload(Workload newWorkload) {
		if (newWorkload != workload) {
			NotificationChain msgs = null;
			if (workload != null)
				msgs = ((InternalEObject)workload).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__WORKLOAD, null, msgs);
			if (newWorkload != null)
				msgs = ((InternalEObject)newWorkload).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__WORKLOAD, null, msgs);
			msgs = basicSetWorkload(newWorkload, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__WORKLOAD, newWorkload, newWorkload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HandlerAction> getHandlerActions() {
		if (handlerActions == null) {
			handlerActions = new EObjectContainmentEList<HandlerAction>(HandlerAction.class, this, CoyotosPackage.PROCESS__HANDLER_ACTIONS);
		}
		return handlerActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProgramImage() {
		return programImage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgramImage(String newProgramImage) {
		String oldProgramImage = programImage;
		programImage = newProgramImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__PROGRAM_IMAGE, oldProgramImage, programImage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFlags() {
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(int newFlags) {
		int oldFlags = flags;
		flags = newFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__FLAGS, oldFlags, flags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Capability getBrand() {
		return brand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBrand(Capability newBrand, NotificationChain msgs) {
		Capability oldBrand = brand;
		brand = newBrand;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__BRAND, oldBrand, newBrand);
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
	public void setBrand(Capability newBrand) {
		if (newBrand != brand) {
			NotificationChain msgs = null;
			if (brand != null)
				msgs = ((InternalEObject)brand).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__BRAND, null, msgs);
			if (newBrand != null)
				msgs = ((InternalEObject)newBrand).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__BRAND, null, msgs);
			msgs = basicSetBrand(newBrand, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__BRAND, newBrand, newBrand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Capability getCohort() {
		return cohort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCohort(Capability newCohort, NotificationChain msgs) {
		Capability oldCohort = cohort;
		cohort = newCohort;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__COHORT, oldCohort, newCohort);
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
	public void setCohort(Capability newCohort) {
		if (newCohort != cohort) {
			NotificationChain msgs = null;
			if (cohort != null)
				msgs = ((InternalEObject)cohort).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__COHORT, null, msgs);
			if (newCohort != null)
				msgs = ((InternalEObject)newCohort).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__COHORT, null, msgs);
			msgs = basicSetCohort(newCohort, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__COHORT, newCohort, newCohort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Capability getIoSpace() {
		return ioSpace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIoSpace(Capability newIoSpace, NotificationChain msgs) {
		Capability oldIoSpace = ioSpace;
		ioSpace = newIoSpace;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__IO_SPACE, oldIoSpace, newIoSpace);
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
	public void setIoSpace(Capability newIoSpace) {
		if (newIoSpace != ioSpace) {
			NotificationChain msgs = null;
			if (ioSpace != null)
				msgs = ((InternalEObject)ioSpace).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__IO_SPACE, null, msgs);
			if (newIoSpace != null)
				msgs = ((InternalEObject)newIoSpace).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoyotosPackage.PROCESS__IO_SPACE, null, msgs);
			msgs = basicSetIoSpace(newIoSpace, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.PROCESS__IO_SPACE, newIoSpace, newIoSpace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoyotosPackage.PROCESS__REGISTERS:
				return ((InternalEList<?>)getRegisters()).basicRemove(otherEnd, msgs);
			case CoyotosPackage.PROCESS__ADDRESS_SPACE:
				return basicSetAddressSpace(null, msgs);
			case CoyotosPackage.PROCESS__SCHEDULE:
				return basicSetSchedule(null, msgs);
			case CoyotosPackage.PROCESS__HANDLER:
				return basicSetHandler(null, msgs);
			case CoyotosPackage.PROCESS__ACTIVATION_HANDLER:
				return basicSetActivationHandler(null, msgs);
			case CoyotosPackage.PROCESS__WORKLOAD:
				return basicSetWorkload(null, msgs);
			case CoyotosPackage.PROCESS__HANDLER_ACTIONS:
				return ((InternalEList<?>)getHandlerActions()).basicRemove(otherEnd, msgs);
			case CoyotosPackage.PROCESS__BRAND:
				return basicSetBrand(null, msgs);
			case CoyotosPackage.PROCESS__COHORT:
				return basicSetCohort(null, msgs);
			case CoyotosPackage.PROCESS__IO_SPACE:
				return basicSetIoSpace(null, msgs);
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
			case CoyotosPackage.PROCESS__RUN_STATE:
				return getRunState();
			case CoyotosPackage.PROCESS__REGISTERS:
				return getRegisters();
			case CoyotosPackage.PROCESS__ADDRESS_SPACE:
				return getAddressSpace();
			case CoyotosPackage.PROCESS__SCHEDULE:
				return getSchedule();
			case CoyotosPackage.PROCESS__HANDLER:
				return getHandler();
			case CoyotosPackage.PROCESS__FAULT_CODE:
				return getFaultCode();
			case CoyotosPackage.PROCESS__FAULT_INFO:
				return getFaultInfo();
			case CoyotosPackage.PROCESS__ISOLATION_DOMAIN:
				return getIsolationDomain();
			case CoyotosPackage.PROCESS__ACTIVATION_HANDLER:
				return getActivationHandler();
			case CoyotosPackage.PROCESS__WORKLOAD:
				return getWorkload();
			case CoyotosPackage.PROCESS__HANDLER_ACTIONS:
				return getHandlerActions();
			case CoyotosPackage.PROCESS__PROGRAM_IMAGE:
				return getProgramImage();
			case CoyotosPackage.PROCESS__FLAGS:
				return getFlags();
			case CoyotosPackage.PROCESS__BRAND:
				return getBrand();
			case CoyotosPackage.PROCESS__COHORT:
				return getCohort();
			case CoyotosPackage.PROCESS__IO_SPACE:
				return getIoSpace();
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
			case CoyotosPackage.PROCESS__RUN_STATE:
				setRunState((RunState)newValue);
				return;
			case CoyotosPackage.PROCESS__REGISTERS:
				getRegisters().clear();
				getRegisters().addAll((Collection<? extends CapRegister>)newValue);
				return;
			case CoyotosPackage.PROCESS__ADDRESS_SPACE:
				setAddressSpace((Capability)newValue);
				return;
			case CoyotosPackage.PROCESS__SCHEDULE:
				setSchedule((Capability)newValue);
				return;
			case CoyotosPackage.PROCESS__HANDLER:
				setHandler((Capability)newValue);
				return;
			case CoyotosPackage.PROCESS__FAULT_CODE:
				setFaultCode((FaultCode)newValue);
				return;
			case CoyotosPackage.PROCESS__FAULT_INFO:
				setFaultInfo((Long)newValue);
				return;
			case CoyotosPackage.PROCESS__ISOLATION_DOMAIN:
				setIsolationDomain((String)newValue);
				return;
			case CoyotosPackage.PROCESS__ACTIVATION_HANDLER:
				setActivationHandler((ActivationHandler)newValue);
				return;
			case CoyotosPackage.PROCESS__WORKLOAD:
				setWorkload((Workload)newValue);
				return;
			case CoyotosPackage.PROCESS__HANDLER_ACTIONS:
				getHandlerActions().clear();
				getHandlerActions().addAll((Collection<? extends HandlerAction>)newValue);
				return;
			case CoyotosPackage.PROCESS__PROGRAM_IMAGE:
				setProgramImage((String)newValue);
				return;
			case CoyotosPackage.PROCESS__FLAGS:
				setFlags((Integer)newValue);
				return;
			case CoyotosPackage.PROCESS__BRAND:
				setBrand((Capability)newValue);
				return;
			case CoyotosPackage.PROCESS__COHORT:
				setCohort((Capability)newValue);
				return;
			case CoyotosPackage.PROCESS__IO_SPACE:
				setIoSpace((Capability)newValue);
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
			case CoyotosPackage.PROCESS__RUN_STATE:
				setRunState(RUN_STATE_EDEFAULT);
				return;
			case CoyotosPackage.PROCESS__REGISTERS:
				getRegisters().clear();
				return;
			case CoyotosPackage.PROCESS__ADDRESS_SPACE:
				setAddressSpace((Capability)null);
				return;
			case CoyotosPackage.PROCESS__SCHEDULE:
				setSchedule((Capability)null);
				return;
			case CoyotosPackage.PROCESS__HANDLER:
				setHandler((Capability)null);
				return;
			case CoyotosPackage.PROCESS__FAULT_CODE:
				setFaultCode(FAULT_CODE_EDEFAULT);
				return;
			case CoyotosPackage.PROCESS__FAULT_INFO:
				unsetFaultInfo();
				return;
			case CoyotosPackage.PROCESS__ISOLATION_DOMAIN:
				setIsolationDomain(ISOLATION_DOMAIN_EDEFAULT);
				return;
			case CoyotosPackage.PROCESS__ACTIVATION_HANDLER:
				setActivationHandler((ActivationHandler)null);
				return;
			case CoyotosPackage.PROCESS__WORKLOAD:
				setWorkload((Workload)null);
				return;
			case CoyotosPackage.PROCESS__HANDLER_ACTIONS:
				getHandlerActions().clear();
				return;
			case CoyotosPackage.PROCESS__PROGRAM_IMAGE:
				setProgramImage(PROGRAM_IMAGE_EDEFAULT);
				return;
			case CoyotosPackage.PROCESS__FLAGS:
				setFlags(FLAGS_EDEFAULT);
				return;
			case CoyotosPackage.PROCESS__BRAND:
				setBrand((Capability)null);
				return;
			case CoyotosPackage.PROCESS__COHORT:
				setCohort((Capability)null);
				return;
			case CoyotosPackage.PROCESS__IO_SPACE:
				setIoSpace((Capability)null);
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
			case CoyotosPackage.PROCESS__RUN_STATE:
				return runState != RUN_STATE_EDEFAULT;
			case CoyotosPackage.PROCESS__REGISTERS:
				return registers != null && !registers.isEmpty();
			case CoyotosPackage.PROCESS__ADDRESS_SPACE:
				return addressSpace != null;
			case CoyotosPackage.PROCESS__SCHEDULE:
				return schedule != null;
			case CoyotosPackage.PROCESS__HANDLER:
				return handler != null;
			case CoyotosPackage.PROCESS__FAULT_CODE:
				return faultCode != FAULT_CODE_EDEFAULT;
			case CoyotosPackage.PROCESS__FAULT_INFO:
				return isSetFaultInfo();
			case CoyotosPackage.PROCESS__ISOLATION_DOMAIN:
				return ISOLATION_DOMAIN_EDEFAULT == null ? isolationDomain != null : !ISOLATION_DOMAIN_EDEFAULT.equals(isolationDomain);
			case CoyotosPackage.PROCESS__ACTIVATION_HANDLER:
				return activationHandler != null;
			case CoyotosPackage.PROCESS__WORKLOAD:
				return workload != null;
			case CoyotosPackage.PROCESS__HANDLER_ACTIONS:
				return handlerActions != null && !handlerActions.isEmpty();
			case CoyotosPackage.PROCESS__PROGRAM_IMAGE:
				return PROGRAM_IMAGE_EDEFAULT == null ? programImage != null : !PROGRAM_IMAGE_EDEFAULT.equals(programImage);
			case CoyotosPackage.PROCESS__FLAGS:
				return flags != FLAGS_EDEFAULT;
			case CoyotosPackage.PROCESS__BRAND:
				return brand != null;
			case CoyotosPackage.PROCESS__COHORT:
				return cohort != null;
			case CoyotosPackage.PROCESS__IO_SPACE:
				return ioSpace != null;
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
		result.append(" (runState: ");
		result.append(runState);
		result.append(", faultCode: ");
		result.append(faultCode);
		result.append(", faultInfo: ");
		if (faultInfoESet) result.append(faultInfo); else result.append("<unset>");
		result.append(", isolationDomain: ");
		result.append(isolationDomain);
		result.append(", programImage: ");
		result.append(programImage);
		result.append(", flags: ");
		result.append(flags);
		result.append(')');
		return result.toString();
	}

} //ProcessImpl
