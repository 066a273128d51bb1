package coyotos.studio.ui.internal.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import coyotos.studio.model.SimulationSetup;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.model.SetupProfile;

/**
 * A simulation setup's (or its custom CPU profile's) properties, followed by the constants of the CPU profile the
 * setup runs with, read-only, each with its value and its source or the word "estimate" (the same table
 * {@code simulate --explain} prints).
 */
public class ProfilePropertySource extends ItemPropertySource {

    private static final String PREFIX = "profile.";
    private final SimulationSetup setup;

    public ProfilePropertySource(Object object, SimulationSetup setup, IItemPropertySource itemSource) {
        super(object, itemSource);
        this.setup = setup;
    }

    private CostProfile profile() {
        return SetupProfile.of(setup);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> all = new ArrayList<>(List.of(super.getPropertyDescriptors()));
        CostProfile p = profile();
        if (p != null) {
            String category = "Profile " + p.name() + (p.hypothetical() ? " (hypothetical port)" : "")
                    + ": value and source";
            for (CostProfile.Constant c : p.explain()) {
                PropertyDescriptor d = new PropertyDescriptor(PREFIX + c.name(), c.name());
                d.setCategory(category);
                d.setDescription(c.source());
                all.add(d);
            }
        }
        return all.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (id instanceof String s && s.startsWith(PREFIX)) {
            CostProfile p = profile();
            String name = s.substring(PREFIX.length());
            return p == null ? null : p.explain().stream().filter(c -> c.name().equals(name))
                    .map(c -> c.value() + "  —  " + c.source()).findFirst().orElse(null);
        }
        return super.getPropertyValue(id);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return !(id instanceof String s && s.startsWith(PREFIX)) && super.isPropertySet(id);
    }

    @Override
    public void resetPropertyValue(Object id) {
        if (!(id instanceof String s && s.startsWith(PREFIX))) {
            super.resetPropertyValue(id);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (!(id instanceof String s && s.startsWith(PREFIX))) {
            super.setPropertyValue(id, value);
        }
    }
}
