package coyotos.studio.sim.debug;

import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;

/**
 * What a forward command of a {@link DebugSession} runs to (besides breakpoints and the end): the next kernel
 * event, the end of stepping over a process's kernel work, the next fault, or the next instruction point of a
 * program process. It exists apart from the {@link SessionDriver} because deciding when a step is done is a rule
 * of its own, asked at every event and instruction point, while the driver only moves the kernel.
 */
final class ForwardGoal {

    private final Command.Goal goal;
    private final int process;
    private final long fromSteps;
    /** Where an INSTRUCTION goal stops (null for other goals). */
    private final InstructionGoal instruction;

    /** The goal of forward command {@code c} given at step {@code steps}, begun at stop {@code from}. */
    ForwardGoal(Command c, long steps, Stop from, KernelProbe probe) {
        this.goal = c.goal();
        this.process = c.process();
        this.fromSteps = steps;
        this.instruction = c.goal() == Command.Goal.INSTRUCTION
                ? InstructionGoal.of(c.process(), c.eip(), c.minEsp(), from, probe) : null;
    }

    /** Before any command: nothing to run to. */
    static final ForwardGoal NONE = new ForwardGoal();

    private ForwardGoal() {
        this.goal = Command.Goal.NONE;
        this.process = -1;
        this.fromSteps = 0;
        this.instruction = null;
    }

    /** Why the goal stops at an event of {@code type} by {@code process} (null: it does not). */
    StopReason at(EventType type, boolean kernelEvent, int process, long value, long steps, KernelProbe probe) {
        return switch (goal) {
            case EVENT -> kernelEvent ? StopReason.STEP : null;
            case OVER -> overDone(type, process, value, steps, probe) ? StopReason.STEP_OVER : null;
            case FAULT -> type == EventType.FAULT_RAISED ? StopReason.FAULT : null;
            // a step whose instruction raises a fault stops at the fault, as the CPU would
            case INSTRUCTION -> type == EventType.FAULT_RAISED && process == this.process ? StopReason.FAULT : null;
            case NONE -> null;
        };
    }

    /** Whether the goal needs the instruction points of {@code process}'s slice. */
    boolean watches(int process) {
        return goal == Command.Goal.INSTRUCTION && process == this.process;
    }

    /** Whether instruction point {@code point} of {@code process}, about to run the one at {@code eip}, is the goal. */
    boolean reached(KernelProbe probe, int process, int point, int eip) {
        return instruction != null && process == instruction.process() && instruction.reached(probe, point, eip);
    }

    /**
     * Stepping over is done when the process runs its own code again: it becomes running (back from a call or a
     * fault), or ends, or (after the step it was stopped in) has an event while it runs on the CPU.
     */
    private boolean overDone(EventType type, int process, long value, long steps, KernelProbe probe) {
        if (process != this.process) {
            return false;
        }
        if (type == EventType.STATE_CHANGE) {
            return value == ProcessState.RUNNING.ordinal() || value == ProcessState.IN_ACTIVATION.ordinal()
                    || value == ProcessState.DONE.ordinal() || value == ProcessState.HALTED.ordinal();
        }
        ProcessState s = probe.process(process).state();
        return steps > fromSteps && probe.onCpu() == process
                && (s == ProcessState.RUNNING || s == ProcessState.IN_ACTIVATION);
    }
}
