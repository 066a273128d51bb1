/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Physical Page Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A page capability to a physical page frame, not to a page of the image (mkimage PhysPageCap).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.PhysicalPageCapability#getFrame <em>Frame</em>}</li>
 *   <li>{@link coyotos.studio.model.PhysicalPageCapability#isCacheDisabled <em>Cache Disabled</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getPhysicalPageCapability()
 * @model
 * @generated
 */
public interface PhysicalPageCapability extends MemoryCapability {
	/**
	 * Returns the value of the '<em><b>Frame</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frame</em>' attribute.
	 * @see #setFrame(long)
	 * @see coyotos.studio.model.CoyotosPackage#getPhysicalPageCapability_Frame()
	 * @model
	 * @generated
	 */
	long getFrame();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.PhysicalPageCapability#getFrame <em>Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame</em>' attribute.
	 * @see #getFrame()
	 * @generated
	 */
	void setFrame(long value);

	/**
	 * Returns the value of the '<em><b>Cache Disabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cache Disabled</em>' attribute.
	 * @see #setCacheDisabled(boolean)
	 * @see coyotos.studio.model.CoyotosPackage#getPhysicalPageCapability_CacheDisabled()
	 * @model
	 * @generated
	 */
	boolean isCacheDisabled();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.PhysicalPageCapability#isCacheDisabled <em>Cache Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache Disabled</em>' attribute.
	 * @see #isCacheDisabled()
	 * @generated
	 */
	void setCacheDisabled(boolean value);

} // PhysicalPageCapability
