package coyotos.studio.sim.memory;

/**
 * Fault codes with the numbers of {@code idl/Process.idl} (spec §3.3 "Exception Handling"), every one the interface
 * defines: the memory faults the GPT walk raises, and the IA-32 ones the 2007 kernel's vector handlers set
 * ({@code arch/i386/kernel/IRQ.c}: vh_UserFault, vh_BptTrap, vh_DebugException).
 */
public enum FaultCode {
    NO_FAULT(0), MALFORMED_SYSCALL(1), SOFT_NOTICE(2), SLICE_EXPIRED(3), INVALID_DATA_REFERENCE(4),
    INVALID_CAP_REFERENCE(5), NO_EXECUTE(6), ACCESS_VIOLATION(7), DATA_ACCESS_TYPE_ERROR(8),
    CAP_ACCESS_TYPE_ERROR(9), MISALIGNED_REFERENCE(10), TRAVERSE_LIMIT(12), MALFORMED_SPACE(13), NOTIFY(24),
    STARTUP(25), NO_ADDR_SPACE(32), NO_SCHEDULE(33), BREAK_POINT(34), BROKE_POINT(35), BAD_OPCODE(36), ALIEN(37),
    DIV_ZERO(38), BAD_ALIGN(39), NO_FPU(40), FP_FAULT(41), DEBUG(42), OVERFLOW(44), BOUNDS(45),
    SYS_CALL_ENTRY(46), SYS_CALL_RETURN(47), ACTIVATION_FAIL(48), OBJECT_CONTENT_LOST(49),
    GENERAL_PROTECTION(128), STACK_SEG(129), SEG_NOT_PRESENT(130), SIMD_FP(131);

    private static final FaultCode[] BY_CODE = new FaultCode[256];
    static {
        for (FaultCode f : values()) {
            BY_CODE[f.code] = f;
        }
    }

    private final int code;

    FaultCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The enum for a Process.idl number, or null if the simulator does not know it. */
    public static FaultCode of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    public static String name(int code) {
        FaultCode f = of(code);
        return f == null ? "Fault" + code : f.name();
    }
}
