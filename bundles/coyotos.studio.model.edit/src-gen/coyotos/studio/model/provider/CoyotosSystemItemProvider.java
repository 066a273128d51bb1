/**
 * Coyotos Studio
 */
package coyotos.studio.model.provider;


import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.CoyotosSystem;

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
 * This is the item provider adapter for a {@link coyotos.studio.model.CoyotosSystem} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CoyotosSystemItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoyotosSystemItemProvider(AdapterFactory adapterFactory) {
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

			addArchitecturePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Architecture feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addArchitecturePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CoyotosSystem_architecture_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CoyotosSystem_architecture_feature", "_UI_CoyotosSystem_type"),
				 CoyotosPackage.Literals.COYOTOS_SYSTEM__ARCHITECTURE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(CoyotosPackage.Literals.COYOTOS_SYSTEM__OBJECTS);
			childrenFeatures.add(CoyotosPackage.Literals.COYOTOS_SYSTEM__SIMULATION);
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
	 * This returns CoyotosSystem.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CoyotosSystem"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CoyotosSystem)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_CoyotosSystem_type") :
			getString("_UI_CoyotosSystem_type") + " " + label;
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

		switch (notification.getFeatureID(CoyotosSystem.class)) {
			case CoyotosPackage.COYOTOS_SYSTEM__ARCHITECTURE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CoyotosPackage.COYOTOS_SYSTEM__OBJECTS:
			case CoyotosPackage.COYOTOS_SYSTEM__SIMULATION:
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
				(CoyotosPackage.Literals.COYOTOS_SYSTEM__OBJECTS,
				 CoyotosFactory.eINSTANCE.createProcess()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.COYOTOS_SYSTEM__OBJECTS,
				 CoyotosFactory.eINSTANCE.createGpt()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.COYOTOS_SYSTEM__OBJECTS,
				 CoyotosFactory.eINSTANCE.createPage()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.COYOTOS_SYSTEM__OBJECTS,
				 CoyotosFactory.eINSTANCE.createCapPage()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.COYOTOS_SYSTEM__OBJECTS,
				 CoyotosFactory.eINSTANCE.createEndpoint()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.COYOTOS_SYSTEM__OBJECTS,
				 CoyotosFactory.eINSTANCE.createSchedule()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.COYOTOS_SYSTEM__OBJECTS,
				 CoyotosFactory.eINSTANCE.createSpaceBank()));

		newChildDescriptors.add
			(createChildParameter
				(CoyotosPackage.Literals.COYOTOS_SYSTEM__SIMULATION,
				 CoyotosFactory.eINSTANCE.createSimulationSetup()));
	}

}
