package coyotos.studio.sim.debug;

import coyotos.studio.sim.kernel.Kernel;
import coyotos.studio.sim.kernel.KernelResults;
import coyotos.studio.sim.kernel.RunBudget;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.SimulationLimits;
import java.util.function.BooleanSupplier;

/**
 * The kernel steps of a {@link DebugSession} under the run's {@link SimulationLimits}, counted and ended exactly as
 * {@code Simulation.run()} does (the same limits, checked in the same order), so a debugged run and its digest are
 * those of a plain run. It exists apart from the {@link SessionDriver} because where a run ends, and with which
 * result, is the plain run's rule, which going back must restore with the step count.
 */
final class LimitedRun {

    private final SimulationLimits limits;
    private final Kernel kernel;
    private long steps;
    private boolean ended;
    private RunResult result;
    private Termination termination;
    private long wallNanos;

    LimitedRun(SimulationLimits limits, Kernel kernel) {
        this.limits = limits;
        this.kernel = kernel;
    }

    /**
     * Runs one kernel step; {@code timed}, asked once the step is over: whether its wall time counts toward the
     * result (not while replaying).
     */
    void step(BooleanSupplier timed) {
        boolean more = true;
        Termination exhausted = null;
        long t0 = System.nanoTime();
        try {
            more = kernel.step();
        } catch (RunBudget.Exhausted e) {
            // the cycle or event limit, reached where a plain run's budget reaches it: inside the step,
            // which is abandoned where it stood (RunBudget), so both runs end at the same point
            exhausted = e.termination();
        }
        if (timed.getAsBoolean()) {
            wallNanos += System.nanoTime() - t0;
        }
        steps++;
        // the step limit is checked between whole steps (steps here are the run loop's, not the budget's
        // units of work); it ends a workload whose loop emits no event
        Termination t = exhausted != null ? exhausted
                : !more ? kernel.idleTermination()
                        : steps >= limits.maxSteps() ? Termination.STEP_LIMIT : null;
        if (t != null) {
            if (t.stoppedEarly()) {
                kernel.stop(t);
            }
            ended = true;
            termination = t;
            long limit = switch (t) {
                case CYCLE_LIMIT -> limits.maxCycles();
                case EVENT_LIMIT -> limits.maxEvents();
                case STEP_LIMIT -> limits.maxSteps();
                default -> -1;
            };
            result = KernelResults.of(kernel, t, limit, wallNanos);
        }
    }

    /** Back to step {@code steps} of a run not yet ended (a checkpoint was restored). */
    void restore(long steps) {
        this.steps = steps;
        ended = false;
        result = null;
        termination = null;
    }

    /** Kernel steps completed. */
    long steps() {
        return steps;
    }

    boolean ended() {
        return ended;
    }

    /** The run's result once it has ended (else null). */
    RunResult result() {
        return result;
    }

    Termination termination() {
        return termination;
    }
}
