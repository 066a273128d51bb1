package coyotos.studio.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** The defaults: runs as the model says, on the 2007 kernel, kept beside each model. */
public class PreferenceDefaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(StudioPreferences.NODE);
        defaults.put(StudioPreferences.PROFILE, "");
        defaults.put(StudioPreferences.KERNEL, StudioPreferences.KERNEL_2007);
        defaults.put(StudioPreferences.MAX_CYCLES, "");
        defaults.put(StudioPreferences.MAX_EVENTS, "");
        defaults.put(StudioPreferences.RUNS_FOLDER, "");
    }
}
