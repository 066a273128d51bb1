package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.SimEvent;
import coyotos.studio.sim.result.Termination;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Faults raised by real instructions (programs/faults.S), in processes with no process handler: each stops
 * halted with the Process.idl fault code the 2007 kernel's vector handlers set (arch/i386/kernel/IRQ.c), the fault
 * info (the address for a memory fault, 0 otherwise) and the PC the kernel keeps; the Trace's FAULT_INSTRUCTION
 * event carries that PC and the run keeps the instruction's text.
 */
class ProgramFaultsTest {

    static Images.Traced run(String entry) {
        SystemImage.Builder b = SystemImage.builder("faults");
        b.process(TestPrograms.process(b, "p", "faults", entry + "_test", 0x51).build());
        return Images.trace(b.build(), EventType.FAULT_INSTRUCTION, EventType.FAULT_RAISED);
    }

    @ParameterizedTest(name = "{0}: fault {1}")
    @CsvSource({
        // vh_BptTrap: BreakPoint (34), EIP moved back one byte onto the int3
        "bp, 34, 0, 0, int3",
        // vh_UserFault: Overflow (44); INTO is a trap, EIP after the one-byte into
        "of, 44, 0, 1, into",
        // vh_UserFault: DivZero (38) at the div
        "de, 38, 0, 0, div    %ecx",
        // HLT at CPL 3 is #GP(0): vh_UserFault, GeneralProtection (128)
        "gp, 128, 0, 0, hlt",
    })
    void anExceptionStopsTheProcessWithItsCodeAndPc(String entry, int code, long info, int pcAfter, String text) {
        Images.Traced t = run(entry);
        RunResult r = t.result();
        ProcessResult p = r.processes().get(0);
        long at = TestPrograms.symbol("faults", entry + "_at");
        assertEquals(Termination.HALTED, r.termination(), r.diagnosis());
        assertEquals(ProcessState.HALTED, p.finalState());
        assertEquals(code, p.lastFaultCode());
        assertEquals(info, p.lastFaultAddress());
        assertEquals(at + pcAfter, p.program().pc());
        List<SimEvent> sites = t.of(EventType.FAULT_INSTRUCTION);
        assertEquals(1, sites.size());
        // the Trace names the instruction that raised the fault, where the kernel's PC may be past it
        assertEquals(at, sites.get(0).value());
        assertEquals(code, sites.get(0).detail());
        assertEquals(text, r.faultSites().get("0:" + Long.toHexString(at)));
    }

    @ParameterizedTest(name = "{0}: fault {1} at {2}")
    @CsvSource({
        // nothing is mapped there: the GPT walk finds no capability (kern_MemWalk.c), InvalidDataReference (4)
        "unmapped, 4, 0x40000000, 'movl   $0x1,(%edi)'",
        // loadimage maps text read-only (builtin.cxx pf_loadimage): AccessViolation (7)
        "rotext, 7, _start, 'movl   $0x1,0x8048120'",
    })
    void aPageFaultStopsTheProcessWithTheAddress(String entry, int code, String address, String text) {
        Images.Traced t = run(entry);
        RunResult r = t.result();
        ProcessResult p = r.processes().get(0);
        long at = TestPrograms.symbol("faults", entry + "_at");
        long va = address.startsWith("0x") ? Long.decode(address) : TestPrograms.symbol("faults", address);
        assertEquals(Termination.HALTED, r.termination(), r.diagnosis());
        assertEquals(ProcessState.HALTED, p.finalState());
        assertEquals(code, p.lastFaultCode());
        assertEquals(va, p.lastFaultAddress());
        // a fault keeps the PC at the faulting instruction, so that resume runs it again
        assertEquals(at, p.program().pc());
        assertEquals(text.replace("0x8048120", "0x" + Long.toHexString(va)), r.faultSites().get("0:" + Long.toHexString(at)));
    }
}
