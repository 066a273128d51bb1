package coyotos.studio.x86.cpu;

/**
 * The end of one {@link X86Interpreter#run}.
 *
 * @param kind         why the run ended
 * @param vector       the exception vector ({@link Vector}) for FAULT, TRAP and SYSTEM_CALL, else -1
 * @param errorCode    the error code the CPU pushes (#GP, #PF, #NP, #SS), else 0
 * @param faultAddress CR2 for a page fault, else 0
 * @param pc           the address of the instruction that raised it (FAULT, TRAP, SYSTEM_CALL), else the
 *                     next instruction's address
 * @param retired      instructions retired during this run
 */
public record Exit(ExitKind kind, int vector, int errorCode, int faultAddress, int pc, long retired) {

    @Override
    public String toString() {
        return switch (kind) {
            case FAULT, TRAP -> String.format("%s %s error 0x%x%s at 0x%08x after %d instructions", kind,
                    Vector.name(vector), errorCode,
                    vector == Vector.PF ? String.format(" cr2 0x%08x", faultAddress) : "", pc, retired);
            case SYSTEM_CALL -> String.format("int $0x%x at 0x%08x after %d instructions", vector, pc, retired);
            default -> String.format("%s at 0x%08x after %d instructions", kind, pc, retired);
        };
    }
}
