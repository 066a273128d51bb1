package coyotos.studio.sim.kernel;

/** Where a process is in one of its programs: program counter, loop counters, stream positions. */
final class Cursor {
    final Program program;
    int pc;
    long offset;
    final long[] loopCounters;
    int loopDepth;
    final long[] streamCursor;
    /** Address drawn by a RandomTouch step, kept until the reference succeeds so a retry repeats it. */
    long pendingVa = -1;

    Cursor(Program program) {
        this.program = program;
        this.loopCounters = new long[program.maxLoopDepth + 1];
        this.streamCursor = new long[program.length];
    }

    /** Back to the start, as a server does for each message and a handler for each upcall. */
    void restart() {
        pc = 0;
        offset = 0;
        loopDepth = 0;
        pendingVa = -1;
    }
}
