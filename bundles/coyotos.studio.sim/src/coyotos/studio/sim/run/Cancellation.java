package coyotos.studio.sim.run;

import java.util.function.BooleanSupplier;

/** A cancel flag another thread (a UI job, a CLI signal handler) can set while a run is going. */
public final class Cancellation implements BooleanSupplier {
    public static final BooleanSupplier NEVER = () -> false;
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    @Override
    public boolean getAsBoolean() {
        return cancelled;
    }
}
