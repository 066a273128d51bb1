package coyotos.studio.ui.internal.launch;

import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

import coyotos.studio.ui.internal.preferences.StudioPreferences;

/**
 * What a new Coyotos Simulation configuration starts with: the preferences (Window &gt; Preferences &gt;
 * Coyotos). Used by the launch tab's defaults and by Run As, which makes a configuration for a model that has none.
 */
public final class LaunchDefaults {

    /** The launch configuration attribute of the kernel variant (a {@code KernelVariant} id of the simulator). */
    public static final String KERNEL = "coyotos.kernel";

    private LaunchDefaults() {
    }

    public static void apply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(SimulationSettings.PROFILE, StudioPreferences.profile());
        configuration.setAttribute(KERNEL, StudioPreferences.kernel());
        configuration.setAttribute(SimulationSettings.MAX_CYCLES, StudioPreferences.maxCycles());
        configuration.setAttribute(SimulationSettings.MAX_EVENTS, StudioPreferences.maxEvents());
    }
}
