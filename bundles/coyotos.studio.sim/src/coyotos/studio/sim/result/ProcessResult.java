package coyotos.studio.sim.result;

/**
 * Per-process outcome; {@code id} is the image's id (e.g. a model UUID). {@code program} is how a process that ran
 * machine code ended (null for a workload process).
 */
public record ProcessResult(int index, String id, String name, CategoryCycles categories, ProcessState finalState,
        long faultsRaised, int lastFaultCode, long lastFaultAddress, long messagesReceived, ProgramResult program) {

    /** A workload process's outcome. */
    public ProcessResult(int index, String id, String name, CategoryCycles categories, ProcessState finalState,
            long faultsRaised, int lastFaultCode, long lastFaultAddress, long messagesReceived) {
        this(index, id, name, categories, finalState, faultsRaised, lastFaultCode, lastFaultAddress, messagesReceived,
                null);
    }

    /** Instructions the process retired (0 for a workload process). */
    public long instructions() {
        return program == null ? 0 : program.instructions();
    }
}
