/**
 * Coyotos Studio
 */
package coyotos.studio.model.provider;


import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.edit.WhatIfLabels;

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
 * This is the item provider adapter for a {@link coyotos.studio.model.ActivationHandler} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ActivationHandlerItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivationHandlerItemProvider(AdapterFactory adapterFactory) {
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

			addDesignPropertyDescriptor(object);
			addEntryPCPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Design feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDesignPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ActivationHandler_design_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ActivationHandler_design_feature", "_UI_ActivationHandler_type"),
				 CoyotosPackage.Literals.ACTIVATION_HANDLER__DESIGN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Entry PC feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEntryPCPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ActivationHandler_entryPC_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ActivationHandler_entryPC_feature", "_UI_ActivationHandler_type"),
				 CoyotosPackage.Literals.ACTIVATION_HANDLER__ENTRY_PC,
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
			childrenFeatures.add(CoyotosPackage.Literals.ACTIVATION_HANDLER__STACK);
			childrenFeatures.add(CoyotosPackage.Literals.ACTIVATION_HANDLER__CODE);
			childrenFeatures.add(CoyotosPackage.Literals.ACTIVATION_HANDLER__HANDLES);
			childrenFeatures.add(CoyotosPackage.Literals.ACTIVATION_HANDLER__ACTIONS);
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
	 * This returns ActivationHandler.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ActivationHandler"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		ActivationHandler handler = (ActivationHandler)object;
		String label = handler.getName();
		String kind = WhatIfLabels.activation(handler);
		kind = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
		return label == null || label.length() == 0 ? kind : kind + " " + label;
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

		switch (notification.getFeatureID(ActivationHandler.class)) {
			case CoyotosPackage.ACTIVATION_HANDLER__DESIGN:
			case CoyotosPackage.ACTIVATION_HANDLER__ENTRY_PC:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CoyotosPackage.ACTIVATION_HANDLER__STACK:
			case CoyotosPackage.ACTIVATION_HANDLER__CODE:
			case CoyotosPackage.ACTIVATION_HANDLER__HANDLES:
			case CoyotosPackage.ACTIVATION_HANDLER__ACTIONS:
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
				(CoyotosPackage.Literals.ACTIVATION_HANDLER__STACK,
				 CoyotosFactory.eINSTANCE.createRegion()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.ACTIVATION_HANDLER__CODE,
				 CoyotosFactory.eINSTANCE.createRegion()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.ACTIVATION_HANDLER__HANDLES,
				 CoyotosFactory.eINSTANCE.createRegion()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.ACTIVATION_HANDLER__ACTIONS,
				 CoyotosFactory.eINSTANCE.createMapFreshPage()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.ACTIVATION_HANDLER__ACTIONS,
				 CoyotosFactory.eINSTANCE.createForwardFault()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.ACTIVATION_HANDLER__ACTIONS,
				 CoyotosFactory.eINSTANCE.createRefuseFault()));
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
			childFeature == CoyotosPackage.Literals.ACTIVATION_HANDLER__STACK ||
			childFeature == CoyotosPackage.Literals.ACTIVATION_HANDLER__CODE ||
			childFeature == CoyotosPackage.Literals.ACTIVATION_HANDLER__HANDLES;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
