package coyotos.studio.ui.internal.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

import coyotos.studio.model.CpuProfile;
import coyotos.studio.model.SimulationSetup;

/** Gives the Properties view an {@link IPropertySource} for any object whose item provider describes properties. */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        Object adapter = adapterFactory.adapt(object, IItemPropertySource.class);
        if (!(adapter instanceof IItemPropertySource itemSource)) {
            return null;
        }
        // A simulation setup and its custom profile also show the profile's constants with their sources.
        if (object instanceof SimulationSetup setup) {
            return new ProfilePropertySource(object, setup, itemSource);
        }
        if (object instanceof CpuProfile profile && profile.eContainer() instanceof SimulationSetup setup) {
            return new ProfilePropertySource(object, setup, itemSource);
        }
        return new ItemPropertySource(object, itemSource);
    }
}
