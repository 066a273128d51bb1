package coyotos.studio.x86.cpu;

import static coyotos.studio.x86.cpu.FaultsTest.assertExit;
import static coyotos.studio.x86.cpu.FaultsTest.assertFault;
import static coyotos.studio.x86.cpu.FaultsTest.at;
import static coyotos.studio.x86.cpu.FaultsTest.start;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Segment loads and far transfers at CPL 3 against the 2007 kernel's descriptor tables, I/O with and without
 * I/O privilege, CPUID, RDTSC, the descriptor-table reads user mode may make, and instruction counts per
 * class: programs/faults.S.
 */
class SystemTest {
    static final long LIMIT = 1_000_000;
    static final int TLS = 0x60000000;

    static TestMachine startWithTls(String label) {
        TestMachine m = start(label);
        m.cpu.setDescriptorTables(DescriptorTables.coyotos(TLS));
        m.state.setSegment(CpuState.FS, 0x33, TLS);
        byte[] tls = m.map(TLS, true, false);
        for (int i = 0; i < 16; i++) {
            tls[i] = (byte) (0x10 + i);
        }
        return m;
    }

    static void assertBreakpoint(Exit e) {
        assertEquals(ExitKind.TRAP, e.kind(), e.toString());
        assertEquals(Vector.BP, e.vector(), e.toString());
    }

    @Test
    void userDataSelectorsLoad() {
        TestMachine m = start("seg_ok");
        assertBreakpoint(m.run(LIMIT));
        assertEquals(0x2b, m.state.selector(CpuState.DS));
        assertEquals(0x2b, m.state.reg(CpuState.ECX), "MOV from DS to a 32-bit register zero-extends");
    }

    @Test
    void kernelNullAndOutOfTableSelectorsRaiseGeneralProtection() {
        TestMachine m = start("seg_kernel");
        assertFault(m, m.run(LIMIT), Vector.GP, 0x18, at("seg_kernel_at"));
        m = start("seg_ss_null");
        assertFault(m, m.run(LIMIT), Vector.GP, 0, at("seg_ss_null_at"));
        m = start("seg_bad_index");
        assertFault(m, m.run(LIMIT), Vector.GP, 0x400, at("seg_bad_index_at"));
        m = start("seg_pop_");
        Exit e = m.run(LIMIT);
        assertFault(m, e, Vector.GP, 0x18, at("seg_pop_at"));
        assertEquals(Programs.symbol("faults", "__stack_top") - 4, m.state.reg(CpuState.ESP), "POP DS undone");
        assertEquals(0x2b, m.state.selector(CpuState.DS));
    }

    @Test
    void fsAndGsAddressThroughTheTlsDescriptorsBase() {
        TestMachine m = startWithTls("seg_fs");
        assertBreakpoint(m.run(LIMIT));
        assertEquals(0x17161514, m.state.reg(CpuState.EAX), "fs:4");
        assertEquals(0x1b1a1918, m.state.reg(CpuState.EDX), "gs:8 after loading GS with the TLS selector");
        assertEquals(TLS, m.state.segmentBase(CpuState.GS));
    }

    @Test
    void aNullSelectorLoadsIntoGs() {
        TestMachine m = startWithTls("seg_gs_null");
        assertBreakpoint(m.run(LIMIT));
        assertEquals(0, m.state.selector(CpuState.GS));
        assertEquals(0, m.state.reg(CpuState.ECX));
    }

    @Test
    void farPointerLoads() {
        TestMachine m = startWithTls("seg_lds");
        assertBreakpoint(m.run(LIMIT));
        assertEquals(0x11112222, m.state.reg(CpuState.ESI));
        assertEquals(0x33334444, m.state.reg(CpuState.EDI));
        assertEquals(0x33, m.state.selector(CpuState.FS));
        assertEquals(TLS, m.state.segmentBase(CpuState.FS));
    }

    @Test
    void farCallsReturnsAndIretWithinPrivilegeLevelThree() {
        TestMachine m = start("far_call");
        assertBreakpoint(m.run(LIMIT));
        assertEquals(1, m.state.reg(CpuState.EAX));
        assertEquals(2, m.state.reg(CpuState.EBX));
        assertEquals(0x23, m.state.selector(CpuState.CS));
        m = start("far_bad_at");
        assertFault(m, m.run(LIMIT), Vector.GP, 0x08, at("far_bad_at"));
        m = start("far_ret_inner_");
        assertFault(m, m.run(LIMIT), Vector.GP, 0x20, at("far_ret_inner_at"));
        m = start("iret_same");
        assertBreakpoint(m.run(LIMIT));
        assertEquals(7, m.state.reg(CpuState.EAX));
    }

    @Test
    void ioPrivilegeLetsInOutCliStiThrough() {
        TestMachine m = start("io_priv");
        m.state.setEflags(m.state.eflags() | CpuState.IOPL);
        m.inValue = 0x12345678;
        assertBreakpoint(m.run(LIMIT));
        assertEquals(List.of("in 0x60/1", "in 0x40/4", "out 0x80/1=0x78"), m.io);
        assertEquals(0x12345678, m.state.reg(CpuState.EBX));
        assertEquals(0, m.state.reg(CpuState.ECX) & CpuState.IF, "CLI cleared IF");
        assertEquals(CpuState.IF, m.state.eflags() & CpuState.IF, "STI set it again");
    }

    @Test
    void popfChangesIfOnlyWithIoPrivilegeAndNeverIopl() {
        TestMachine m = start("iopl_popf");
        assertBreakpoint(m.run(LIMIT));
        assertEquals(CpuState.IF, m.state.reg(CpuState.EAX) & (CpuState.IF | CpuState.IOPL));
        m = start("iopl_popf");
        m.state.setEflags(m.state.eflags() | CpuState.IOPL);
        assertBreakpoint(m.run(LIMIT));
        assertEquals(CpuState.IOPL, m.state.reg(CpuState.EAX) & (CpuState.IF | CpuState.IOPL));
    }

    @Test
    void cpuidNamesTheInterpreterAndOnlyItsFeatures() {
        TestMachine m = start("cpuid_");
        assertBreakpoint(m.run(LIMIT));
        assertEquals("Coyotos IA32", new String(m.bytes(at("vendor"), 12), StandardCharsets.US_ASCII));
        assertEquals(1 << 4 | 1 << 8 | 1 << 15, m.state.reg(CpuState.EDX), "TSC, CX8, CMOV; no FPU, MMX, SSE");
    }

    @Test
    void rdtscCountsRetiredInstructions() {
        TestMachine m = start("rdtsc_");
        m.state.setTimeStamp(1000);
        Exit e = m.run(LIMIT);
        assertBreakpoint(e);
        assertEquals(1002, m.state.reg(CpuState.EAX), "two NOPs retired before it");
        assertEquals(0, m.state.reg(CpuState.EDX));
        assertEquals(1000 + e.retired(), m.state.timeStamp());
    }

    @Test
    void descriptorTableReadsAreAllowedAtCplThree() {
        TestMachine m = start("descr_");
        assertBreakpoint(m.run(LIMIT));
        assertEquals(0x00c0f300, m.state.reg(CpuState.EBX), "LAR of the user data segment");
        assertEquals(-1, m.state.reg(CpuState.ECX), "LSL: a 4 GiB segment");
        assertEquals(0x0001, m.state.reg(CpuState.EDX) & 0xffff, "VERW of user data sets ZF, VERR of the TSS not");
        assertEquals(0, m.state.reg(CpuState.ESI), "SLDT: no LDT");
        assertEquals(0x08, m.state.reg(CpuState.EDI), "STR: the TSS selector (GDT.c)");
        assertEquals(0x33, m.state.reg(CpuState.EBP), "SMSW");
        assertEquals(7 * 8 - 1, m.read8(at("gdtr")) | m.read8(at("gdtr") + 1) << 8, "SGDT limit");
        assertEquals(0x2b, m.read8(at("sel")), "ARPL left an RPL 3 selector as it was");
    }

    @Test
    void instructionsAreCountedPerClass() {
        TestMachine m = start("counts_");
        Exit e = m.run(LIMIT);
        assertExit(e, ExitKind.TRAP, Vector.BP, 0, at("counts_end"));
        InstructionCounts c = m.counts;
        assertEquals(8, c.get(InstructionClass.SIMPLE), c.toString());
        assertEquals(3, c.get(InstructionClass.MEMORY), c.toString());
        assertEquals(3, c.get(InstructionClass.MULTIPLY), c.toString());
        assertEquals(3, c.get(InstructionClass.BRANCH), c.toString());
        assertEquals(1, c.get(InstructionClass.DIVIDE), c.toString());
        assertEquals(1, c.get(InstructionClass.STRING), c.toString());
        assertEquals(2, c.get(InstructionClass.SYSTEM), "CPUID and the int3 that ended the run: " + c);
        assertEquals(4, c.stringElements());
        assertEquals(e.retired(), c.total());
    }
}
