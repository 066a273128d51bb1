/**
 * Coyotos Studio
 */
package coyotos.studio.model.impl;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.CpuProfile;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cpu Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.impl.CpuProfileImpl#getClockMHz <em>Clock MHz</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.CpuProfileImpl#getKernelRoundTripCycles <em>Kernel Round Trip Cycles</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.CpuProfileImpl#getCr3LoadCycles <em>Cr3 Load Cycles</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.CpuProfileImpl#getTlbEntries <em>Tlb Entries</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.CpuProfileImpl#getTlbRefillCycles <em>Tlb Refill Cycles</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.CpuProfileImpl#isPcid <em>Pcid</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.CpuProfileImpl#isKpti <em>Kpti</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.CpuProfileImpl#getFaultPathCycles <em>Fault Path Cycles</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.CpuProfileImpl#getIpcPathCycles <em>Ipc Path Cycles</em>}</li>
 *   <li>{@link coyotos.studio.model.impl.CpuProfileImpl#getPageTableBuildCycles <em>Page Table Build Cycles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CpuProfileImpl extends NamedElementImpl implements CpuProfile {
	/**
	 * The default value of the '{@link #getClockMHz() <em>Clock MHz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockMHz()
	 * @generated
	 * @ordered
	 */
	protected static final int CLOCK_MHZ_EDEFAULT = 2000;

	/**
	 * The cached value of the '{@link #getClockMHz() <em>Clock MHz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockMHz()
	 * @generated
	 * @ordered
	 */
	protected int clockMHz = CLOCK_MHZ_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernelRoundTripCycles() <em>Kernel Round Trip Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelRoundTripCycles()
	 * @generated
	 * @ordered
	 */
	protected static final long KERNEL_ROUND_TRIP_CYCLES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getKernelRoundTripCycles() <em>Kernel Round Trip Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelRoundTripCycles()
	 * @generated
	 * @ordered
	 */
	protected long kernelRoundTripCycles = KERNEL_ROUND_TRIP_CYCLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCr3LoadCycles() <em>Cr3 Load Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr3LoadCycles()
	 * @generated
	 * @ordered
	 */
	protected static final long CR3_LOAD_CYCLES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCr3LoadCycles() <em>Cr3 Load Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr3LoadCycles()
	 * @generated
	 * @ordered
	 */
	protected long cr3LoadCycles = CR3_LOAD_CYCLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTlbEntries() <em>Tlb Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlbEntries()
	 * @generated
	 * @ordered
	 */
	protected static final int TLB_ENTRIES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTlbEntries() <em>Tlb Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlbEntries()
	 * @generated
	 * @ordered
	 */
	protected int tlbEntries = TLB_ENTRIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTlbRefillCycles() <em>Tlb Refill Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlbRefillCycles()
	 * @generated
	 * @ordered
	 */
	protected static final long TLB_REFILL_CYCLES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTlbRefillCycles() <em>Tlb Refill Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlbRefillCycles()
	 * @generated
	 * @ordered
	 */
	protected long tlbRefillCycles = TLB_REFILL_CYCLES_EDEFAULT;

	/**
	 * The default value of the '{@link #isPcid() <em>Pcid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPcid()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PCID_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPcid() <em>Pcid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPcid()
	 * @generated
	 * @ordered
	 */
	protected boolean pcid = PCID_EDEFAULT;

	/**
	 * The default value of the '{@link #isKpti() <em>Kpti</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKpti()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KPTI_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isKpti() <em>Kpti</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKpti()
	 * @generated
	 * @ordered
	 */
	protected boolean kpti = KPTI_EDEFAULT;

	/**
	 * The default value of the '{@link #getFaultPathCycles() <em>Fault Path Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultPathCycles()
	 * @generated
	 * @ordered
	 */
	protected static final long FAULT_PATH_CYCLES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFaultPathCycles() <em>Fault Path Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultPathCycles()
	 * @generated
	 * @ordered
	 */
	protected long faultPathCycles = FAULT_PATH_CYCLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpcPathCycles() <em>Ipc Path Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpcPathCycles()
	 * @generated
	 * @ordered
	 */
	protected static final long IPC_PATH_CYCLES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIpcPathCycles() <em>Ipc Path Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpcPathCycles()
	 * @generated
	 * @ordered
	 */
	protected long ipcPathCycles = IPC_PATH_CYCLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getPageTableBuildCycles() <em>Page Table Build Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageTableBuildCycles()
	 * @generated
	 * @ordered
	 */
	protected static final long PAGE_TABLE_BUILD_CYCLES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPageTableBuildCycles() <em>Page Table Build Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageTableBuildCycles()
	 * @generated
	 * @ordered
	 */
	protected long pageTableBuildCycles = PAGE_TABLE_BUILD_CYCLES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CpuProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoyotosPackage.Literals.CPU_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getClockMHz() {
		return clockMHz;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClockMHz(int newClockMHz) {
		int oldClockMHz = clockMHz;
		clockMHz = newClockMHz;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.CPU_PROFILE__CLOCK_MHZ, oldClockMHz, clockMHz));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getKernelRoundTripCycles() {
		return kernelRoundTripCycles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernelRoundTripCycles(long newKernelRoundTripCycles) {
		long oldKernelRoundTripCycles = kernelRoundTripCycles;
		kernelRoundTripCycles = newKernelRoundTripCycles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.CPU_PROFILE__KERNEL_ROUND_TRIP_CYCLES, oldKernelRoundTripCycles, kernelRoundTripCycles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCr3LoadCycles() {
		return cr3LoadCycles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCr3LoadCycles(long newCr3LoadCycles) {
		long oldCr3LoadCycles = cr3LoadCycles;
		cr3LoadCycles = newCr3LoadCycles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.CPU_PROFILE__CR3_LOAD_CYCLES, oldCr3LoadCycles, cr3LoadCycles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTlbEntries() {
		return tlbEntries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlbEntries(int newTlbEntries) {
		int oldTlbEntries = tlbEntries;
		tlbEntries = newTlbEntries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.CPU_PROFILE__TLB_ENTRIES, oldTlbEntries, tlbEntries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTlbRefillCycles() {
		return tlbRefillCycles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlbRefillCycles(long newTlbRefillCycles) {
		long oldTlbRefillCycles = tlbRefillCycles;
		tlbRefillCycles = newTlbRefillCycles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.CPU_PROFILE__TLB_REFILL_CYCLES, oldTlbRefillCycles, tlbRefillCycles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPcid() {
		return pcid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPcid(boolean newPcid) {
		boolean oldPcid = pcid;
		pcid = newPcid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.CPU_PROFILE__PCID, oldPcid, pcid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKpti() {
		return kpti;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKpti(boolean newKpti) {
		boolean oldKpti = kpti;
		kpti = newKpti;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.CPU_PROFILE__KPTI, oldKpti, kpti));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFaultPathCycles() {
		return faultPathCycles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFaultPathCycles(long newFaultPathCycles) {
		long oldFaultPathCycles = faultPathCycles;
		faultPathCycles = newFaultPathCycles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.CPU_PROFILE__FAULT_PATH_CYCLES, oldFaultPathCycles, faultPathCycles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIpcPathCycles() {
		return ipcPathCycles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpcPathCycles(long newIpcPathCycles) {
		long oldIpcPathCycles = ipcPathCycles;
		ipcPathCycles = newIpcPathCycles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.CPU_PROFILE__IPC_PATH_CYCLES, oldIpcPathCycles, ipcPathCycles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPageTableBuildCycles() {
		return pageTableBuildCycles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageTableBuildCycles(long newPageTableBuildCycles) {
		long oldPageTableBuildCycles = pageTableBuildCycles;
		pageTableBuildCycles = newPageTableBuildCycles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoyotosPackage.CPU_PROFILE__PAGE_TABLE_BUILD_CYCLES, oldPageTableBuildCycles, pageTableBuildCycles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoyotosPackage.CPU_PROFILE__CLOCK_MHZ:
				return getClockMHz();
			case CoyotosPackage.CPU_PROFILE__KERNEL_ROUND_TRIP_CYCLES:
				return getKernelRoundTripCycles();
			case CoyotosPackage.CPU_PROFILE__CR3_LOAD_CYCLES:
				return getCr3LoadCycles();
			case CoyotosPackage.CPU_PROFILE__TLB_ENTRIES:
				return getTlbEntries();
			case CoyotosPackage.CPU_PROFILE__TLB_REFILL_CYCLES:
				return getTlbRefillCycles();
			case CoyotosPackage.CPU_PROFILE__PCID:
				return isPcid();
			case CoyotosPackage.CPU_PROFILE__KPTI:
				return isKpti();
			case CoyotosPackage.CPU_PROFILE__FAULT_PATH_CYCLES:
				return getFaultPathCycles();
			case CoyotosPackage.CPU_PROFILE__IPC_PATH_CYCLES:
				return getIpcPathCycles();
			case CoyotosPackage.CPU_PROFILE__PAGE_TABLE_BUILD_CYCLES:
				return getPageTableBuildCycles();
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
			case CoyotosPackage.CPU_PROFILE__CLOCK_MHZ:
				setClockMHz((Integer)newValue);
				return;
			case CoyotosPackage.CPU_PROFILE__KERNEL_ROUND_TRIP_CYCLES:
				setKernelRoundTripCycles((Long)newValue);
				return;
			case CoyotosPackage.CPU_PROFILE__CR3_LOAD_CYCLES:
				setCr3LoadCycles((Long)newValue);
				return;
			case CoyotosPackage.CPU_PROFILE__TLB_ENTRIES:
				setTlbEntries((Integer)newValue);
				return;
			case CoyotosPackage.CPU_PROFILE__TLB_REFILL_CYCLES:
				setTlbRefillCycles((Long)newValue);
				return;
			case CoyotosPackage.CPU_PROFILE__PCID:
				setPcid((Boolean)newValue);
				return;
			case CoyotosPackage.CPU_PROFILE__KPTI:
				setKpti((Boolean)newValue);
				return;
			case CoyotosPackage.CPU_PROFILE__FAULT_PATH_CYCLES:
				setFaultPathCycles((Long)newValue);
				return;
			case CoyotosPackage.CPU_PROFILE__IPC_PATH_CYCLES:
				setIpcPathCycles((Long)newValue);
				return;
			case CoyotosPackage.CPU_PROFILE__PAGE_TABLE_BUILD_CYCLES:
				setPageTableBuildCycles((Long)newValue);
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
			case CoyotosPackage.CPU_PROFILE__CLOCK_MHZ:
				setClockMHz(CLOCK_MHZ_EDEFAULT);
				return;
			case CoyotosPackage.CPU_PROFILE__KERNEL_ROUND_TRIP_CYCLES:
				setKernelRoundTripCycles(KERNEL_ROUND_TRIP_CYCLES_EDEFAULT);
				return;
			case CoyotosPackage.CPU_PROFILE__CR3_LOAD_CYCLES:
				setCr3LoadCycles(CR3_LOAD_CYCLES_EDEFAULT);
				return;
			case CoyotosPackage.CPU_PROFILE__TLB_ENTRIES:
				setTlbEntries(TLB_ENTRIES_EDEFAULT);
				return;
			case CoyotosPackage.CPU_PROFILE__TLB_REFILL_CYCLES:
				setTlbRefillCycles(TLB_REFILL_CYCLES_EDEFAULT);
				return;
			case CoyotosPackage.CPU_PROFILE__PCID:
				setPcid(PCID_EDEFAULT);
				return;
			case CoyotosPackage.CPU_PROFILE__KPTI:
				setKpti(KPTI_EDEFAULT);
				return;
			case CoyotosPackage.CPU_PROFILE__FAULT_PATH_CYCLES:
				setFaultPathCycles(FAULT_PATH_CYCLES_EDEFAULT);
				return;
			case CoyotosPackage.CPU_PROFILE__IPC_PATH_CYCLES:
				setIpcPathCycles(IPC_PATH_CYCLES_EDEFAULT);
				return;
			case CoyotosPackage.CPU_PROFILE__PAGE_TABLE_BUILD_CYCLES:
				setPageTableBuildCycles(PAGE_TABLE_BUILD_CYCLES_EDEFAULT);
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
			case CoyotosPackage.CPU_PROFILE__CLOCK_MHZ:
				return clockMHz != CLOCK_MHZ_EDEFAULT;
			case CoyotosPackage.CPU_PROFILE__KERNEL_ROUND_TRIP_CYCLES:
				return kernelRoundTripCycles != KERNEL_ROUND_TRIP_CYCLES_EDEFAULT;
			case CoyotosPackage.CPU_PROFILE__CR3_LOAD_CYCLES:
				return cr3LoadCycles != CR3_LOAD_CYCLES_EDEFAULT;
			case CoyotosPackage.CPU_PROFILE__TLB_ENTRIES:
				return tlbEntries != TLB_ENTRIES_EDEFAULT;
			case CoyotosPackage.CPU_PROFILE__TLB_REFILL_CYCLES:
				return tlbRefillCycles != TLB_REFILL_CYCLES_EDEFAULT;
			case CoyotosPackage.CPU_PROFILE__PCID:
				return pcid != PCID_EDEFAULT;
			case CoyotosPackage.CPU_PROFILE__KPTI:
				return kpti != KPTI_EDEFAULT;
			case CoyotosPackage.CPU_PROFILE__FAULT_PATH_CYCLES:
				return faultPathCycles != FAULT_PATH_CYCLES_EDEFAULT;
			case CoyotosPackage.CPU_PROFILE__IPC_PATH_CYCLES:
				return ipcPathCycles != IPC_PATH_CYCLES_EDEFAULT;
			case CoyotosPackage.CPU_PROFILE__PAGE_TABLE_BUILD_CYCLES:
				return pageTableBuildCycles != PAGE_TABLE_BUILD_CYCLES_EDEFAULT;
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
		result.append(" (clockMHz: ");
		result.append(clockMHz);
		result.append(", kernelRoundTripCycles: ");
		result.append(kernelRoundTripCycles);
		result.append(", cr3LoadCycles: ");
		result.append(cr3LoadCycles);
		result.append(", tlbEntries: ");
		result.append(tlbEntries);
		result.append(", tlbRefillCycles: ");
		result.append(tlbRefillCycles);
		result.append(", pcid: ");
		result.append(pcid);
		result.append(", kpti: ");
		result.append(kpti);
		result.append(", faultPathCycles: ");
		result.append(faultPathCycles);
		result.append(", ipcPathCycles: ");
		result.append(ipcPathCycles);
		result.append(", pageTableBuildCycles: ");
		result.append(pageTableBuildCycles);
		result.append(')');
		return result.toString();
	}

} //CpuProfileImpl
