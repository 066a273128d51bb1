package coyotos.studio.sim.debug;

/** Why a {@link DebugSession} stopped where it did. */
public enum StopReason {
    /** The system is built and every process is in its initial state; nothing ran yet. */
    START("started"),
    /** One kernel event (a fault, an invocation, a dispatch) after the last stop. */
    STEP("stepped"),
    /** One instruction of a program after the last stop (or, over an {@code int $0x30}, its return). */
    STEP_INSTRUCTION("stepped an instruction"),
    /** The process stepped over came back from its invocation or fault. */
    STEP_OVER("stepped over"),
    /** The next fault any process raised. */
    FAULT("fault"),
    /** A breakpoint or watchpoint matched. */
    BREAKPOINT("breakpoint"),
    /** Someone asked to suspend while it ran. */
    SUSPENDED("suspended"),
    /** Time travel arrived where it was asked to go. */
    ARRIVED("went back"),
    /** Running back found no earlier fault or breakpoint: the start. */
    NOTHING_EARLIER("no earlier stop"),
    /** The run is over (completed, stalled or at a limit); it can still be stepped back. */
    END("ended");

    private final String label;

    StopReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
