/**
 * Coyotos Studio
 */
package coyotos.studio.model.provider;


import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.CpuProfile;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link coyotos.studio.model.CpuProfile} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CpuProfileItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CpuProfileItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addClockMHzPropertyDescriptor(object);
			addKernelRoundTripCyclesPropertyDescriptor(object);
			addCr3LoadCyclesPropertyDescriptor(object);
			addTlbEntriesPropertyDescriptor(object);
			addTlbRefillCyclesPropertyDescriptor(object);
			addPcidPropertyDescriptor(object);
			addKptiPropertyDescriptor(object);
			addFaultPathCyclesPropertyDescriptor(object);
			addIpcPathCyclesPropertyDescriptor(object);
			addPageTableBuildCyclesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Clock MHz feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClockMHzPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CpuProfile_clockMHz_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CpuProfile_clockMHz_feature", "_UI_CpuProfile_type"),
				 CoyotosPackage.Literals.CPU_PROFILE__CLOCK_MHZ,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kernel Round Trip Cycles feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKernelRoundTripCyclesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CpuProfile_kernelRoundTripCycles_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CpuProfile_kernelRoundTripCycles_feature", "_UI_CpuProfile_type"),
				 CoyotosPackage.Literals.CPU_PROFILE__KERNEL_ROUND_TRIP_CYCLES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cr3 Load Cycles feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCr3LoadCyclesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CpuProfile_cr3LoadCycles_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CpuProfile_cr3LoadCycles_feature", "_UI_CpuProfile_type"),
				 CoyotosPackage.Literals.CPU_PROFILE__CR3_LOAD_CYCLES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tlb Entries feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTlbEntriesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CpuProfile_tlbEntries_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CpuProfile_tlbEntries_feature", "_UI_CpuProfile_type"),
				 CoyotosPackage.Literals.CPU_PROFILE__TLB_ENTRIES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tlb Refill Cycles feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTlbRefillCyclesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CpuProfile_tlbRefillCycles_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CpuProfile_tlbRefillCycles_feature", "_UI_CpuProfile_type"),
				 CoyotosPackage.Literals.CPU_PROFILE__TLB_REFILL_CYCLES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pcid feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPcidPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CpuProfile_pcid_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CpuProfile_pcid_feature", "_UI_CpuProfile_type"),
				 CoyotosPackage.Literals.CPU_PROFILE__PCID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kpti feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKptiPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CpuProfile_kpti_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CpuProfile_kpti_feature", "_UI_CpuProfile_type"),
				 CoyotosPackage.Literals.CPU_PROFILE__KPTI,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fault Path Cycles feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFaultPathCyclesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CpuProfile_faultPathCycles_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CpuProfile_faultPathCycles_feature", "_UI_CpuProfile_type"),
				 CoyotosPackage.Literals.CPU_PROFILE__FAULT_PATH_CYCLES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ipc Path Cycles feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIpcPathCyclesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CpuProfile_ipcPathCycles_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CpuProfile_ipcPathCycles_feature", "_UI_CpuProfile_type"),
				 CoyotosPackage.Literals.CPU_PROFILE__IPC_PATH_CYCLES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Page Table Build Cycles feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPageTableBuildCyclesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CpuProfile_pageTableBuildCycles_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CpuProfile_pageTableBuildCycles_feature", "_UI_CpuProfile_type"),
				 CoyotosPackage.Literals.CPU_PROFILE__PAGE_TABLE_BUILD_CYCLES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns CpuProfile.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CpuProfile"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CpuProfile)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_CpuProfile_type") :
			getString("_UI_CpuProfile_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(CpuProfile.class)) {
			case CoyotosPackage.CPU_PROFILE__CLOCK_MHZ:
			case CoyotosPackage.CPU_PROFILE__KERNEL_ROUND_TRIP_CYCLES:
			case CoyotosPackage.CPU_PROFILE__CR3_LOAD_CYCLES:
			case CoyotosPackage.CPU_PROFILE__TLB_ENTRIES:
			case CoyotosPackage.CPU_PROFILE__TLB_REFILL_CYCLES:
			case CoyotosPackage.CPU_PROFILE__PCID:
			case CoyotosPackage.CPU_PROFILE__KPTI:
			case CoyotosPackage.CPU_PROFILE__FAULT_PATH_CYCLES:
			case CoyotosPackage.CPU_PROFILE__IPC_PATH_CYCLES:
			case CoyotosPackage.CPU_PROFILE__PAGE_TABLE_BUILD_CYCLES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
