package coyotos.studio.sim.result;

import java.util.List;

/**
 * How a process that ran machine code ended: where its code came from, how many instructions it retired, and its
 * registers as the kernel holds them (for a process stopped on a fault, EIP is the PC the kernel kept).
 *
 * @param image the program image as the model names it, or null
 */
public record ProgramResult(String image, long instructions, int eax, int ebx, int ecx, int edx, int esi, int edi,
        int ebp, int esp, int eip, int eflags) {

    /** The registers as reports name them, in report order. */
    public static final List<String> REGISTERS = List.of("eax", "ebx", "ecx", "edx", "esi", "edi", "ebp", "esp", "eip",
            "eflags");

    /** A register by its {@link #REGISTERS} name, as an unsigned 32-bit number. */
    public long register(String name) {
        int v = switch (name) {
            case "eax" -> eax;
            case "ebx" -> ebx;
            case "ecx" -> ecx;
            case "edx" -> edx;
            case "esi" -> esi;
            case "edi" -> edi;
            case "ebp" -> ebp;
            case "esp" -> esp;
            case "eip" -> eip;
            case "eflags" -> eflags;
            default -> throw new IllegalArgumentException("no register " + name);
        };
        return v & 0xFFFF_FFFFL;
    }

    /** The PC, unsigned. */
    public long pc() {
        return eip & 0xFFFF_FFFFL;
    }
}
