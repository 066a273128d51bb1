package coyotos.studio.sim.result;

/** Run state of a process as results and events report it. */
public enum ProcessState {
    READY, RUNNING, RECEIVING, FAULTED, BLOCKED_SEND, HALTED, DONE,
    /** Running its own activation handler after a fault upcall (same space, handler stack); last, so saved logs keep their ordinals. */
    IN_ACTIVATION
}
