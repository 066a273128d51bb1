package coyotos.studio.x86.cpu;

/** IA-32 exception vectors a user-mode instruction can raise (Intel SDM Vol. 3A §6.3.1), and Coyotos's gate. */
public final class Vector {
    private Vector() {
    }

    public static final int DE = 0, DB = 1, BP = 3, OF = 4, BR = 5, UD = 6, NM = 7, TS = 10, NP = 11, SS = 12,
            GP = 13, PF = 14, AC = 17;
    /** The Coyotos system-call gate (arch/i386/kernel/IRQ.h vec_Syscall). */
    public static final int SYSCALL = 0x30;

    public static String name(int vector) {
        return switch (vector) {
            case DE -> "#DE";
            case DB -> "#DB";
            case BP -> "#BP";
            case OF -> "#OF";
            case BR -> "#BR";
            case UD -> "#UD";
            case NM -> "#NM";
            case TS -> "#TS";
            case NP -> "#NP";
            case SS -> "#SS";
            case GP -> "#GP";
            case PF -> "#PF";
            case AC -> "#AC";
            default -> "vector 0x" + Integer.toHexString(vector);
        };
    }
}
