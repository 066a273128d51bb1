package coyotos.studio.sim.result;

/** Per-process outcome; {@code id} is the image's id (e.g. a model UUID). */
public record ProcessResult(int index, String id, String name, CategoryCycles categories, ProcessState finalState,
        long faultsRaised, int lastFaultCode, long lastFaultAddress, long messagesReceived) {
}
