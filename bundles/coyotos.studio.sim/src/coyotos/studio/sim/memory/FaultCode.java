package coyotos.studio.sim.memory;

/** Fault codes with the numbers of {@code idl/Process.idl} (spec §3.3 "Exception Handling"). */
public enum FaultCode {
    NO_FAULT(0), MALFORMED_SYSCALL(1), INVALID_DATA_REFERENCE(4), INVALID_CAP_REFERENCE(5), NO_EXECUTE(6),
    ACCESS_VIOLATION(7), DATA_ACCESS_TYPE_ERROR(8), CAP_ACCESS_TYPE_ERROR(9), MISALIGNED_REFERENCE(10),
    TRAVERSE_LIMIT(12), MALFORMED_SPACE(13), STARTUP(25), NO_ADDR_SPACE(32), NO_SCHEDULE(33),
    ACTIVATION_FAIL(48), GENERAL_PROTECTION(128);

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
