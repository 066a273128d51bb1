package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.ProgramResult;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Programs (programs/syscalls.S) entering the kernel with {@code int $0x30}: InvokeCap on kernel objects with the
 * answer through the reply capability, CopyCap, Yield, a reserved system call number. The opcodes and type codes
 * are capidl's (ccs/capidl SymTab.cxx CodedName), which the Makefile computes with sha1sum and this test writes out.
 */
class ProgramSystemCallsTest {
    /** IKT_coyotos_Null, IKT_coyotos_KernLog, RC_coyotos_Cap_UnknownRequest: SHA-1 of the name, first 8 bytes. */
    static final long IKT_NULL = 0x89064cc92664ef55L;
    static final long IKT_KERNLOG = 0xa86ebe9c31417320L;
    static final long RC_UNKNOWN_REQUEST = 0x2a18f47854951e19L;
    /** IPW0_MAKE_LDW(2) | IPW0_EX (sys/coyotos/syscall.h): an error answer carrying a 64-bit code. */
    static final long EX_ANSWER = 0x20 | 0x200000;

    /** One process running {@code entry} of syscalls.elf, holding KernLog in register 1 and its endpoint in 2. */
    static RunResult run(String entry, EventType... types) {
        return trace(entry, types).result();
    }

    static Images.Traced trace(String entry, EventType... types) {
        SystemImage.Builder b = SystemImage.builder("syscalls");
        b.process(TestPrograms.process(b, "p", "syscalls", entry, 0x51)
                .capRegister(1, Capability.kernLog())
                .capRegister(2, TestPrograms.ownEndpoint("p")).build());
        return Images.trace(b.build(), types);
    }

    static ProgramResult program(RunResult r) {
        return r.processes().get(0).program();
    }

    /** The process waits in its final open wait, at the int $0x30 of programs/common.inc (EIP := EDX, no +2). */
    static void assertWaiting(RunResult r) {
        ProcessResult p = r.processes().get(0);
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertEquals(ProcessState.RECEIVING, p.finalState());
        assertEquals(TestPrograms.symbol("syscalls", "wait_int"), p.program().pc());
    }

    @Test
    void kernLogPrintsOnTheConsoleAndAnswersWithNoWords() {
        RunResult r = run("log_test");
        assertWaiting(r);
        assertEquals(List.of("hello, coyotos"), r.console());
        // cap_KernLog.c returns without InvResult: the answer's control word is 0 (no words, no EX).
        assertEquals(0, program(r).register("ebx"));
    }

    @Test
    void getTypeOnNullAnswersTheNullInterfaceCode() {
        RunResult r = run("type_test");
        assertWaiting(r);
        ProgramResult p = program(r);
        // put_oparam64 on a 32-bit kernel: low word first (kerninc/InvParam.h); InvTypeMessage: ldw 2.
        assertEquals(IKT_NULL & 0xFFFF_FFFFL, p.register("ebx"));
        assertEquals(IKT_NULL >>> 32, p.register("esi"));
        assertEquals(0x20, p.register("edi"));
    }

    @Test
    void copyCapMovesKernLogToAnotherRegister() {
        RunResult r = run("copycap_test");
        assertWaiting(r);
        ProgramResult p = program(r);
        assertEquals(IKT_KERNLOG & 0xFFFF_FFFFL, p.register("ebx"));
        assertEquals(IKT_KERNLOG >>> 32, p.register("esi"));
        assertEquals(0x20, p.register("edi"));
    }

    @Test
    void anUnknownOpcodeAnswersUnknownRequest() {
        RunResult r = run("unknown_test");
        assertWaiting(r);
        ProgramResult p = program(r);
        assertEquals(RC_UNKNOWN_REQUEST & 0xFFFF_FFFFL, p.register("ebx"));
        assertEquals(RC_UNKNOWN_REQUEST >>> 32, p.register("esi"));
        assertEquals(EX_ANSWER, p.register("edi"));
    }

    @Test
    void yieldCompletesAndTheProgramGoesOn() {
        Images.Traced t = trace("yield_test", EventType.YIELD, EventType.SYSTEM_CALL);
        RunResult r = t.result();
        assertWaiting(r);
        assertEquals(0x600d, program(r).register("ebx"));
        assertEquals(2, program(r).register("ebp"));
        assertEquals(2, t.of(EventType.YIELD).size());
        // two Yields and the final receive
        assertEquals(3, t.of(EventType.SYSTEM_CALL).size());
    }

    @Test
    void aReservedSystemCallNumberIsAMalformedSyscallFault() {
        RunResult r = run("malformed_test");
        ProcessResult p = r.processes().get(0);
        assertEquals(Termination.HALTED, r.termination(), r.diagnosis());
        assertEquals(ProcessState.HALTED, p.finalState());
        assertEquals(1, p.lastFaultCode());
        assertEquals(0, p.lastFaultAddress());
        // EIP := EDX, the int itself, and no +2: the call did not complete (IRQ.c vh_SysCall)
        assertEquals(TestPrograms.symbol("syscalls", "malformed_int"), p.program().pc());
    }
}
