package coyotos.studio.ui.internal.preferences;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The workspace's Coyotos preferences (Window &gt; Preferences &gt; Coyotos) and the one place that reads them.
 * An empty profile or limit means "as the model says".
 */
public final class StudioPreferences {

    public static final String NODE = "coyotos.studio.ui";
    public static final String PROFILE = "defaultProfile";
    public static final String KERNEL = "kernelVariant";
    public static final String MAX_CYCLES = "maxCycles";
    public static final String MAX_EVENTS = "maxEvents";
    public static final String RUNS_FOLDER = "runsFolder";

    /** Kernel variant ids, as the simulator names them (coyotos.studio.sim.image.KernelVariant). */
    public static final String KERNEL_2007 = "coyotos-2007";
    public static final String KERNEL_EROS = "eros-design";
    public static final String[] KERNELS = { KERNEL_2007, KERNEL_EROS };

    private StudioPreferences() {
    }

    /** The CPU profile new launch configurations start with; empty: the model's. */
    public static String profile() {
        return get(PROFILE);
    }

    /**
     * The kernel variant new launch configurations start with. Read by {@link
     * coyotos.studio.ui.internal.launch.LaunchDefaults}, which writes it to a new configuration's {@code coyotos.kernel}
     * attribute, the kernel variant the launch hands to the simulator.
     */
    public static String kernel() {
        String kernel = get(KERNEL);
        return kernel.isEmpty() ? KERNEL_2007 : kernel;
    }

    /** The cycle limit new launch configurations start with; empty: the model's. */
    public static String maxCycles() {
        return get(MAX_CYCLES);
    }

    /** The event limit new launch configurations start with; empty: the model's. */
    public static String maxEvents() {
        return get(MAX_EVENTS);
    }

    /** The folder runs are kept in, or null to keep each model's runs beside it. */
    public static Path runsFolder() {
        String folder = get(RUNS_FOLDER);
        return folder.isBlank() ? null : Path.of(folder.trim());
    }

    private static String get(String key) {
        return Platform.getPreferencesService().getString(NODE, key, "", null).trim();
    }

    /** The node the preference page writes (tests set values through it too). */
    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
