package coyotos.studio.debug.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import coyotos.studio.sim.debug.VirtualMemory;
import coyotos.studio.x86.disasm.Disassembler;

/**
 * The bytes of a process's virtual memory as the disassembler and the frame-pointer walk read them: through its
 * GPT tree ({@link VirtualMemory}), a page at a time, each page read once. An address that does not translate to
 * data has no byte (-1), and {@link #unmapped} says why, as the kernel would fault.
 */
public final class ProcessBytes implements Disassembler.Bytes {
    private static final int PAGE = 4096;

    private final VirtualMemory memory;
    private final int process;
    private final Map<Long, VirtualMemory.Span> pages = new HashMap<>();

    public ProcessBytes(VirtualMemory memory, int process) {
        this.memory = memory;
        this.process = process;
    }

    private VirtualMemory.Span page(long address) {
        long start = address & ~(long) (PAGE - 1) & 0xFFFFFFFFL;
        return pages.computeIfAbsent(start, s -> {
            List<VirtualMemory.Span> spans = memory.read(process, s, PAGE);
            return spans.get(0);
        });
    }

    @Override
    public int at(int address) {
        long a = address & 0xFFFFFFFFL;
        VirtualMemory.Span s = page(a);
        return s.mapped() ? s.bytes()[(int) (a - s.address())] & 0xFF : -1;
    }

    /** The 32-bit little-endian word at the address, or null when any of its bytes is unmapped. */
    public Long word(long address) {
        long v = 0;
        for (int i = 3; i >= 0; i--) {
            int b = at((int) (address + i));
            if (b < 0) {
                return null;
            }
            v = v << 8 | b;
        }
        return v;
    }

    /** Null when the address holds data, else why not ("unmapped: InvalidDataReference", "a capability page"). */
    public String unmapped(long address) {
        VirtualMemory.Span s = page(address & 0xFFFFFFFFL);
        if (s.mapped()) {
            return null;
        }
        return s.capPage() ? "a capability page (no data)" : "unmapped: " + s.faultName();
    }
}
