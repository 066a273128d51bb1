package coyotos.studio.ui.internal.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunchConfiguration;

import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.machine.CpuProfiles;

/**
 * The settings of a "Coyotos Simulation" launch configuration, read and checked in one place so that the
 * tab, the delegate and the shortcut agree on what a valid launch is. Empty fields mean "as the model says".
 * A profile alias ({@code p4-2007} in configurations saved before the profiles were split) becomes the profile it
 * stands for; {@code kernel} is a kernel variant id.
 */
public record SimulationSettings(IFile model, String profile, Long seed, Long maxCycles, Long maxEvents,
        String kernel) {

    public static final String TYPE = "coyotos.studio.ui.launch.simulation";
    public static final String MODEL = "coyotos.model";
    public static final String PROFILE = "coyotos.profile";
    public static final String SEED = "coyotos.seed";
    public static final String MAX_CYCLES = "coyotos.maxCycles";
    public static final String MAX_EVENTS = "coyotos.maxEvents";
    public static final String KERNEL = "coyotos.kernel";

    /** @throws CoreException with a message that names the wrong setting and says what would be right */
    public static SimulationSettings of(ILaunchConfiguration config) throws CoreException {
        return check(config.getAttribute(MODEL, ""), config.getAttribute(PROFILE, ""),
                config.getAttribute(KERNEL, ""), config.getAttribute(SEED, ""), config.getAttribute(MAX_CYCLES, ""),
                config.getAttribute(MAX_EVENTS, ""));
    }

    /** The model's kernel variant. */
    public static SimulationSettings check(String model, String profile, String seed, String maxCycles,
            String maxEvents) throws CoreException {
        return check(model, profile, "", seed, maxCycles, maxEvents);
    }

    public static SimulationSettings check(String model, String profile, String kernel, String seed,
            String maxCycles, String maxEvents) throws CoreException {
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
        String profileName = profile.trim();
        CpuProfiles known = CpuProfiles.withBuiltins();
        if (!profileName.isEmpty() && !known.contains(profileName)) {
            throw error("Unknown CPU profile '" + profileName + "'. Known profiles: " + known.knownText() + ".");
        }
        String kernelName = kernel.trim();
        if (!kernelName.isEmpty()) {
            try {
                KernelVariant.of(kernelName);
            } catch (IllegalArgumentException e) {
                throw error("Unknown kernel variant '" + kernelName + "'. Known: " + KernelVariant.known() + ".");
            }
        }
        return new SimulationSettings(file, profileName.isEmpty() ? null : known.canonical(profileName),
                number("Seed", seed, false), number("Max cycles", maxCycles, true),
                number("Max events", maxEvents, true), kernelName.isEmpty() ? null : kernelName);
    }

    private static Long number(String what, String text, boolean positive) throws CoreException {
        String t = text.trim().replace("_", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            long value = t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
            if (positive && value <= 0) {
                throw error(what + " must be greater than 0, not " + text + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(what + " '" + text + "' is not a whole number.");
        }
    }

    private static CoreException error(String message) {
        return new CoreException(Status.error(message));
    }
}
