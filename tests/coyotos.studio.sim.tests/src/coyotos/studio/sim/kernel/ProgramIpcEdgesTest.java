package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The IPC paths where the 2007 kernel and spec 0.6 part (programs/edges.S): a non-blocking send nobody takes, and
 * a string that faults in the receiver's buffer, blocking and non-blocking (kern_Process.c proc_invoke_cap,
 * kern_Capability.c cap_prepare_for_invocation, caps/cap_Entry.c). Where the simulator follows the spec, the run
 * lists it among its what-ifs (SpecReading); where it does what the 2007 kernel does, it lists nothing.
 */
class ProgramIpcEdgesTest {
    static final long RECEIVER_EP = 0x300;

    /** The receiver (dispatched first) and a sender holding an entry capability to it in register 3. */
    static Images.Traced run(String receiverEntry, String senderEntry) {
        SystemImage.Builder b = SystemImage.builder("edges");
        b.process(TestPrograms.process(b, "r", "edges", receiverEntry, RECEIVER_EP).build());
        b.process(TestPrograms.process(b, "s", "edges", senderEntry, 0x400)
                .capRegister(3, Capability.entry("r-ep", 0)).build());
        return Images.trace(b.build(), EventType.IPC_SEND, EventType.IPC_RECEIVE);
    }

    static ProcessResult process(RunResult r, String id) {
        return r.process(id).orElseThrow();
    }

    static long waitInt() {
        return TestPrograms.symbol("edges", "wait_int");
    }

    @Test
    void aNonBlockingSendTheReceiverCannotTakeIsDiscardedAndTheSenderGoesOn() {
        Images.Traced t = run("elsewhere", "nb_sender");
        RunResult r = t.result();
        // the receiver's closed wait is on an endpoint id nobody sends to: the run ends stalled on it, not on s
        assertEquals(Termination.STALLED, r.termination(), r.diagnosis());
        assertEquals("STALLED: process 'r' waits in a closed wait for a message on endpoint id 2457, which never came",
                r.diagnosis());
        ProcessResult s = process(r, "s");
        assertEquals(ProcessState.RECEIVING, s.finalState());
        assertEquals(waitInt(), s.program().pc());
        assertEquals(0x600d, s.program().register("ebp"), "the sender went on past its int $0x30");
        assertEquals(0, t.of(EventType.IPC_RECEIVE).size(), "nothing was delivered");
        assertEquals(0, process(r, "r").program().register("ebx"));
        assertEquals(List.of(SpecReading.NON_BLOCKING_SEND_DISCARDED.label()), r.whatIfs());
    }

    @Test
    void aBlockingSendWhoseStringFaultsInTheReceiversBufferFaultsTheReceiver() {
        Images.Traced t = run("tail_receiver", "string_sender");
        RunResult r = t.result();
        ProcessResult receiver = process(r, "r");
        ProcessResult sender = process(r, "s");
        // kern_Process.c: proc_findDataPage (nonBlock false) delivers the receiver's fault at the page its buffer
        // runs onto (proc_deliver_memory_fault: no handler, so it stays faulted) and restarts the send; the
        // receiver is no longer receiving, so the sender sleeps on it (cap_prepare_for_invocation sq_SleepOn).
        assertEquals(Termination.STALLED, r.termination());
        assertEquals("STALLED: process 's' is blocked sending to 'r', which never receives; process 'r' halted on "
                + "INVALID_DATA_REFERENCE at 0x804c000 (pc 0x08048154), which no handler resolved", r.diagnosis());
        assertEquals(ProcessState.HALTED, receiver.finalState(), "faults w/ no keeper: the receiver stops");
        assertEquals(FaultCode.INVALID_DATA_REFERENCE.code(), receiver.lastFaultCode(), "no page: a null slot");
        assertEquals(0x0804c000L, receiver.lastFaultAddress());
        assertEquals(ProcessState.BLOCKED_SEND, sender.finalState());
        assertEquals(0, sender.program().register("ebp"), "the sender did not go on");
        assertEquals(0, t.of(EventType.IPC_RECEIVE).size());
        assertEquals(List.of(), r.whatIfs(), "this is the 2007 kernel's path: no what-if");
    }

    @Test
    void aNonBlockingSendWhoseStringFaultsIsTruncatedWhereTheBufferFaults() {
        Images.Traced t = run("tail_receiver", "nb_string_sender");
        RunResult r = t.result();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        ProcessResult receiver = process(r, "r");
        assertEquals(ProcessState.RECEIVING, receiver.finalState());
        assertEquals(waitInt(), receiver.program().pc());
        // NB set on the receiver's control word says the string was truncated, sndLen the four bytes moved
        // (spec "Non-blocking Send"), with the sender's one data word (LDW 1).
        assertEquals(ControlWord.NB | 0x10, receiver.program().register("ebx"));
        assertEquals(4, receiver.program().register("esi"));
        assertEquals(0x64636261L, receiver.program().register("edi"), "abcd");
        assertEquals(0x600d, process(r, "s").program().register("ebp"));
        assertEquals(List.of(SpecReading.ONE_WAY_SEND_COMPLETES.label(),
                SpecReading.NON_BLOCKING_STRING_TRUNCATED.label()), r.whatIfs());
    }

    @Test
    void aOneWaySendThatCompletesIsListedAsTheSpecsReading() {
        RunResult r = ProgramIpcTest.run(true).result();
        assertTrue(r.whatIfs().contains(SpecReading.ONE_WAY_SEND_COMPLETES.label()), r.whatIfs().toString());
        RunResult call = ProgramSystemCallsTest.run("log_test");
        assertEquals(List.of(), call.whatIfs(), "a call takes no such path");
    }
}
