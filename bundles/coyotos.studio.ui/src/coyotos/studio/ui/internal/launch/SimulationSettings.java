package coyotos.studio.ui.internal.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.emf.common.util.URI;

import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;

/**
 * The settings of a "Coyotos Simulation" launch configuration, read and checked in one place so that the
 * tab, the delegate and the shortcut agree on what a valid launch is. Empty fields mean "as the model says".
 * The numbers and the profile are checked as the CLI checks them ({@link SimulationOverrides#fromText}; the
 * profile against {@link ModelSimulation#profileNames}: the built-ins and the model's own). A profile alias
 * ({@code p4-2007} in configurations saved before the profiles were split) becomes the profile it stands for;
 * the kernel is a kernel variant id, empty for the model's.
 */
public record SimulationSettings(IFile model, SimulationOverrides overrides) {

    public static final String TYPE = "coyotos.studio.ui.launch.simulation";
    public static final String MODEL = "coyotos.model";
    public static final String PROFILE = "coyotos.profile";
    public static final String SEED = "coyotos.seed";
    public static final String MAX_CYCLES = "coyotos.maxCycles";
    public static final String MAX_EVENTS = "coyotos.maxEvents";
    public static final String MAX_SECONDS = "coyotos.maxSeconds";
    public static final String KERNEL = "coyotos.kernel";

    /** The profile the launch chooses, or null for the model's. */
    public String profile() {
        return overrides.profile();
    }

    /** The kernel variant the launch chooses, or null for the model's. */
    public String kernel() {
        return overrides.kernel();
    }

    /** @throws CoreException with a message that names the wrong setting and says what would be right */
    public static SimulationSettings of(ILaunchConfiguration config) throws CoreException {
        return check(config.getAttribute(MODEL, ""), config.getAttribute(PROFILE, ""), config.getAttribute(KERNEL, ""),
                config.getAttribute(SEED, ""), config.getAttribute(MAX_CYCLES, ""),
                config.getAttribute(MAX_EVENTS, ""), config.getAttribute(MAX_SECONDS, ""));
    }

    public static SimulationSettings check(String model, String profile, String seed, String maxCycles,
            String maxEvents) throws CoreException {
        return check(model, profile, "", seed, maxCycles, maxEvents, "");
    }

    public static SimulationSettings check(String model, String profile, String kernel, String seed, String maxCycles,
            String maxEvents, String maxSeconds) throws CoreException {
        IFile file = modelFile(model);
        SimulationOverrides overrides;
        try {
            overrides = SimulationOverrides.fromText(profile, seed, maxCycles, maxEvents, maxSeconds);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
        if (overrides.profile() != null) {
            CpuProfiles builtins = CpuProfiles.withBuiltins();
            List<String> known = profileNames(file);
            if (builtins.contains(overrides.profile())) {
                overrides = overrides.withProfile(builtins.canonical(overrides.profile()));
            } else if (!known.contains(overrides.profile())) {
                throw error("Unknown CPU profile '" + overrides.profile() + "'. Known profiles: "
                        + String.join(", ", known) + " (alias " + CpuProfiles.P4_2007_ALIAS + " = pentium4).");
            }
        }
        String kernelName = kernel == null ? "" : kernel.trim();
        if (!kernelName.isEmpty()) {
            try {
                KernelVariant.of(kernelName);
            } catch (IllegalArgumentException e) {
                throw error("Unknown kernel variant '" + kernelName + "'. Known: " + KernelVariant.known() + ".");
            }
        }
        return new SimulationSettings(file, overrides.withKernel(kernelName));
    }

    private static IFile modelFile(String model) throws CoreException {
        if (model.isBlank()) {
            throw error("No model is set: choose a .coyotos file on the Model tab.");
        }
        Path path = new Path(model.trim());
        // getFile() throws on a path without project and file ("/", "/project"): the tab checks every keystroke
        if (path.segmentCount() < 2) {
            throw error("The model " + model + " is not a file in a project: write /project/model.coyotos or Browse.");
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
        if (!file.exists()) {
            throw error("The model " + model + " does not exist in the workspace.");
        }
        if (!"coyotos".equals(file.getFileExtension())) {
            throw error(model + " is not a .coyotos model.");
        }
        return file;
    }

    /** Cache of the last model's profile names: the tab asks on every keystroke. */
    private static final class Names {
        static String path;
        static long stamp;
        static List<String> names;
    }

    /**
     * The profiles a launch of {@code file} may choose: the built-ins and the model's own (a model that does
     * not load offers the built-ins). Read again only when the file changed.
     */
    public static synchronized List<String> profileNames(IFile file) {
        String path = file.getFullPath().toString();
        if (!path.equals(Names.path) || file.getModificationStamp() != Names.stamp || Names.names == null) {
            ModelLoader.Result loaded;
            try {
                loaded = new ModelLoader().load(URI.createPlatformResourceURI(path, true));
            } catch (OutOfMemoryError | StackOverflowError e) {
                loaded = null;
            }
            Names.names = ModelSimulation.profileNames(loaded == null || loaded.hasErrors() ? null : loaded.system());
            Names.path = path;
            Names.stamp = file.getModificationStamp();
        }
        return Names.names;
    }

    private static CoreException error(String message) {
        return new CoreException(Status.error(message));
    }
}
