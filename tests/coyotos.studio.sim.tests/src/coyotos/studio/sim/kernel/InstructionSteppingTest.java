package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.debug.Breakpoint;
import coyotos.studio.sim.debug.DebugSession;
import coyotos.studio.sim.debug.Stop;
import coyotos.studio.sim.debug.StopReason;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.run.Simulation;
import coyotos.studio.sim.run.SimulationLimits;
import coyotos.studio.x86.cpu.CpuState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Stepping programs one instruction at a time under the debugger (programs/ipc.S: a client calling a server
 * through the kernel): forward and back again is the same state, bit for bit, and watching a slice instruction
 * by instruction changes nothing about the run.
 */
@DisplayName("Instruction stepping: exact forward and back, and the same run as without the debugger")
class InstructionSteppingTest {

    static SystemImage ipc() {
        SystemImage.Builder b = SystemImage.builder("ipc");
        b.process(TestPrograms.process(b, "server", "ipc", "server", ProgramIpcTest.SERVER_EP).build());
        b.process(TestPrograms.process(b, "client", "ipc", "client", ProgramIpcTest.CLIENT_EP)
                .capRegister(2, TestPrograms.ownEndpoint("client"))
                .capRegister(3, Capability.entry("server-ep", ProgramIpcTest.PAYLOAD)).build());
        return b.build();
    }

    /** Checkpoints every 16 events, so stepping back restores and replays across checkpoints. */
    static DebugSession open(SystemImage image) {
        return DebugSession.open(image, CpuProfiles.withBuiltins().get(image.setup().profile()),
                SimulationLimits.of(image.setup()), DebugSession.Recorder.NONE, DebugSession.DEFAULT_HISTORY_BYTES,
                16);
    }

    @Test
    @DisplayName("N instructions forward through the client's call, then N back: the same digest at every stop")
    void forwardThenBackIsTheSameState() {
        SystemImage image = ipc();
        try (DebugSession s = open(image)) {
            int client = s.info().processIds().indexOf("client");
            List<Long> digests = new ArrayList<>();
            List<Integer> eips = new ArrayList<>();
            s.stepInstruction(client);
            int n = 0;
            while (s.stop().reason() == StopReason.STEP_INSTRUCTION && n < 400) {
                Stop.Point p = s.stop().point();
                assertNotNull(p);
                assertEquals(client, p.process());
                assertEquals(s.probe().cpu(client).eip(), p.eip(), "the point is at the process's EIP");
                digests.add(s.stateDigest());
                eips.add(p.eip());
                s.stepInstruction(client);
                n++;
            }
            assertTrue(n >= 10, "the client ran " + n + " instructions before " + s.stop().reason());
            long wait = TestPrograms.symbol("ipc", "wait_int");
            assertTrue(eips.contains((int) wait), "the steps went through the client's int $0x30 at wait_int");
            // from the end of the run back through every point the steps stopped at
            for (int i = n - 1; i >= 0; i--) {
                Stop back = s.stepBackInstruction(client);
                assertEquals(StopReason.ARRIVED, back.reason());
                assertEquals(eips.get(i), back.point().eip(), (n - i) + " instruction(s) back");
                assertEquals(digests.get(i), s.stateDigest(), "the state " + (n - i) + " instruction(s) back");
            }
            Stop before = s.stepBackInstruction(client);
            assertEquals(StopReason.ARRIVED, before.reason(), "no instruction before the first: the start");
            assertTrue(before.boundary());
        }
    }

    @Test
    @DisplayName("A run stepped by instructions for a while, then resumed, ends with the plain run's digest")
    void watchedSlicesAreTheSameRun() {
        SystemImage image = ipc();
        RunResult plain = Simulation.run(image);
        try (DebugSession s = open(image)) {
            int server = s.info().processIds().indexOf("server");
            for (int i = 0; i < 50; i++) {
                s.stepInstruction(server);
            }
            s.stepBackInstruction(server);
            s.stepInstruction(server);
            assertEquals(StopReason.END, s.resume().reason());
            assertEquals(plain.digest(), s.result().digest());
        }
    }

    @Test
    @DisplayName("An instruction breakpoint stops the process before it runs the instruction")
    void instructionBreakpoint() {
        SystemImage image = ipc();
        long wait = TestPrograms.symbol("ipc", "wait_int");
        try (DebugSession s = open(image)) {
            s.setBreakpoints(List.of(new Breakpoint(1, new Breakpoint.Instruction("client", wait), null, 0)));
            Stop hit = s.resume();
            assertEquals(StopReason.BREAKPOINT, hit.reason());
            assertEquals(1, hit.breakpoint());
            assertEquals((int) wait, hit.point().eip());
            assertEquals((int) wait, s.probe().cpu(hit.process()).eip());
        }
    }

    @Test
    @DisplayName("A register set at an instruction point is there when the run comes back to it")
    void registerEditReplays() {
        SystemImage image = ipc();
        try (DebugSession s = open(image)) {
            int client = s.info().processIds().indexOf("client");
            for (int i = 0; i < 3; i++) {
                s.stepInstruction(client);
            }
            s.change(new coyotos.studio.sim.debug.Change.Register(client, CpuState.EDX, 0x1234_5678));
            long edited = s.stateDigest();
            s.stepInstruction(client);
            s.stepBackInstruction(client);
            assertEquals(0x1234_5678, s.probe().cpu(client).reg(CpuState.EDX));
            assertEquals(edited, s.stateDigest());
            assertThrows(IllegalArgumentException.class,
                    () -> s.stepInstruction(s.info().processIds().size() + 5));
        }
    }

    @Test
    @DisplayName("A step at an int $0x30 runs the kernel's work and stops right after it, the call returned")
    void stepOverASystemCall() {
        SystemImage.Builder b = SystemImage.builder("syscalls");
        b.process(TestPrograms.process(b, "p", "syscalls", "yield_test", 0x51)
                .capRegister(1, Capability.kernLog()).capRegister(2, TestPrograms.ownEndpoint("p")).build());
        try (DebugSession s = open(b.build())) {
            int eip = -1;
            for (int i = 0; i < 20; i++) {
                s.stepInstruction(0);
                eip = s.probe().cpu(0).eip();
                byte[] at = s.memory().read(0, eip & 0xFFFFFFFFL, 2).get(0).bytes();
                if ((at[0] & 0xFF) == 0xCD && at[1] == 0x30) {
                    break;
                }
            }
            assertEquals(0, s.probe().cpu(0).reg(CpuState.EBP), "before the first Yield");
            long before = s.stop().position();
            Stop after = s.stepInstruction(0);
            assertEquals(StopReason.STEP_INSTRUCTION, after.reason());
            assertEquals(eip + 2, after.point().eip(), "the instruction after the int, the Yield done");
            assertTrue(after.position() > before, "the kernel's events of the Yield came between");
            assertEquals(0, s.probe().cpu(0).reg(CpuState.EBP), "incl %ebp is still to run");
            s.stepInstruction(0);
            assertEquals(1, s.probe().cpu(0).reg(CpuState.EBP));
        }
    }
}
