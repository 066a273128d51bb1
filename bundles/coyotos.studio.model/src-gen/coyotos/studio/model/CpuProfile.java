/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cpu Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A user-defined CPU cost profile; every cost in cycles.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.CpuProfile#getClockMHz <em>Clock MHz</em>}</li>
 *   <li>{@link coyotos.studio.model.CpuProfile#getKernelRoundTripCycles <em>Kernel Round Trip Cycles</em>}</li>
 *   <li>{@link coyotos.studio.model.CpuProfile#getCr3LoadCycles <em>Cr3 Load Cycles</em>}</li>
 *   <li>{@link coyotos.studio.model.CpuProfile#getTlbEntries <em>Tlb Entries</em>}</li>
 *   <li>{@link coyotos.studio.model.CpuProfile#getTlbRefillCycles <em>Tlb Refill Cycles</em>}</li>
 *   <li>{@link coyotos.studio.model.CpuProfile#isPcid <em>Pcid</em>}</li>
 *   <li>{@link coyotos.studio.model.CpuProfile#isKpti <em>Kpti</em>}</li>
 *   <li>{@link coyotos.studio.model.CpuProfile#getFaultPathCycles <em>Fault Path Cycles</em>}</li>
 *   <li>{@link coyotos.studio.model.CpuProfile#getIpcPathCycles <em>Ipc Path Cycles</em>}</li>
 *   <li>{@link coyotos.studio.model.CpuProfile#getPageTableBuildCycles <em>Page Table Build Cycles</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getCpuProfile()
 * @model
 * @generated
 */
public interface CpuProfile extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Clock MHz</b></em>' attribute.
	 * The default value is <code>"2000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clock MHz</em>' attribute.
	 * @see #setClockMHz(int)
	 * @see coyotos.studio.model.CoyotosPackage#getCpuProfile_ClockMHz()
	 * @model default="2000"
	 * @generated
	 */
	int getClockMHz();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.CpuProfile#getClockMHz <em>Clock MHz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clock MHz</em>' attribute.
	 * @see #getClockMHz()
	 * @generated
	 */
	void setClockMHz(int value);

	/**
	 * Returns the value of the '<em><b>Kernel Round Trip Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel Round Trip Cycles</em>' attribute.
	 * @see #setKernelRoundTripCycles(long)
	 * @see coyotos.studio.model.CoyotosPackage#getCpuProfile_KernelRoundTripCycles()
	 * @model
	 * @generated
	 */
	long getKernelRoundTripCycles();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.CpuProfile#getKernelRoundTripCycles <em>Kernel Round Trip Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel Round Trip Cycles</em>' attribute.
	 * @see #getKernelRoundTripCycles()
	 * @generated
	 */
	void setKernelRoundTripCycles(long value);

	/**
	 * Returns the value of the '<em><b>Cr3 Load Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cr3 Load Cycles</em>' attribute.
	 * @see #setCr3LoadCycles(long)
	 * @see coyotos.studio.model.CoyotosPackage#getCpuProfile_Cr3LoadCycles()
	 * @model
	 * @generated
	 */
	long getCr3LoadCycles();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.CpuProfile#getCr3LoadCycles <em>Cr3 Load Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cr3 Load Cycles</em>' attribute.
	 * @see #getCr3LoadCycles()
	 * @generated
	 */
	void setCr3LoadCycles(long value);

	/**
	 * Returns the value of the '<em><b>Tlb Entries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tlb Entries</em>' attribute.
	 * @see #setTlbEntries(int)
	 * @see coyotos.studio.model.CoyotosPackage#getCpuProfile_TlbEntries()
	 * @model
	 * @generated
	 */
	int getTlbEntries();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.CpuProfile#getTlbEntries <em>Tlb Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tlb Entries</em>' attribute.
	 * @see #getTlbEntries()
	 * @generated
	 */
	void setTlbEntries(int value);

	/**
	 * Returns the value of the '<em><b>Tlb Refill Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tlb Refill Cycles</em>' attribute.
	 * @see #setTlbRefillCycles(long)
	 * @see coyotos.studio.model.CoyotosPackage#getCpuProfile_TlbRefillCycles()
	 * @model
	 * @generated
	 */
	long getTlbRefillCycles();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.CpuProfile#getTlbRefillCycles <em>Tlb Refill Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tlb Refill Cycles</em>' attribute.
	 * @see #getTlbRefillCycles()
	 * @generated
	 */
	void setTlbRefillCycles(long value);

	/**
	 * Returns the value of the '<em><b>Pcid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pcid</em>' attribute.
	 * @see #setPcid(boolean)
	 * @see coyotos.studio.model.CoyotosPackage#getCpuProfile_Pcid()
	 * @model
	 * @generated
	 */
	boolean isPcid();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.CpuProfile#isPcid <em>Pcid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pcid</em>' attribute.
	 * @see #isPcid()
	 * @generated
	 */
	void setPcid(boolean value);

	/**
	 * Returns the value of the '<em><b>Kpti</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpti</em>' attribute.
	 * @see #setKpti(boolean)
	 * @see coyotos.studio.model.CoyotosPackage#getCpuProfile_Kpti()
	 * @model
	 * @generated
	 */
	boolean isKpti();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.CpuProfile#isKpti <em>Kpti</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kpti</em>' attribute.
	 * @see #isKpti()
	 * @generated
	 */
	void setKpti(boolean value);

	/**
	 * Returns the value of the '<em><b>Fault Path Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fault Path Cycles</em>' attribute.
	 * @see #setFaultPathCycles(long)
	 * @see coyotos.studio.model.CoyotosPackage#getCpuProfile_FaultPathCycles()
	 * @model
	 * @generated
	 */
	long getFaultPathCycles();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.CpuProfile#getFaultPathCycles <em>Fault Path Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fault Path Cycles</em>' attribute.
	 * @see #getFaultPathCycles()
	 * @generated
	 */
	void setFaultPathCycles(long value);

	/**
	 * Returns the value of the '<em><b>Ipc Path Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ipc Path Cycles</em>' attribute.
	 * @see #setIpcPathCycles(long)
	 * @see coyotos.studio.model.CoyotosPackage#getCpuProfile_IpcPathCycles()
	 * @model
	 * @generated
	 */
	long getIpcPathCycles();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.CpuProfile#getIpcPathCycles <em>Ipc Path Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipc Path Cycles</em>' attribute.
	 * @see #getIpcPathCycles()
	 * @generated
	 */
	void setIpcPathCycles(long value);

	/**
	 * Returns the value of the '<em><b>Page Table Build Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page Table Build Cycles</em>' attribute.
	 * @see #setPageTableBuildCycles(long)
	 * @see coyotos.studio.model.CoyotosPackage#getCpuProfile_PageTableBuildCycles()
	 * @model
	 * @generated
	 */
	long getPageTableBuildCycles();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.CpuProfile#getPageTableBuildCycles <em>Page Table Build Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Table Build Cycles</em>' attribute.
	 * @see #getPageTableBuildCycles()
	 * @generated
	 */
	void setPageTableBuildCycles(long value);

} // CpuProfile
