package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.ProgramResult;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import org.junit.jupiter.api.Test;

/**
 * Two programs talking through the kernel (programs/ipc.S): a call with data words, a send string and a reply
 * capability fabricated with RC, received in an open wait that accepts one capability and copies out the soft
 * words (CO); the answer's four words come back through the reply capability into the client's closed wait
 * (kern_Process.c proc_invoke_cap; sys/coyotos/syscall.h for the words' places).
 */
class ProgramIpcTest {
    static final long SERVER_EP = 0x100;
    static final long CLIENT_EP = 0x200;
    static final long PAYLOAD = 0x77;

    static Images.Traced run(boolean serverFirst) {
        SystemImage.Builder b = SystemImage.builder("ipc");
        var server = TestPrograms.process(b, "server", "ipc", "server", SERVER_EP).build();
        var client = TestPrograms.process(b, "client", "ipc", "client", CLIENT_EP)
                .capRegister(2, TestPrograms.ownEndpoint("client"))
                .capRegister(3, Capability.entry("server-ep", PAYLOAD)).build();
        if (serverFirst) {
            b.process(server).process(client);
        } else {
            b.process(client).process(server);
        }
        return Images.trace(b.build(), EventType.IPC_SEND, EventType.IPC_RECEIVE, EventType.SYSTEM_CALL);
    }

    static void assertExchange(Images.Traced t) {
        RunResult r = t.result();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        long wait = TestPrograms.symbol("ipc", "wait_int");
        ProgramResult client = r.process("client").orElseThrow().program();
        ProgramResult server = r.process("server").orElseThrow().program();
        assertEquals(ProcessState.RECEIVING, r.process("client").orElseThrow().finalState());
        assertEquals(ProcessState.RECEIVING, r.process("server").orElseThrow().finalState());
        assertEquals(wait, client.pc());
        assertEquals(wait, server.pc());
        // The server got opcode 0x1234 in word 1, the endpoint id it was reached through, and a control word with
        // ldw 3, SC with lsc 0 (the reply capability) and its preserved AC (IPW0_PRESERVE); CO, also preserved
        // by the receive, is cleared when the copy-out completes the call (kern_Process.c PHASE 3).
        assertEquals(0x1234, server.register("ebx"));
        assertEquals(SERVER_EP, server.register("esi"));
        assertEquals(0x30 | 0x40000 | 0x80000, server.register("edi"));
        // Its one-way answer returns before PHASE 3 (kern_Process.c: "Sender is skipping receive phase ... keep
        // executing"), so nothing rewrites its control word: SP and ldw 4 as it sent them. (The 2007 code also
        // skips pi_SysCallDone there, which would run the int again; the simulator follows the comment and the
        // spec: the sender goes on past the int, see Invocation.)
        assertEquals(0x10000 | 0x40, server.register("ebp"));
        // The client: 7 + 35, the string's length, the string's first four bytes, and word 4 by copy-out: the
        // protected payload of the entry capability it called through.
        assertEquals(42, client.register("ebx"));
        assertEquals(4, client.register("esi"));
        assertEquals(0x676e6970L, client.register("edi")); // "ping"
        assertEquals(PAYLOAD, client.register("ebp"));
        assertEquals(2, t.of(EventType.IPC_SEND).size());
        assertEquals(2, t.of(EventType.IPC_RECEIVE).size());
        assertEquals(1, t.of(EventType.IPC_SEND, "client").size());
    }

    @Test
    void aCallAndItsAnswerWhenTheServerWaitsFirst() {
        assertExchange(run(true));
    }

    @Test
    void aCallBlocksUntilTheServerReceivesThenCompletes() {
        Images.Traced t = run(false);
        assertExchange(t);
        // The client's first int $0x30 blocked (the server was not receiving yet) and ran again: one more system
        // call than when the server waits first.
        assertEquals(run(true).of(EventType.SYSTEM_CALL).size() + 1, t.of(EventType.SYSTEM_CALL).size());
    }
}
