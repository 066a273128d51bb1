/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Memory Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Memory capability with guard (match: 24 bits in the kernel, l2g) and restrictions weak, readOnly, noExecute, opaque (spec 4.1.1) and noCall (the kernel's fifth bit, Memory.idl). Exported in the kernel's encoding: WK 0x01, RO 0x02, NX 0x04, OP 0x08, NC 0x10; spec 4.1.1 encodes RO 0x1, NX 0x2, WK 0x4, OP 0x8 and has no no-call bit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.MemoryCapability#getMatch <em>Match</em>}</li>
 *   <li>{@link coyotos.studio.model.MemoryCapability#getL2g <em>L2g</em>}</li>
 *   <li>{@link coyotos.studio.model.MemoryCapability#isReadOnly <em>Read Only</em>}</li>
 *   <li>{@link coyotos.studio.model.MemoryCapability#isNoExecute <em>No Execute</em>}</li>
 *   <li>{@link coyotos.studio.model.MemoryCapability#isWeak <em>Weak</em>}</li>
 *   <li>{@link coyotos.studio.model.MemoryCapability#isOpaque <em>Opaque</em>}</li>
 *   <li>{@link coyotos.studio.model.MemoryCapability#isNoCall <em>No Call</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getMemoryCapability()
 * @model abstract="true"
 * @generated
 */
public interface MemoryCapability extends Capability {
	/**
	 * Returns the value of the '<em><b>Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match</em>' attribute.
	 * @see #setMatch(long)
	 * @see coyotos.studio.model.CoyotosPackage#getMemoryCapability_Match()
	 * @model
	 * @generated
	 */
	long getMatch();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.MemoryCapability#getMatch <em>Match</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match</em>' attribute.
	 * @see #getMatch()
	 * @generated
	 */
	void setMatch(long value);

	/**
	 * Returns the value of the '<em><b>L2g</b></em>' attribute.
	 * The default value is <code>"64"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>L2g</em>' attribute.
	 * @see #setL2g(int)
	 * @see coyotos.studio.model.CoyotosPackage#getMemoryCapability_L2g()
	 * @model default="64"
	 * @generated
	 */
	int getL2g();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.MemoryCapability#getL2g <em>L2g</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>L2g</em>' attribute.
	 * @see #getL2g()
	 * @generated
	 */
	void setL2g(int value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(boolean)
	 * @see coyotos.studio.model.CoyotosPackage#getMemoryCapability_ReadOnly()
	 * @model
	 * @generated
	 */
	boolean isReadOnly();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.MemoryCapability#isReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #isReadOnly()
	 * @generated
	 */
	void setReadOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>No Execute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>No Execute</em>' attribute.
	 * @see #setNoExecute(boolean)
	 * @see coyotos.studio.model.CoyotosPackage#getMemoryCapability_NoExecute()
	 * @model
	 * @generated
	 */
	boolean isNoExecute();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.MemoryCapability#isNoExecute <em>No Execute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Execute</em>' attribute.
	 * @see #isNoExecute()
	 * @generated
	 */
	void setNoExecute(boolean value);

	/**
	 * Returns the value of the '<em><b>Weak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weak</em>' attribute.
	 * @see #setWeak(boolean)
	 * @see coyotos.studio.model.CoyotosPackage#getMemoryCapability_Weak()
	 * @model
	 * @generated
	 */
	boolean isWeak();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.MemoryCapability#isWeak <em>Weak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weak</em>' attribute.
	 * @see #isWeak()
	 * @generated
	 */
	void setWeak(boolean value);

	/**
	 * Returns the value of the '<em><b>Opaque</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opaque</em>' attribute.
	 * @see #setOpaque(boolean)
	 * @see coyotos.studio.model.CoyotosPackage#getMemoryCapability_Opaque()
	 * @model
	 * @generated
	 */
	boolean isOpaque();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.MemoryCapability#isOpaque <em>Opaque</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opaque</em>' attribute.
	 * @see #isOpaque()
	 * @generated
	 */
	void setOpaque(boolean value);

	/**
	 * Returns the value of the '<em><b>No Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No memory handler is called below this capability (Memory.idl noCall; kern_Process.c proc_deliver_memory_fault stops its handler search here). Not meaningful on page and cap page capabilities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No Call</em>' attribute.
	 * @see #setNoCall(boolean)
	 * @see coyotos.studio.model.CoyotosPackage#getMemoryCapability_NoCall()
	 * @model
	 * @generated
	 */
	boolean isNoCall();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.MemoryCapability#isNoCall <em>No Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Call</em>' attribute.
	 * @see #isNoCall()
	 * @generated
	 */
	void setNoCall(boolean value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	MemoryObject getTargetObject();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The restrictions in the kernel's encoding (obstore/capability.h, Memory.idl): WK 0x01, RO 0x02, NX 0x04, OP 0x08, NC 0x10. Spec 4.1.1 encodes RO 0x1, NX 0x2, WK 0x4, OP 0x8 and has no no-call bit.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	int getRestrictionBits();

} // MemoryCapability
