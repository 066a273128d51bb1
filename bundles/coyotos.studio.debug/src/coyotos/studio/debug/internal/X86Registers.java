package coyotos.studio.debug.internal;

import java.util.ArrayList;
import java.util.List;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.sim.debug.Change;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.x86.cpu.CpuState;

/**
 * The x86 registers of a program process in the Variables view: the eight general registers, EIP and EFLAGS as its
 * save area holds them (the 2007 i386 kernel's fixregs_t), EFLAGS also decoded flag by flag. Each can be edited, as
 * a handler holding the process capability could set them (i386 Process.idl setFixRegs; cap_Process.c masks
 * EFLAGS with USER_FLAG_MASK, so IF and IOPL stay as the kernel keeps them).
 */
public final class X86Registers {

    /** The registers in the order gdb's "info registers" lists them, with their CpuState numbers. */
    static final String[] NAMES = { "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi" };
    static final int[] ORDER = { CpuState.EAX, CpuState.EBX, CpuState.ECX, CpuState.EDX, CpuState.ESI, CpuState.EDI,
            CpuState.EBP, CpuState.ESP };

    /** The EFLAGS bits a user program sees, with their names as the IA-32 manuals give them. */
    static final String[] FLAG_NAMES = { "CF", "PF", "AF", "ZF", "SF", "TF", "IF", "DF", "OF" };
    static final int[] FLAG_BITS = { CpuState.CF, CpuState.PF, CpuState.AF, CpuState.ZF, CpuState.SF, CpuState.TF,
            CpuState.IF, CpuState.DF, CpuState.OF };

    private X86Registers() {
    }

    /** The registers of {@code p}; empty for a process that runs an abstract workload. */
    public static List<CoyotosVariable> of(CoyotosDebugTarget target, int p) {
        CpuState cpu = target.session().probe().cpu(p);
        if (cpu == null) {
            return List.of();
        }
        Reading reading = ProcessVariables.reading(target);
        List<CoyotosVariable> out = new ArrayList<>();
        for (int r : ORDER) {
            out.add(ProcessVariables.variable(target, reading, CpuState.registerName(r), "int32", word(cpu.reg(r)),
                    ValueKind.NUMBER, null, editor(target, p, r)));
        }
        out.add(ProcessVariables.variable(target, reading, "eip", "int32", word(cpu.eip()), ValueKind.NUMBER, null,
                editor(target, p, KernelProbe.EIP)));
        int flags = cpu.eflags();
        out.add(ProcessVariables.variable(target, reading, "eflags", "EFLAGS", flags(flags), ValueKind.NUMBER,
                () -> decoded(target, reading, flags), editor(target, p, KernelProbe.EFLAGS)));
        return out;
    }

    /** "0x00000246 [ PF ZF IF ]", as gdb prints EFLAGS. */
    public static String flags(int eflags) {
        StringBuilder sb = new StringBuilder(word(eflags)).append(" [");
        for (int i = 0; i < FLAG_BITS.length; i++) {
            if ((eflags & FLAG_BITS[i]) != 0) {
                sb.append(' ').append(FLAG_NAMES[i]);
            }
        }
        return sb.append(" ]").toString();
    }

    static String word(int v) {
        return String.format("0x%08x", v);
    }

    private static List<CoyotosVariable> decoded(CoyotosDebugTarget target, Reading reading, int eflags) {
        List<CoyotosVariable> out = new ArrayList<>();
        for (int i = 0; i < FLAG_BITS.length; i++) {
            out.add(ProcessVariables.variable(target, reading, FLAG_NAMES[i], "flag",
                    (eflags & FLAG_BITS[i]) != 0 ? "1" : "0", ValueKind.NUMBER, null, null));
        }
        out.add(ProcessVariables.variable(target, reading, "IOPL", "privilege level",
                Integer.toString((eflags & CpuState.IOPL) >>> 12), ValueKind.NUMBER, null, null));
        return out;
    }

    private static CoyotosVariable.Editor editor(CoyotosDebugTarget target, int p, int register) {
        return new CoyotosVariable.Editor() {
            @Override
            public String check(String text) {
                try {
                    value(text);
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }

            @Override
            public void set(String text) {
                ProcessVariables.apply(target, new Change.Register(p, register, value(text)));
            }
        };
    }

    /** A 32-bit value: 0x... or a decimal number from -2^31 to 2^32-1; "0x246 [ PF ]" takes its number. */
    static int value(String text) {
        String t = text.trim();
        int bracket = t.indexOf('[');
        if (bracket > 0) {
            t = t.substring(0, bracket).trim();
        }
        long v = ProcessVariables.number(t);
        if (v < Integer.MIN_VALUE || v > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("'" + text + "' does not fit in a 32-bit register");
        }
        return (int) v;
    }
}
