package coyotos.studio.x86.disasm;

import coyotos.studio.x86.decode.Decoder;
import coyotos.studio.x86.decode.Insn;
import java.util.ArrayList;
import java.util.List;

/**
 * Disassembles IA-32 instructions with the interpreter's own decoder, in AT&amp;T syntax as GNU objdump prints it
 * (operands source first, {@code %} registers, {@code $} immediates, a size suffix only where no register
 * operand gives the size, branch targets as bare hexadecimal addresses). Used by the Trace to show the
 * instruction at a fault's PC and by the debugger.
 *
 * <p>What the interpreter does not execute is still named where the decoder knows its length (a LOCK on an
 * instruction that cannot be locked prints as objdump prints it); x87 and SSE opcodes print as
 * {@code (x87)} and {@code (bad)}.
 */
public final class Disassembler {
    /** Where the bytes come from: the byte at an address (0-255), or -1 where there is none. */
    @FunctionalInterface
    public interface Bytes {
        int at(int address);
    }

    /** One disassembled instruction: where it is, how many bytes it takes, and its text. */
    public record Line(int address, int length, String text) {
        @Override
        public String toString() {
            return String.format("%08x: %s", address, text);
        }
    }

    private Disassembler() {
    }

    /** The instruction at {@code address}; an instruction that cannot be read completely is "(unreadable)". */
    public static Line disassemble(Bytes bytes, int address) {
        Decoder decoder = new Decoder();
        Insn in = new Insn();
        int rc = decoder.decode(bytes::at, address, in);
        if (rc == Decoder.FETCH_FAULT) {
            return new Line(address, 0, "(unreadable)");
        }
        if (rc == Decoder.TOO_LONG) {
            return new Line(address, 1, "(bad)");
        }
        return new Line(address, in.length, AttSyntax.format(in));
    }

    /** The instruction at {@code offset} of {@code code}, which is loaded at {@code base}. */
    public static Line disassemble(byte[] code, int offset, int base) {
        return disassemble(a -> {
            long i = (a & 0xffffffffL) - (base & 0xffffffffL);
            return i >= 0 && i < code.length ? code[(int) i] & 0xff : -1;
        }, base + offset);
    }

    /** Every instruction of {@code code} from its start, loaded at {@code base}. */
    public static List<Line> disassembleAll(byte[] code, int base) {
        List<Line> lines = new ArrayList<>();
        int offset = 0;
        while (offset < code.length) {
            Line l = disassemble(code, offset, base);
            if (l.length() == 0) {
                lines.add(new Line(base + offset, code.length - offset, "(unreadable)"));
                break;
            }
            lines.add(l);
            offset += l.length();
        }
        return lines;
    }
}
