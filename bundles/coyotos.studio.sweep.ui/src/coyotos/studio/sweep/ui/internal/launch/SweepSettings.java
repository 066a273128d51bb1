package coyotos.studio.sweep.ui.internal.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunchConfiguration;

import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.SweepSpec;
import coyotos.studio.sweep.run.SweepRunner;

/**
 * The settings of a "Coyotos Sweep" launch configuration, read and checked in one place for the tab, the delegate
 * and the tests. The axes are kept as the CLI writes them ({@code AXIS=VALUES}), so a configuration and a
 * {@code ./studio sweep --vary ...} line say the same thing in the same words.
 */
public record SweepSettings(IFile model, SweepSpec spec, int jobs) {

    public static final String TYPE = "coyotos.studio.sweep.ui.launch";
    public static final String MODEL = "coyotos.sweep.model";
    public static final String AXES = "coyotos.sweep.axes";
    public static final String PROFILE = "coyotos.sweep.profile";
    public static final String KERNEL = "coyotos.sweep.kernel";
    public static final String SEED = "coyotos.sweep.seed";
    public static final String JOBS = "coyotos.sweep.jobs";

    public static SweepSettings of(ILaunchConfiguration c) throws CoreException {
        return check(c.getAttribute(MODEL, ""), c.getAttribute(AXES, List.of()), c.getAttribute(PROFILE, ""),
                c.getAttribute(KERNEL, ""), c.getAttribute(SEED, ""), c.getAttribute(JOBS, ""));
    }

    /** @throws CoreException whose message names the wrong setting and what would be right */
    public static SweepSettings check(String model, List<String> axes, String profile, String kernel, String seed,
            String jobs) throws CoreException {
        IFile file = modelFile(model);
        Long seedValue = null;
        if (!seed.isBlank()) {
            try {
                seedValue = Long.decode(seed.trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw error("Seed '" + seed + "' is not a whole number.");
            }
        }
        int threads = SweepRunner.allCores();
        if (!jobs.isBlank()) {
            try {
                threads = Integer.parseInt(jobs.trim());
            } catch (NumberFormatException e) {
                threads = -1;
            }
            if (threads < 1 || threads > 4096) {
                throw error("Threads must be a number from 1 to 4096, not '" + jobs + "'.");
            }
        }
        if (axes.isEmpty()) {
            throw error("Add an axis: a model attribute, or replicate, design, profile or kernel.");
        }
        try {
            return new SweepSettings(file, SweepSpec.parse(axes, profile, kernel, seedValue), threads);
        } catch (SweepException e) {
            throw error(capitalized(e.getMessage()));
        }
    }

    static IFile modelFile(String model) throws CoreException {
        if (model.isBlank()) {
            throw error("No model is set: choose a .coyotos file.");
        }
        Path path = new Path(model.trim());
        // getFile() needs a project and a file name: "/" and "/project" are a message, not an exception
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

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static CoreException error(String message) {
        return new CoreException(Status.error(message));
    }
}
