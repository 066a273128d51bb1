package coyotos.studio.sim.run;

import coyotos.studio.sim.debug.DebugSession;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.kernel.Kernel;
import coyotos.studio.sim.kernel.KernelResults;
import coyotos.studio.sim.kernel.RunBudget;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.result.EventSink;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Public entry point: {@code Simulation.of(image).sink(s).cancel(flag).run()}. The profile defaults to the
 * image setup's profile name looked up in {@link CpuProfiles#withBuiltins()}; pass a {@link CostProfile} or
 * a registry for user-defined ones. Each {@link #run()} builds a fresh kernel, so a configured Simulation can
 * be run repeatedly (and gives the same digest each time).
 */
public final class Simulation {
    private final SystemImage image;
    private CostProfile profile;
    private CpuProfiles registry = CpuProfiles.withBuiltins();
    private EventSink sink = EventSink.NONE;
    private BooleanSupplier cancel = Cancellation.NEVER;
    private SimulationLimits limits;

    private Simulation(SystemImage image) {
        this.image = Objects.requireNonNull(image);
    }

    public static Simulation of(SystemImage image) {
        return new Simulation(image);
    }

    /** Convenience: run with the image's setup and no sink. */
    public static RunResult run(SystemImage image) {
        return of(image).run();
    }

    public Simulation profile(CostProfile p) {
        this.profile = p;
        return this;
    }

    public Simulation profiles(CpuProfiles r) {
        this.registry = r;
        return this;
    }

    public Simulation sink(EventSink s) {
        this.sink = s == null ? EventSink.NONE : s;
        return this;
    }

    public Simulation cancel(BooleanSupplier c) {
        this.cancel = c == null ? Cancellation.NEVER : c;
        return this;
    }

    public Simulation limits(SimulationLimits l) {
        this.limits = l;
        return this;
    }

    /**
     * The same run under a debugger: a {@link DebugSession} with this simulation's profile and limits, stopped at
     * its start. Resumed to its end without changes, it gives the result and digest {@link #run()} gives. The sink
     * and cancel flag are not used: the session's events go to {@code recorder}, and it is ended by closing it.
     */
    public DebugSession debug(DebugSession.Recorder recorder) {
        return DebugSession.open(image, resolvedProfile(), resolvedLimits(), recorder,
                DebugSession.DEFAULT_HISTORY_BYTES, DebugSession.DEFAULT_CHECKPOINT_INTERVAL);
    }

    private CostProfile resolvedProfile() {
        return profile != null ? profile : registry.get(image.setup().profile());
    }

    private SimulationLimits resolvedLimits() {
        return limits != null ? limits : SimulationLimits.of(image.setup());
    }

    public RunResult run() {
        CostProfile p = resolvedProfile();
        SimulationLimits l = resolvedLimits();
        long t0 = System.nanoTime();
        Kernel k = new Kernel(image, p, sink);
        k.budget(new RunBudget(l.maxCycles(), l.maxEvents(), l.maxSteps(), l.maxWallNanos(), l.maxInstructions(),
                l.cancelCheckSteps(), cancel));
        k.start();
        Termination t = loop(k);
        if (t.stoppedEarly()) {
            k.stop(t);
        }
        RunResult r = KernelResults.of(k, t, limitOf(t, l), System.nanoTime() - t0);
        sink.end(r);
        return r;
    }

    /** The bound a termination refers to, in its own unit, for the diagnosis. */
    private static long limitOf(Termination t, SimulationLimits l) {
        return switch (t) {
            case CYCLE_LIMIT -> l.maxCycles();
            case EVENT_LIMIT -> l.maxEvents();
            case STEP_LIMIT -> l.maxSteps();
            case TIME_LIMIT -> l.maxWallNanos();
            case INSTRUCTION_LIMIT -> l.maxInstructions();
            default -> -1;
        };
    }

    /** Steps until nothing can run or the kernel's budget runs out (possibly in the middle of a step). */
    private static Termination loop(Kernel k) {
        try {
            while (k.step()) {
                // each step spends from the budget, which ends the loop by throwing at a limit
            }
            return k.idleTermination();
        } catch (RunBudget.Exhausted e) {
            return e.termination();
        }
    }
}
