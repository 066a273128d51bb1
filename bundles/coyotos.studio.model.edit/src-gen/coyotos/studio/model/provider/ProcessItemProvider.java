/**
 * Coyotos Studio
 */
package coyotos.studio.model.provider;


import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosPackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link coyotos.studio.model.Process} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProcessItemProvider extends KernelObjectItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProcessItemProvider(AdapterFactory adapterFactory) {
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

			addRunStatePropertyDescriptor(object);
			addFaultCodePropertyDescriptor(object);
			addFaultInfoPropertyDescriptor(object);
			addIsolationDomainPropertyDescriptor(object);
			addProgramImagePropertyDescriptor(object);
			addFlagsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Run State feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRunStatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Process_runState_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Process_runState_feature", "_UI_Process_type"),
				 CoyotosPackage.Literals.PROCESS__RUN_STATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fault Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFaultCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Process_faultCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Process_faultCode_feature", "_UI_Process_type"),
				 CoyotosPackage.Literals.PROCESS__FAULT_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fault Info feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFaultInfoPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Process_faultInfo_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Process_faultInfo_feature", "_UI_Process_type"),
				 CoyotosPackage.Literals.PROCESS__FAULT_INFO,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Isolation Domain feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIsolationDomainPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Process_isolationDomain_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Process_isolationDomain_feature", "_UI_Process_type"),
				 CoyotosPackage.Literals.PROCESS__ISOLATION_DOMAIN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Program Image feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProgramImagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Process_programImage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Process_programImage_feature", "_UI_Process_type"),
				 CoyotosPackage.Literals.PROCESS__PROGRAM_IMAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Flags feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFlagsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Process_flags_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Process_flags_feature", "_UI_Process_type"),
				 CoyotosPackage.Literals.PROCESS__FLAGS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CoyotosPackage.Literals.PROCESS__REGISTERS);
			childrenFeatures.add(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE);
			childrenFeatures.add(CoyotosPackage.Literals.PROCESS__SCHEDULE);
			childrenFeatures.add(CoyotosPackage.Literals.PROCESS__HANDLER);
			childrenFeatures.add(CoyotosPackage.Literals.PROCESS__ACTIVATION_HANDLER);
			childrenFeatures.add(CoyotosPackage.Literals.PROCESS__WORKLOAD);
			childrenFeatures.add(CoyotosPackage.Literals.PROCESS__HANDLER_ACTIONS);
			childrenFeatures.add(CoyotosPackage.Literals.PROCESS__BRAND);
			childrenFeatures.add(CoyotosPackage.Literals.PROCESS__COHORT);
			childrenFeatures.add(CoyotosPackage.Literals.PROCESS__IO_SPACE);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Process.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Process"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((coyotos.studio.model.Process)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Process_type") :
			getString("_UI_Process_type") + " " + label;
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

		switch (notification.getFeatureID(coyotos.studio.model.Process.class)) {
			case CoyotosPackage.PROCESS__RUN_STATE:
			case CoyotosPackage.PROCESS__FAULT_CODE:
			case CoyotosPackage.PROCESS__FAULT_INFO:
			case CoyotosPackage.PROCESS__ISOLATION_DOMAIN:
			case CoyotosPackage.PROCESS__PROGRAM_IMAGE:
			case CoyotosPackage.PROCESS__FLAGS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CoyotosPackage.PROCESS__REGISTERS:
			case CoyotosPackage.PROCESS__ADDRESS_SPACE:
			case CoyotosPackage.PROCESS__SCHEDULE:
			case CoyotosPackage.PROCESS__HANDLER:
			case CoyotosPackage.PROCESS__ACTIVATION_HANDLER:
			case CoyotosPackage.PROCESS__WORKLOAD:
			case CoyotosPackage.PROCESS__HANDLER_ACTIONS:
			case CoyotosPackage.PROCESS__BRAND:
			case CoyotosPackage.PROCESS__COHORT:
			case CoyotosPackage.PROCESS__IO_SPACE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__REGISTERS,
				 CoyotosFactory.eINSTANCE.createCapRegister()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createNullCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createGptCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createCapPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createLocalWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createEntryCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createEndpointCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createProcessCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createScheduleCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createSpaceBankCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createMiscCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createAppNoticeCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE,
				 CoyotosFactory.eINSTANCE.createPhysicalPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createNullCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createGptCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createCapPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createLocalWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createEntryCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createEndpointCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createProcessCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createScheduleCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createSpaceBankCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createMiscCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createAppNoticeCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__SCHEDULE,
				 CoyotosFactory.eINSTANCE.createPhysicalPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createNullCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createGptCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createCapPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createLocalWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createEntryCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createEndpointCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createProcessCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createScheduleCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createSpaceBankCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createMiscCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createAppNoticeCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER,
				 CoyotosFactory.eINSTANCE.createPhysicalPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__ACTIVATION_HANDLER,
				 CoyotosFactory.eINSTANCE.createActivationHandler()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__WORKLOAD,
				 CoyotosFactory.eINSTANCE.createWorkload()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER_ACTIONS,
				 CoyotosFactory.eINSTANCE.createMapFreshPage()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER_ACTIONS,
				 CoyotosFactory.eINSTANCE.createForwardFault()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__HANDLER_ACTIONS,
				 CoyotosFactory.eINSTANCE.createRefuseFault()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createNullCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createGptCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createCapPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createLocalWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createEntryCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createEndpointCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createProcessCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createScheduleCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createSpaceBankCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createMiscCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createAppNoticeCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__BRAND,
				 CoyotosFactory.eINSTANCE.createPhysicalPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createNullCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createGptCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createCapPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createLocalWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createEntryCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createEndpointCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createProcessCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createScheduleCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createSpaceBankCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createMiscCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createAppNoticeCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__COHORT,
				 CoyotosFactory.eINSTANCE.createPhysicalPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createNullCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createGptCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createCapPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createLocalWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createEntryCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createEndpointCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createProcessCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createScheduleCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createSpaceBankCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createMiscCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createAppNoticeCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.PROCESS__IO_SPACE,
				 CoyotosFactory.eINSTANCE.createPhysicalPageCapability()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE ||
			childFeature == CoyotosPackage.Literals.PROCESS__SCHEDULE ||
			childFeature == CoyotosPackage.Literals.PROCESS__HANDLER ||
			childFeature == CoyotosPackage.Literals.PROCESS__BRAND ||
			childFeature == CoyotosPackage.Literals.PROCESS__COHORT ||
			childFeature == CoyotosPackage.Literals.PROCESS__IO_SPACE;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
