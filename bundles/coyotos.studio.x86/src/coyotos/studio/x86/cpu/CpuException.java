package coyotos.studio.x86.cpu;

/**
 * How an instruction leaves the hot loop early: an exception, a trap, a system call, or a decoded block gone
 * stale. One preallocated instance per interpreter, without a stack trace, so raising costs a jump.
 */
final class CpuException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What happened, beyond ExitKind: the block went stale, or a long string instruction saw a stop request. */
    static final int STALE = -1, STOP = -2;

    /** An {@link ExitKind} ordinal, or STALE / STOP. */
    int kind;
    int vector;
    int errorCode;
    int cr2;

    CpuException() {
        super(null, null, false, false);
    }

    CpuException set(int kind, int vector, int errorCode, int cr2) {
        this.kind = kind;
        this.vector = vector;
        this.errorCode = errorCode;
        this.cr2 = cr2;
        return this;
    }
}
