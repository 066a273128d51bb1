/**
 * Coyotos Studio
 */
package coyotos.studio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Coyotos process (spec 3.1): 32 capability registers, the address space, schedule and handler slots, faultCode/faultInfo.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.Process#getRunState <em>Run State</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getRegisters <em>Registers</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getAddressSpace <em>Address Space</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getHandler <em>Handler</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getFaultCode <em>Fault Code</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getFaultInfo <em>Fault Info</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getIsolationDomain <em>Isolation Domain</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getActivationHandler <em>Activation Handler</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getWorkload <em>Workload</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getHandlerActions <em>Handler Actions</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getProgramImage <em>Program Image</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getFlags <em>Flags</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getBrand <em>Brand</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getCohort <em>Cohort</em>}</li>
 *   <li>{@link coyotos.studio.model.Process#getIoSpace <em>Io Space</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getProcess()
 * @model
 * @generated
 */
public interface Process extends KernelObject {
	/**
	 * Returns the value of the '<em><b>Run State</b></em>' attribute.
	 * The default value is <code>"RUNNING"</code>.
	 * The literals are from the enumeration {@link coyotos.studio.model.RunState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run State</em>' attribute.
	 * @see coyotos.studio.model.RunState
	 * @see #setRunState(RunState)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_RunState()
	 * @model default="RUNNING"
	 * @generated
	 */
	RunState getRunState();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getRunState <em>Run State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run State</em>' attribute.
	 * @see coyotos.studio.model.RunState
	 * @see #getRunState()
	 * @generated
	 */
	void setRunState(RunState value);

	/**
	 * Returns the value of the '<em><b>Registers</b></em>' containment reference list.
	 * The list contents are of type {@link coyotos.studio.model.CapRegister}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registers</em>' containment reference list.
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_Registers()
	 * @model containment="true" upper="32"
	 * @generated
	 */
	EList<CapRegister> getRegisters();

	/**
	 * Returns the value of the '<em><b>Address Space</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address Space</em>' containment reference.
	 * @see #setAddressSpace(Capability)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_AddressSpace()
	 * @model containment="true"
	 * @generated
	 */
	Capability getAddressSpace();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getAddressSpace <em>Address Space</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address Space</em>' containment reference.
	 * @see #getAddressSpace()
	 * @generated
	 */
	void setAddressSpace(Capability value);

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schedule</em>' containment reference.
	 * @see #setSchedule(Capability)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_Schedule()
	 * @model containment="true"
	 * @generated
	 */
	Capability getSchedule();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getSchedule <em>Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' containment reference.
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(Capability value);

	/**
	 * Returns the value of the '<em><b>Handler</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process handler slot: an entry capability to the external fault handler, or empty (spec 3.3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handler</em>' containment reference.
	 * @see #setHandler(Capability)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_Handler()
	 * @model containment="true"
	 * @generated
	 */
	Capability getHandler();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getHandler <em>Handler</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handler</em>' containment reference.
	 * @see #getHandler()
	 * @generated
	 */
	void setHandler(Capability value);

	/**
	 * Returns the value of the '<em><b>Fault Code</b></em>' attribute.
	 * The default value is <code>"Startup"</code>.
	 * The literals are from the enumeration {@link coyotos.studio.model.FaultCode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fault Code</em>' attribute.
	 * @see coyotos.studio.model.FaultCode
	 * @see #setFaultCode(FaultCode)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_FaultCode()
	 * @model default="Startup"
	 * @generated
	 */
	FaultCode getFaultCode();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getFaultCode <em>Fault Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fault Code</em>' attribute.
	 * @see coyotos.studio.model.FaultCode
	 * @see #getFaultCode()
	 * @generated
	 */
	void setFaultCode(FaultCode value);

	/**
	 * Returns the value of the '<em><b>Fault Info</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With faultCode Startup: the initial PC.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fault Info</em>' attribute.
	 * @see #isSetFaultInfo()
	 * @see #unsetFaultInfo()
	 * @see #setFaultInfo(long)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_FaultInfo()
	 * @model unsettable="true"
	 * @generated
	 */
	long getFaultInfo();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getFaultInfo <em>Fault Info</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fault Info</em>' attribute.
	 * @see #isSetFaultInfo()
	 * @see #unsetFaultInfo()
	 * @see #getFaultInfo()
	 * @generated
	 */
	void setFaultInfo(long value);

	/**
	 * Unsets the value of the '{@link coyotos.studio.model.Process#getFaultInfo <em>Fault Info</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFaultInfo()
	 * @see #getFaultInfo()
	 * @see #setFaultInfo(long)
	 * @generated
	 */
	void unsetFaultInfo();

	/**
	 * Returns whether the value of the '{@link coyotos.studio.model.Process#getFaultInfo <em>Fault Info</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Fault Info</em>' attribute is set.
	 * @see #unsetFaultInfo()
	 * @see #getFaultInfo()
	 * @see #setFaultInfo(long)
	 * @generated
	 */
	boolean isSetFaultInfo();

	/**
	 * Returns the value of the '<em><b>Isolation Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Isolation Domain</em>' attribute.
	 * @see #setIsolationDomain(String)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_IsolationDomain()
	 * @model
	 * @generated
	 */
	String getIsolationDomain();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getIsolationDomain <em>Isolation Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Isolation Domain</em>' attribute.
	 * @see #getIsolationDomain()
	 * @generated
	 */
	void setIsolationDomain(String value);

	/**
	 * Returns the value of the '<em><b>Activation Handler</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activation Handler</em>' containment reference.
	 * @see #setActivationHandler(ActivationHandler)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_ActivationHandler()
	 * @model containment="true"
	 * @generated
	 */
	ActivationHandler getActivationHandler();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getActivationHandler <em>Activation Handler</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation Handler</em>' containment reference.
	 * @see #getActivationHandler()
	 * @generated
	 */
	void setActivationHandler(ActivationHandler value);

	/**
	 * Returns the value of the '<em><b>Workload</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workload</em>' containment reference.
	 * @see #setWorkload(Workload)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_Workload()
	 * @model containment="true"
	 * @generated
	 */
	Workload getWorkload();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getWorkload <em>Workload</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workload</em>' containment reference.
	 * @see #getWorkload()
	 * @generated
	 */
	void setWorkload(Workload value);

	/**
	 * Returns the value of the '<em><b>Handler Actions</b></em>' containment reference list.
	 * The list contents are of type {@link coyotos.studio.model.HandlerAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What this process does with a fault message it receives as a process or memory handler, tried in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handler Actions</em>' containment reference list.
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_HandlerActions()
	 * @model containment="true"
	 * @generated
	 */
	EList<HandlerAction> getHandlerActions();

	/**
	 * Returns the value of the '<em><b>Program Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An i386 ELF executable the process runs instead of a workload, as a path relative to the model file. It is loaded as mkimage's loadimage does (ccs/mkimage/builtin.cxx): each PT_LOAD segment into pages of a new GPT space, which becomes the address space; the entry point is the initial PC; the general registers start at zero.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Program Image</em>' attribute.
	 * @see #setProgramImage(String)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_ProgramImage()
	 * @model
	 * @generated
	 */
	String getProgramImage();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getProgramImage <em>Program Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Program Image</em>' attribute.
	 * @see #getProgramImage()
	 * @generated
	 */
	void setProgramImage(String value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process flags word (obstore/Process.h PFLAGS_*), as mkimage sets it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(int)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_Flags()
	 * @model
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(int value);

	/**
	 * Returns the value of the '<em><b>Brand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The brand slot: any capability, which tells who made the process (spec 3.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Brand</em>' containment reference.
	 * @see #setBrand(Capability)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_Brand()
	 * @model containment="true"
	 * @generated
	 */
	Capability getBrand();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getBrand <em>Brand</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand</em>' containment reference.
	 * @see #getBrand()
	 * @generated
	 */
	void setBrand(Capability value);

	/**
	 * Returns the value of the '<em><b>Cohort</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cohort</em>' containment reference.
	 * @see #setCohort(Capability)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_Cohort()
	 * @model containment="true"
	 * @generated
	 */
	Capability getCohort();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getCohort <em>Cohort</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cohort</em>' containment reference.
	 * @see #getCohort()
	 * @generated
	 */
	void setCohort(Capability value);

	/**
	 * Returns the value of the '<em><b>Io Space</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IO space: empty or an IoPerm capability (libcoyimage CoyImage::Validate).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Io Space</em>' containment reference.
	 * @see #setIoSpace(Capability)
	 * @see coyotos.studio.model.CoyotosPackage#getProcess_IoSpace()
	 * @model containment="true"
	 * @generated
	 */
	Capability getIoSpace();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Process#getIoSpace <em>Io Space</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Io Space</em>' containment reference.
	 * @see #getIoSpace()
	 * @generated
	 */
	void setIoSpace(Capability value);

} // Process
