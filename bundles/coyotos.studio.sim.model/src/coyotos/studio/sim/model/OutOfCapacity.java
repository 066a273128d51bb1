package coyotos.studio.sim.model;

import coyotos.studio.sim.image.SystemImage;
import java.io.File;

/**
 * What to tell a user when the Java VM runs out of heap or stack on their input: which work was going on and how
 * big its input was, instead of a stack trace. The CLI and the IDE's launch catch {@link OutOfMemoryError} and
 * {@link StackOverflowError} around their phases and print this.
 */
public final class OutOfCapacity {

    private OutOfCapacity() {
    }

    /** {@code doing}: the phase and its input, e.g. "loading big.coyotos (41.2 MB)" (see the helpers below). */
    public static String message(VirtualMachineError e, String doing) {
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory while " + doing + ": that is more than the Java heap holds ("
                    + String.format("%,d", Runtime.getRuntime().maxMemory() >> 20) + " MiB). Give the JVM more heap "
                    + "(-Xmx), or make the model smaller (fewer objects, a smaller custom TLB, lower limits).";
        }
        if (e instanceof StackOverflowError) {
            return "ran out of stack while " + doing + ": something in the model is nested too deeply. Flatten the "
                    + "deepest nesting (loops in loops), and report it with the model file: it should not happen.";
        }
        return "the Java VM failed while " + doing + " (" + e.getClass().getSimpleName() + ").";
    }

    /** "loading f.coyotos (41.2 MB)". */
    public static String loading(File file) {
        return "loading " + file.getName() + " (" + String.format("%.1f MB", file.length() / 1e6) + ")";
    }

    /** "simulating f (1,000 processes, 2,000 GPTs, 16,000 pages)". */
    public static String simulating(String model, SystemImage image) {
        return "simulating " + model + (image == null ? "" : String.format(" (%,d processes, %,d GPTs, %,d pages)",
                image.processes().size(), image.gpts().size(), image.pages().size() + image.capPages().size()));
    }
}
