package coyotos.studio.sim.kernel;

/**
 * A debugger's view of program slices, instruction by instruction. A slice the watch asks for runs one
 * instruction at a time with a call before each (an <em>instruction point</em>: the process is about to run the
 * instruction at EIP); every other slice runs whole. Both give the same state, bit for bit: the slice keeps its
 * length and its instructions' cycles are charged at its end either way, so the scheduler, the quantum and the
 * limits see the same run (the CPU's retired count, time stamp and flags do not depend on how a run is split).
 *
 * <p>Not kernel state: a field of this type is neither checkpointed nor digested, as an event sink is not.
 */
public interface InstructionWatch {

    /** Whether the slice {@code process} is about to start runs one instruction at a time. */
    boolean watching(int process);

    /**
     * {@code process} is about to run the instruction at {@code eip}, the {@code point}-th of its slice (0 first).
     * A debugger may stop the kernel here by not returning until told to go on (or by throwing to unwind the step).
     */
    void before(int process, int point, int eip);

    /**
     * A slice of {@code process} ended (watched or not) after {@code points} instruction points: its retired
     * instructions, plus one when an instruction faulted (it was about to run, then did not retire).
     */
    void sliceEnded(int process, int points);
}
