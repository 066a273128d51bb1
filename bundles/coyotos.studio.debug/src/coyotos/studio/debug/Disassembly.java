package coyotos.studio.debug;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import coyotos.studio.debug.internal.ProcessBytes;
import coyotos.studio.debug.internal.ProgramSymbols;
import coyotos.studio.sim.debug.VirtualMemory;
import coyotos.studio.x86.disasm.Disassembler;

/**
 * What the Disassembly view shows: the instructions of a process around an address (its PC), read through the
 * process's GPT tree as the CPU would fetch them, in AT&amp;T syntax as objdump prints them, each with its bytes
 * and its symbol label. Memory that does not translate is one line saying so (never zeros), and the lines go on
 * at the next page.
 *
 * <p>x86 instructions have no fixed length, so the lines before the address are found by decoding forward from
 * the function's symbol when the image has symbols, else from the earliest nearby address whose instructions
 * run into the address exactly (the way a disassembler resynchronises); the address itself is always a line
 * start.
 */
public final class Disassembly {

    /**
     * One line: an instruction ({@code bytes} and {@code text}), or, when {@code unmapped} is set, a run of memory
     * from {@code address} to the end of its page that cannot be read, and why. {@code label} is the symbol label
     * (null without one); {@code current} marks the line at the address asked for.
     */
    public record Line(long address, byte[] bytes, String text, String label, boolean current, String unmapped) {

        /** "8b 55 08". */
        public String hexBytes() {
            if (bytes == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            for (byte b : bytes) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(String.format("%02x", b & 0xFF));
            }
            return sb.toString();
        }

        public int length() {
            return bytes == null ? 0 : bytes.length;
        }
    }

    /** The longest an IA-32 instruction can be. */
    static final int MAX_INSTRUCTION = 15;
    private static final int PAGE = 4096;

    private final ProcessBytes bytes;
    private final ProgramSymbols symbols;

    public Disassembly(VirtualMemory memory, int process, ProgramSymbols symbols) {
        this.bytes = new ProcessBytes(memory, process);
        this.symbols = symbols == null ? ProgramSymbols.NONE : symbols;
    }

    /** {@code before} lines before the address, its line (marked current) and {@code after} lines after it. */
    public List<Line> around(long address, int before, int after) {
        long pc = address & 0xFFFFFFFFL;
        List<Line> out = new ArrayList<>(linesBefore(pc, before));
        long a = pc;
        for (int i = 0; i <= after; i++) {
            Line l = line(a, a == pc);
            out.add(l);
            long next = l.unmapped() != null ? (a | (PAGE - 1)) + 1 : a + Math.max(1, l.length());
            if (next > 0xFFFFFFFFL) {
                break;
            }
            a = next;
        }
        return out;
    }

    /** The instruction (or the unmapped run) at the address. */
    public Line line(long address, boolean current) {
        String label = symbols.label(address);
        String why = bytes.unmapped(address);
        if (why != null) {
            return new Line(address, null, "(" + why + ")", label, current, why);
        }
        Disassembler.Line d = Disassembler.disassemble(bytes, (int) address);
        if (d.length() == 0) {
            // the instruction runs into a page that cannot be read: its first bytes are all there is
            long end = (address | (PAGE - 1)) + 1;
            String next = bytes.unmapped(end);
            return new Line(address, read(address, (int) Math.min(MAX_INSTRUCTION, end - address)),
                    "(runs into the next page: " + (next == null ? "unreadable" : next) + ")", label, current, null);
        }
        return new Line(address, read(address, d.length()), d.text(), label, current, null);
    }

    private byte[] read(long address, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) bytes.at((int) (address + i));
        }
        return b;
    }

    /** Up to {@code n} instructions that end exactly at {@code pc}, last first in the list's order. */
    private List<Line> linesBefore(long pc, int n) {
        if (n <= 0 || bytes.unmapped(pc) != null) {
            return List.of();
        }
        long start = symbols.start(pc);
        if (start >= 0 && start < pc) {
            List<Line> run = decode(start, pc);
            if (run != null) {
                return tail(run, n);
            }
        }
        // no symbol below: the earliest start (within the page) whose instructions meet pc exactly
        long lowest = Math.max(pc & ~(long) (PAGE - 1), pc - (long) n * MAX_INSTRUCTION);
        for (long s = lowest; s < pc; s++) {
            List<Line> run = decode(s, pc);
            if (run != null) {
                return tail(run, n);
            }
        }
        return List.of();
    }

    /** The instructions from {@code from} if they end exactly at {@code pc} (all readable), else null. */
    private List<Line> decode(long from, long pc) {
        List<Line> run = new ArrayList<>();
        long a = from;
        while (a < pc) {
            Line l = line(a, false);
            if (l.unmapped() != null || l.length() == 0) {
                return null;
            }
            run.add(l);
            a += l.length();
        }
        return a == pc ? run : null;
    }

    private static List<Line> tail(List<Line> run, int n) {
        return Collections.unmodifiableList(new ArrayList<>(run.subList(Math.max(0, run.size() - n), run.size())));
    }
}
