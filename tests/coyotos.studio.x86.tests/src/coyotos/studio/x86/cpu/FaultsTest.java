package coyotos.studio.x86.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each exception an instruction can raise at CPL 3 (Intel SDM Vol. 3A §6.15), with the vector, error code,
 * CR2 and EIP the CPU reports, and the rule that a fault changes nothing: programs/faults.S.
 */
class FaultsTest {
    static final String P = "faults";
    static final long LIMIT = 1_000_000;

    static int at(String label) {
        return Programs.symbol(P, label);
    }

    static TestMachine start(String label) {
        TestMachine m = Programs.load(P);
        m.state.setEip(at(label));
        m.state.setReg(CpuState.ESP, Programs.symbol(P, "__stack_top"));
        return m;
    }

    static void assertExit(Exit e, ExitKind kind, int vector, int error, int pc) {
        assertEquals(kind, e.kind(), e.toString());
        assertEquals(vector, e.vector(), e.toString());
        assertEquals(error, e.errorCode(), e.toString());
        assertEquals(pc, e.pc(), e.toString());
    }

    static void assertFault(TestMachine m, Exit e, int vector, int error, int pc) {
        assertExit(e, ExitKind.FAULT, vector, error, pc);
        assertEquals(pc, m.state.eip(), "a fault leaves EIP at the faulting instruction");
    }

    @Test
    void ud2RaisesInvalidOpcodeAfterTheInstructionsBeforeIt() {
        TestMachine m = start("ud2_");
        Exit e = m.run(LIMIT);
        assertFault(m, e, Vector.UD, 0, at("ud2_at"));
        assertEquals(1, e.retired(), "the mov before it retired");
        assertEquals(1, m.state.reg(CpuState.EAX));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hlt_at", "cli_at", "sti_at", "in_at", "out_at", "ins_at", "outs_at", "movcr_at",
        "movcr3_at", "movdr_at", "lgdt_at", "lidt_at", "invlpg_at", "wbinvd_at", "invd_at", "rdmsr_at", "wrmsr_at",
        "rdpmc_at", "clts_at", "lldt_at", "ltr_at", "lmsw_at", "sysexit_at", "sysenter_at"})
    void privilegedInstructionsRaiseGeneralProtectionZero(String label) {
        TestMachine m = start(label);
        CpuState before = m.state.copy();
        Exit e = m.run(LIMIT);
        assertFault(m, e, Vector.GP, 0, at(label));
        assertEquals(0, e.retired());
        assertEquals(before, m.state, "nothing changed");
    }

    @Test
    void intOnAGateWithoutUserPrivilegeRaisesGeneralProtectionNamingTheGate() {
        TestMachine m = start("int80_");
        Exit e = m.run(LIMIT);
        // IRQ.c gives every gate but 3, 4, 5 and 0x30 DPL 1: #GP with the IDT bit, (0x80 << 3) | 2.
        assertFault(m, e, Vector.GP, 0x402, at("int80_at"));
    }

    @Test
    void userGatesTrapAfterTheInstruction() {
        Object[][] cases = {{"intn3_at", Vector.BP, 2, ExitKind.TRAP}, {"int3_at", Vector.BP, 1, ExitKind.TRAP},
            {"int4_at", Vector.OF, 2, ExitKind.TRAP}, {"int5_at", Vector.BR, 2, ExitKind.TRAP},
            {"int30_at", Vector.SYSCALL, 2, ExitKind.SYSTEM_CALL}, {"int1_at", Vector.DB, 1, ExitKind.TRAP}};
        for (Object[] c : cases) {
            String label = (String) c[0];
            TestMachine m = start(label);
            Exit e = m.run(LIMIT);
            assertExit(e, (ExitKind) c[3], (int) c[1], 0, at(label));
            assertEquals(at(label) + (int) c[2], m.state.eip(), label + ": EIP after the instruction, as pushed");
            assertEquals(1, e.retired(), label + " retired");
        }
    }

    @Test
    void intoTrapsOnlyWhenOverflowIsSet() {
        TestMachine m = start("into_set");
        Exit e = m.run(LIMIT);
        assertExit(e, ExitKind.TRAP, Vector.OF, 0, at("into_at"));
        assertEquals(at("into_at") + 1, m.state.eip());
        m = start("into_clear");
        assertExit(m.run(LIMIT), ExitKind.TRAP, Vector.BP, 0, at("into_clear_end"));
    }

    @Test
    void boundFaultsOutsideItsRange() {
        TestMachine m = start("bound_in");
        assertEquals(Vector.BP, m.run(LIMIT).vector(), "5 is within [0, 10]");
        m = start("bound_out");
        assertFault(m, m.run(LIMIT), Vector.BR, 0, at("bound_at"));
    }

    @Test
    void divideErrorsChangeNothing() {
        for (String s : new String[] {"div0_", "idivov_", "div8ov_", "aam0_"}) {
            TestMachine m = start(s);
            int setUp = s.equals("aam0_") ? 1 : s.equals("div8ov_") ? 2 : 3;
            assertEquals(ExitKind.BUDGET, m.run(setUp).kind(), s + ": up to the divide");
            CpuState before = m.state.copy();
            Exit e = m.run(LIMIT);
            assertFault(m, e, Vector.DE, 0, at(s + "at"));
            assertEquals(before, m.state, s + ": registers and flags unchanged by #DE");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"x87_at", "sse_at", "lockreg_at", "locknop_at", "lockmov_at", "bound_reg_at",
        "lea_reg_at"})
    void invalidOpcodes(String label) {
        TestMachine m = start(label);
        assertFault(m, m.run(LIMIT), Vector.UD, 0, at(label));
    }

    @Test
    void anInstructionLongerThanFifteenBytesRaisesGeneralProtection() {
        TestMachine m = start("toolong_at");
        assertFault(m, m.run(LIMIT), Vector.GP, 0, at("toolong_at"));
    }

    // --- page faults ---------------------------------------------------------------------------------

    static final int PAGE = 0x60000000;

    @Test
    void readOfAnUnmappedPageFaultsWithItsAddress() {
        TestMachine m = start("pf_read_at");
        m.state.setReg(CpuState.EBX, 0x70000123);
        Exit e = m.run(LIMIT);
        assertFault(m, e, Vector.PF, CpuHost.PF_U, at("pf_read_at"));
        assertEquals(0x70000123, e.faultAddress());
    }

    @Test
    void writesAndReadModifyWritesToReadOnlyPagesFaultAsWritesButComparesDoNot() {
        int text = at("pf_write_at");
        for (String label : new String[] {"pf_write_at", "pf_rmw_at"}) {
            TestMachine m = start(label);
            m.state.setReg(CpuState.EBX, text);
            Exit e = m.run(LIMIT);
            assertFault(m, e, Vector.PF, CpuHost.PF_U | CpuHost.PF_W | CpuHost.PF_P, at(label));
            assertEquals(text, e.faultAddress());
        }
        TestMachine m = start("pf_cmp_ro");
        m.state.setReg(CpuState.EBX, text);
        assertEquals(Vector.BP, m.run(LIMIT).vector(), "CMP and TEST only read");
    }

    @Test
    void fetchFromANoExecuteOrMissingPageFaultsAtTheTarget() {
        TestMachine m = start("pf_jump_at");
        m.map(PAGE, true, false);
        m.state.setReg(CpuState.EBX, PAGE + 0x10);
        Exit e = m.run(LIMIT);
        assertFault(m, e, Vector.PF, CpuHost.PF_U | CpuHost.PF_P | CpuHost.PF_I, PAGE + 0x10);
        assertEquals(PAGE + 0x10, e.faultAddress());
        assertEquals(1, e.retired(), "the jump retired; the fetch at its target faulted");
        m = start("pf_jump_at");
        m.state.setReg(CpuState.EBX, 0x70000000);
        e = m.run(LIMIT);
        assertFault(m, e, Vector.PF, CpuHost.PF_U | CpuHost.PF_I, 0x70000000);
    }

    @Test
    void aReadAcrossAPageBoundaryFaultsOnTheSecondPage() {
        TestMachine m = start("pf_split_read_at");
        m.map(PAGE, true, false);
        m.state.setReg(CpuState.EBX, PAGE);
        Exit e = m.run(LIMIT);
        assertFault(m, e, Vector.PF, CpuHost.PF_U, at("pf_split_read_at"));
        assertEquals(PAGE + 0x1000, e.faultAddress(), "CR2 is the first byte of the page that is missing");
        m.map(PAGE + 0x1000, true, false)[1] = 0x44;
        m.state.setReg(CpuState.EBX, PAGE);
        m.write8(PAGE + 0xffe, 0x11);
        m.write8(PAGE + 0xfff, 0x22);
        m.write8(PAGE + 0x1000, 0x33);
        assertEquals(Vector.BP, m.run(LIMIT).vector(), "resumed once the page is there");
        assertEquals(0x44332211, m.state.reg(CpuState.EAX));
    }

    @Test
    void aWriteAcrossAPageBoundaryChangesNeitherPageWhenTheSecondFaults() {
        TestMachine m = start("pf_split_write_at");
        byte[] first = m.map(PAGE, true, false);
        byte[] second = m.map(PAGE + 0x1000, false, false);
        m.state.setReg(CpuState.EBX, PAGE);
        m.state.setReg(CpuState.EAX, 0x01020304);
        Exit e = m.run(LIMIT);
        assertFault(m, e, Vector.PF, CpuHost.PF_U | CpuHost.PF_W | CpuHost.PF_P, at("pf_split_write_at"));
        assertEquals(PAGE + 0x1000, e.faultAddress());
        assertEquals(0, first[0xffe] | first[0xfff] | second[0] | second[1], "no byte written");
    }

    @Test
    void aRepeatedStringInstructionFaultingMidwayKeepsItsProgressAndResumes() {
        TestMachine m = start("rep_fault_at");
        byte[] page = m.map(PAGE, true, false);
        int src = at("scratch");
        m.state.setReg(CpuState.ESI, src);
        m.state.setReg(CpuState.EDI, PAGE + 0xff0);
        m.state.setReg(CpuState.ECX, 10);
        m.state.setReg(CpuState.EAX, 0);
        for (int i = 0; i < 40; i++) {
            m.write8(src + i, i + 1);
        }
        Exit e = m.run(LIMIT);
        assertFault(m, e, Vector.PF, CpuHost.PF_U | CpuHost.PF_W, at("rep_fault_at"));
        assertEquals(PAGE + 0x1000, e.faultAddress());
        assertEquals(6, m.state.reg(CpuState.ECX), "four elements done");
        assertEquals(src + 16, m.state.reg(CpuState.ESI));
        assertEquals(PAGE + 0x1000, m.state.reg(CpuState.EDI));
        assertEquals(16, page[0xfff], "the fourth element was stored");
        byte[] next = m.map(PAGE + 0x1000, true, false);
        Exit done = m.run(LIMIT);
        assertExit(done, ExitKind.TRAP, Vector.BP, 0, at("rep_fault_end"));
        assertEquals(0, m.state.reg(CpuState.ECX));
        assertEquals(40, next[23]);
        assertEquals(10, m.counts.stringElements(), "ten elements in all: four, then six");
        assertEquals(1, m.counts.get(InstructionClass.STRING), "one string instruction retired");
    }

    @Test
    void faultingStackStoresChangeNothing() {
        for (String label : new String[] {"push_fault_at", "call_fault_at", "pusha_fault_at", "enter_fault_at"}) {
            TestMachine m = start(label);
            m.map(PAGE, true, false);
            // push/call store one word, PUSHA eight, ENTER $16, $2 three: each runs off the page by one
            int sp = switch (label) {
                case "pusha_fault_at" -> PAGE + 16;
                case "enter_fault_at" -> PAGE + 8;
                default -> PAGE;
            };
            m.state.setReg(CpuState.ESP, sp);
            m.state.setReg(CpuState.EBP, PAGE + 0x800);
            CpuState before = m.state.copy();
            Exit e = m.run(LIMIT);
            assertFault(m, e, Vector.PF, CpuHost.PF_U | CpuHost.PF_W, at(label));
            assertEquals(PAGE - 4, e.faultAddress(), label + ": the first store below the page");
            assertEquals(before, m.state, label);
            assertArrayEquals(new byte[16], m.bytes(PAGE, 16), label + ": nothing stored on the mapped page");
        }
    }

    @Test
    void popToAReadOnlyDestinationLeavesEspAsItWas() {
        TestMachine m = start("popmem_fault_");
        m.state.setReg(CpuState.EBX, at("pf_write_at"));
        Exit e = m.run(LIMIT);
        assertFault(m, e, Vector.PF, CpuHost.PF_U | CpuHost.PF_W | CpuHost.PF_P, at("popmem_fault_at"));
        assertEquals(Programs.symbol(P, "__stack_top") - 4, m.state.reg(CpuState.ESP));
    }

    @Test
    void theTrapFlagTrapsAfterEachInstruction() {
        TestMachine m = start("tf_");
        Exit e = m.run(LIMIT);
        assertExit(e, ExitKind.TRAP, Vector.DB, 0, at("tf_after") - 5);
        assertEquals(at("tf_after"), m.state.eip(), "POPF set TF; the next instruction ran, then #DB");
        assertEquals(1, m.state.reg(CpuState.EAX));
        e = m.run(LIMIT);
        assertExit(e, ExitKind.TRAP, Vector.DB, 0, at("tf_after"));
        assertEquals(at("tf_end"), m.state.eip());
        assertEquals(2, m.state.reg(CpuState.EAX));
    }
}
