package coyotos.studio.sim.result;

/** Run state of a process as results and events report it. */
public enum ProcessState {
    READY("Ready"),
    RUNNING("Running (user)"),
    RECEIVING("Receiving (IPC wait)"),
    FAULTED("Faulted (handler)"),
    BLOCKED_SEND("Blocked send"),
    HALTED("Halted"),
    DONE("Done"),
    /** Running its own activation handler after a fault upcall (same space, handler stack); last, so saved logs keep their ordinals. */
    IN_ACTIVATION("In activation handler (what-if)");

    private final String label;

    ProcessState(String label) {
        this.label = label;
    }

    /** How views name the state (Timeline legend, Trace), so they agree. */
    public String label() {
        return label;
    }
}
