package coyotos.studio.debug;

import static coyotos.studio.debug.Debugged.await;
import static coyotos.studio.debug.Debugged.find;
import static coyotos.studio.debug.Debugged.value;
import static coyotos.studio.debug.Debugged.variable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import coyotos.studio.sim.debug.StopReason;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;

/**
 * The debug model on the testhandler example: its test process writes 0x10000-0x17fff (under the ha GPT
 * "memhandled": each first write faults to the memory handler) and 0x20000-0x23fff (no ha: to the process handler).
 */
@DisplayName("Debug target: threads, frames, variables, stepping and time travel on a simulated system")
class DebugTargetTest {

    private CoyotosDebugTarget target;

    @BeforeEach
    void open() throws Exception {
        Debugged.removeAllBreakpoints();
        target = Debugged.open("testhandler");
    }

    @AfterEach
    void close() {
        target.terminate();
    }

    @Test
    @DisplayName("It starts suspended at the start, one thread per process, named by the process and its state")
    void startsWithOneThreadPerProcess() throws DebugException {
        assertTrue(target.isSuspended());
        assertEquals(StopReason.START, target.stop().reason());
        IThread[] threads = target.getThreads();
        assertEquals(4, threads.length, "testHandler, memhandler, prochandler and the space bank's process");
        assertEquals("testHandler (ready · fault code STARTUP at 0x0)", threads[0].getName(),
                "a process starts with the Startup fault code its image gives it");
        assertEquals("memhandler (receiving on memhandler-reply, memhandler-ep)", threads[1].getName());
        assertEquals("prochandler (receiving on prochandler-reply, prochandler-ep)", threads[2].getName());
        assertTrue(target.getName().startsWith("testhandler · "), target.getName());
        assertTrue(target.getName().endsWith("(suspended at the start)"), target.getName());
        IStackFrame top = threads[0].getTopStackFrame();
        assertEquals("workload: touch 0x10000 + 32 KiB (write, every 4 KiB), at +0x0", top.getName());
        assertFalse(target.canStepBack(), "nothing to go back to at the start");
        assertTrue(target.canResume());
    }

    @Test
    @DisplayName("Run to the next fault: the faulting thread, its fault code and info, registers and the fault's walk")
    void runToFaultShowsTheFault() throws DebugException {
        target.runToFault();
        await(target);
        assertEquals(StopReason.FAULT, target.stop().reason());
        assertEquals(7, target.stop().position());
        assertEquals(2065, target.stop().cycle());
        IThread thread = target.focusThread();
        assertEquals("testHandler", target.session().info().processName(((CoyotosThread) thread).process()));
        assertTrue(thread.getName().contains("INVALID_DATA_REFERENCE at 0x10000"), thread.getName());
        IStackFrame top = thread.getTopStackFrame();
        assertEquals("INVALID_DATA_REFERENCE (4)", value(variable(top, "fault code")));
        assertEquals("0x10000", value(variable(top, "fault info")));
        IVariable[] registers = variable(top, "capability registers").getValue().getVariables();
        assertEquals(32, registers.length);
        assertEquals("Null", value(registers[0]));
        assertEquals("Endpoint → test-reply", value(registers[1]));
        IVariable walk = variable(top, "fault walk");
        assertEquals("memory handler of GPT memhandled", value(walk));
        IVariable[] steps = walk.getValue().getVariables();
        assertEquals("GPT test-space", value(steps[0]));
        assertEquals("GPT memhandled · ha ← its memory handler gets the fault", value(steps[1]),
                "nothing on the path stops the search (kern_Process.c)");
        assertEquals("INVALID_DATA_REFERENCE", value(steps[2]), "the walk ends in the fault");
        IVariable space = variable(top, "address space");
        assertEquals("GPT → test-space (guard 0x0/19)", value(space));
        assertEquals("GPT → test-low", value(find(space.getValue().getVariables(), "slot 0")));
    }

    @Test
    @DisplayName("A frame the views kept selected across a stop shows the process as it is now, not as it was")
    void aKeptFrameShowsTheStateNow() throws DebugException {
        IStackFrame before = target.getThreads()[0].getTopStackFrame();
        assertEquals("STARTUP (25)", value(variable(before, "fault code")));
        target.runToFault();
        await(target);
        assertEquals(before, target.getThreads()[0].getTopStackFrame(), "the same level of the same thread");
        assertEquals("INVALID_DATA_REFERENCE (4)", value(variable(before, "fault code")));
        target.runToFault();
        await(target);
        assertEquals("workload: touch 0x10000 + 32 KiB (write, every 4 KiB), at +0x1000", before.getName(),
                "the second fault, one page into the touch");
    }

    @Test
    @DisplayName("Only a translation fault has a fault walk: the Startup code does not")
    void noWalkForStartup() throws DebugException {
        IStackFrame top = target.getThreads()[0].getTopStackFrame();
        assertTrue(java.util.Arrays.stream(top.getVariables()).noneMatch(v -> {
            try {
                return v.getName().equals("fault walk");
            } catch (DebugException e) {
                return false;
            }
        }));
    }

    @Test
    @DisplayName("A handler at work shows the fault it handles, with the faulted process's frames below")
    void handlerFramesShowTheFaultedProcess() throws DebugException {
        target.runToFault();
        await(target);
        IThread memhandler = target.getThreads()[1];
        for (int i = 0; i < 20 && memhandler.getStackFrames().length < 2; i++) {
            target.stepEvent();
            await(target);
        }
        IStackFrame[] frames = memhandler.getStackFrames();
        String[] names = java.util.Arrays.stream(frames).map(f -> {
            try {
                return f.getName();
            } catch (DebugException e) {
                return "?";
            }
        }).toArray(String[]::new);
        assertEquals("per-message work: serve the message", names[0]);
        assertEquals("handling fault INVALID_DATA_REFERENCE of testHandler at 0x0 in GPT memhandled (as its memory "
                + "handler: the address is relative to the GPT)", names[1]);
        assertEquals("testHandler · fault INVALID_DATA_REFERENCE at 0x10000, handled by memhandler", names[2]);
        assertEquals("testHandler · workload: touch 0x10000 + 32 KiB (write, every 4 KiB), at +0x0", names[3]);
        assertEquals(4, frames.length);
        assertEquals("INVALID_DATA_REFERENCE (4)", value(variable(frames[2], "fault code")),
                "the faulted process's frame shows its own state");
    }

    @Test
    @DisplayName("N kernel events forward and N back is the same state, bit for bit; forward again too")
    void forwardAndBackIsTheSameState() {
        long start = target.stateDigest();
        for (int i = 0; i < 40; i++) {
            target.stepEvent();
            await(target);
        }
        long forward = target.stateDigest();
        long position = target.stop().position();
        assertNotEquals(start, forward);
        assertTrue(target.canStepBack());
        for (int i = 0; i < 40; i++) {
            target.stepBack();
            await(target);
        }
        assertEquals(start, target.stateDigest());
        for (int i = 0; i < 40; i++) {
            target.stepEvent();
            await(target);
        }
        assertEquals(position, target.stop().position());
        assertEquals(forward, target.stateDigest());
    }

    @Test
    @DisplayName("Resumed to the end, the debugged run is Run As's run: the same digest, cycles and events")
    void resumeToTheEndIsTheRunAsRun() {
        RunResult plain = ModelSimulation.run(Debugged.load("testhandler"), SimulationOverrides.NONE, null, null)
                .result();
        target.resume();
        await(target);
        assertEquals(StopReason.END, target.stop().reason());
        RunResult debugged = target.result();
        assertEquals(Termination.COMPLETED, debugged.termination());
        assertEquals(plain.digest(), debugged.digest());
        assertEquals(plain.totalCycles(), debugged.totalCycles());
        assertEquals(plain.events(), debugged.events());
        assertFalse(target.canResume(), "the end is the end");
        assertTrue(target.canStepBack(), "but one can go back from it");
        assertTrue(target.getName().contains("(ended: completed"), target.getName());
    }

    @Test
    @DisplayName("Run back to the last fault from the end, then step back and forward across it")
    void runBackToTheLastFault() {
        target.resume();
        await(target);
        target.runBackToFault();
        await(target);
        assertEquals(StopReason.FAULT, target.stop().reason());
        long at = target.stop().position();
        long digest = target.stateDigest();
        target.stepBack();
        await(target);
        assertTrue(target.stop().position() < at);
        target.stepEvent();
        await(target);
        assertEquals(at, target.stop().position());
        assertEquals(digest, target.stateDigest());
    }

    @Test
    @DisplayName("The fault code is edited as Process.setState would; a wrong value or register 0 is refused")
    void editsAsAHandlerWould() throws DebugException {
        target.runToFault();
        await(target);
        IStackFrame top = target.focusThread().getTopStackFrame();
        IVariable code = variable(top, "fault code");
        assertTrue(code.supportsValueModification());
        assertFalse(code.verifyValue("banana"));
        DebugException wrong = assertThrows(DebugException.class, () -> code.setValue("banana"));
        assertTrue(wrong.getMessage().contains("is not a fault code"), wrong.getMessage());
        code.setValue("ACCESS_VIOLATION");
        IStackFrame after = target.focusThread().getTopStackFrame();
        assertEquals("ACCESS_VIOLATION (7)", value(variable(after, "fault code")));
        assertEquals(1, target.session().changes().size());
        IVariable cr0 = variable(after, "capability registers").getValue().getVariables()[0];
        DebugException refused = assertThrows(DebugException.class, () -> cr0.setValue("cr1"));
        assertTrue(refused.getMessage().contains("refuses register 0"), refused.getMessage());
        assertFalse(code.supportsValueModification(), "a value read before the edit is no longer the system's");
    }

    @Test
    @DisplayName("Terminate ends the session: no threads, nothing to resume")
    void terminateEnds() {
        target.terminate();
        assertTrue(target.isTerminated());
        assertEquals(0, target.getThreads().length);
        assertFalse(target.canResume());
        assertFalse(target.isSuspended());
    }
}
