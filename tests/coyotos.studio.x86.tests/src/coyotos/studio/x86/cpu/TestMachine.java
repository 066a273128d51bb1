package coyotos.studio.x86.cpu;

import coyotos.studio.x86.elf.ElfImage;
import coyotos.studio.x86.elf.LoadImage;
import java.util.HashMap;
import java.util.Map;

/**
 * A plain machine for the interpreter's tests: pages in a map, each readable, optionally writable and
 * executable, translated on demand (no TLB model). Missing pages fault with the error code a CPU gives for a
 * not-present page; a write to a read-only page or a fetch from a no-execute page faults with P set.
 */
public final class TestMachine implements CpuHost {
    private record Mapping(byte[] page, boolean writable, boolean executable) {
    }

    private final Map<Integer, Mapping> pages = new HashMap<>();
    public final X86Interpreter cpu = new X86Interpreter(this);
    public final CpuState state = new CpuState();
    public final InstructionCounts counts = new InstructionCounts();
    /** How many times the CPU asked for a translation. */
    public int translations;

    /** Segments and IDT gates as the 2007 Coyotos kernel gives a process (dispatch.c, GDT.c, IRQ.c). */
    public TestMachine() {
        cpu.setDescriptorTables(DescriptorTables.coyotos(0));
        state.setSegment(CpuState.CS, 0x23, 0);
        for (int seg : new int[] {CpuState.DS, CpuState.ES, CpuState.SS}) {
            state.setSegment(seg, 0x2b, 0);
        }
        state.setSegment(CpuState.FS, 0x33, 0);
    }

    public byte[] map(int vaddr, boolean writable, boolean executable) {
        return map(vaddr, new byte[PageMap.PAGE_SIZE], writable, executable);
    }

    public byte[] map(int vaddr, byte[] page, boolean writable, boolean executable) {
        pages.put(vaddr >>> 12, new Mapping(page, writable, executable));
        cpu.pages().unmap(vaddr >>> 12);
        return page;
    }

    public void unmap(int vaddr) {
        pages.remove(vaddr >>> 12);
        cpu.pages().unmap(vaddr >>> 12);
    }

    /** Loads a program as loadimage does and points EIP at its entry. */
    public void load(ElfImage elf) {
        for (LoadImage.Page p : LoadImage.of(elf).pages()) {
            for (LoadImage.Mapping m : p.mappings()) {
                map((int) m.vaddr(), p.data(), m.writable(), m.executable());
            }
        }
        state.setEip((int) elf.entry());
    }

    @Override
    public int translate(int linear, int access, PageMap map) {
        translations++;
        Mapping m = pages.get(linear >>> 12);
        if (m == null) {
            return PF_U | (access == WRITE ? PF_W : 0) | (access == EXECUTE ? PF_I : 0);
        }
        if (access == WRITE && !m.writable) {
            return PF_U | PF_P | PF_W;
        }
        if (access == EXECUTE && !m.executable) {
            return PF_U | PF_P | PF_I;
        }
        map.map(linear >>> 12, m.page, m.writable, m.executable);
        return 0;
    }

    /** What IN returns, and a log of IN and OUT ("in 0x60/1", "out 0x80/1=0xff"). */
    public int inValue = 0x5a5a5a5a;
    public final java.util.List<String> io = new java.util.ArrayList<>();

    @Override
    public int in(int port, int size) {
        io.add(String.format("in 0x%x/%d", port, size));
        return size == 4 ? inValue : inValue & ((1 << (8 * size)) - 1);
    }

    @Override
    public void out(int port, int size, int value) {
        io.add(String.format("out 0x%x/%d=0x%x", port, size, value));
    }

    public Exit run(long budget) {
        return cpu.run(state, budget, counts);
    }

    public int read32(int address) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v |= (read8(address + i)) << (8 * i);
        }
        return v;
    }

    public int read8(int address) {
        Mapping m = pages.get(address >>> 12);
        if (m == null) {
            throw new IllegalArgumentException(String.format("nothing mapped at 0x%08x", address));
        }
        return m.page[address & 0xfff] & 0xff;
    }

    public void write8(int address, int value) {
        Mapping m = pages.get(address >>> 12);
        m.page[address & 0xfff] = (byte) value;
        cpu.codeWritten(m.page);
    }

    public byte[] bytes(int address, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) read8(address + i);
        }
        return out;
    }
}
