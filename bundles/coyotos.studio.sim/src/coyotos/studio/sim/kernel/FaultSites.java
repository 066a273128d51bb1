package coyotos.studio.sim.kernel;

import coyotos.studio.x86.disasm.Disassembler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The instructions faults were raised at, disassembled once per process and address so the Trace can show
 * "pc 0x08048012: movl $0x1,(%eax)" next to a fault; read from the process's memory when the fault happens
 * (without side effects: a debugger-style read through its GPTs).
 */
final class FaultSites {
    /** At most this many distinct sites are kept (a program faulting at ever new addresses stays bounded). */
    static final int MAX_SITES = 10_000;

    private final Map<String, String> texts = new LinkedHashMap<>();
    private final UserMemory memory;

    FaultSites(UserMemory memory) {
        this.memory = memory;
    }

    static String key(int process, long pc) {
        return process + ":" + Long.toHexString(pc & 0xFFFF_FFFFL);
    }

    /** Remembers the instruction of {@code p} at {@code pc}. */
    void note(KernelProcess p, long pc) {
        String key = key(p.index, pc);
        if (texts.containsKey(key) || texts.size() >= MAX_SITES) {
            return;
        }
        texts.put(key, text(p, pc));
    }

    String text(KernelProcess p, long pc) {
        byte[] one = new byte[1];
        return Disassembler.disassemble(a -> memory.peek(p, a & 0xFFFF_FFFFL, one, 0, 1) ? one[0] & 0xff : -1,
                (int) pc).text();
    }

    /** "process:pc-in-hex" to the instruction's text. */
    Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }
}
