package coyotos.studio.sim.result;

/**
 * Fault totals. raised = every fault a translation produced; delivered = handed to some handler;
 * resolved = the faulting process ran again; fatal = the process halted with the fault recorded;
 * escalated = activation faults passed on to the process handler.
 */
public record FaultCounts(long raised, long delivered, long resolved, long fatal, long escalated) {
}
