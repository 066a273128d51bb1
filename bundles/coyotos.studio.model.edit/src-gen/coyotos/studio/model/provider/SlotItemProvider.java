/**
 * Coyotos Studio
 */
package coyotos.studio.model.provider;


import coyotos.studio.model.edit.CapabilityLabels;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.Slot;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link coyotos.studio.model.Slot} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SlotItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SlotItemProvider(AdapterFactory adapterFactory) {
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

			addIndexPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Index feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIndexPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Slot_index_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Slot_index_feature", "_UI_Slot_type"),
				 CoyotosPackage.Literals.SLOT__INDEX,
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
			childrenFeatures.add(CoyotosPackage.Literals.SLOT__CAP);
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
	 * This returns Slot.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Slot"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		Slot slot = (Slot)object;
		// the slot reads as what it holds: the tree then shows the space, not a list of numbers
		return getString("_UI_Slot_type") + " " + slot.getIndex() + ": " + CapabilityLabels.of(slot.getCap());
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

		switch (notification.getFeatureID(Slot.class)) {
			case CoyotosPackage.SLOT__INDEX:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CoyotosPackage.SLOT__CAP:
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
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createNullCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createGptCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createCapPageCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createLocalWindowCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createEntryCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createEndpointCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createProcessCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createScheduleCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createSpaceBankCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createMiscCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createAppNoticeCapability()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.SLOT__CAP,
				 CoyotosFactory.eINSTANCE.createPhysicalPageCapability()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return CoyotosEditPlugin.INSTANCE;
	}

}
