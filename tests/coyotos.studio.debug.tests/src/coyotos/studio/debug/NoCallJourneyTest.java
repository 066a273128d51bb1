package coyotos.studio.debug;

import static coyotos.studio.debug.Debugged.await;
import static coyotos.studio.debug.Debugged.value;
import static coyotos.studio.debug.Debugged.variable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.sim.debug.StopReason;

/**
 * The question the debugger is for: why does the memory handler never get testHandler's faults? Someone put the
 * no-call restriction on the capability to the ha GPT "memhandled". With a fault breakpoint and the Variables view
 * alone, the fault walk shows where the memory-handler search stops (proc_deliver_memory_fault, kern_Process.c),
 * and the process handler's thread shows it handling the fault instead.
 */
@DisplayName("Journey: a memory handler that never gets the fault, found with the debugger alone")
class NoCallJourneyTest {

    /** In testhandler.coyotos: the capability in slot 1 of test-space that leads to the ha GPT memhandled. */
    static final String TO_MEMHANDLED = "_qKfi1ukBEfGH9NU5fUPhNA";

    private CoyotosDebugTarget target;

    @AfterEach
    void close() throws CoreException {
        if (target != null) {
            target.terminate();
        }
        Debugged.removeAllBreakpoints();
    }

    @Test
    @DisplayName("The fault walk shows the search stopping at the no-call capability; the process handler gets it")
    void theNoCallCapabilityStopsTheSearch() throws Exception {
        Debugged.removeAllBreakpoints();
        CoyotosSystem system = Debugged.load("testhandler");
        ((MemoryCapability) system.eResource().getEObject(TO_MEMHANDLED)).setNoCall(true);
        FaultBreakpoint.toggle(Debugged.root(), BreakpointsTest.TEST_PROCESS, "testHandler");
        target = Debugged.open(system);
        target.resume();
        await(target);
        assertEquals(StopReason.BREAKPOINT, target.stop().reason());
        IStackFrame top = target.focusThread().getTopStackFrame();
        assertEquals("0x10000", value(variable(top, "fault info")));
        IVariable walk = variable(top, "fault walk");
        assertEquals("no memory handler before the search stops at step 1: the process handler", value(walk));
        IVariable[] steps = walk.getValue().getVariables();
        assertEquals("GPT test-space", value(steps[0]));
        assertEquals("GPT memhandled (no-call) · ha ← the memory-handler search stops here", value(steps[1]));

        Debugged.removeAllBreakpoints();
        IThread prochandler = target.threads().get(2);
        for (int i = 0; i < 20 && prochandler.getStackFrames().length < 2; i++) {
            target.stepEvent();
            await(target);
        }
        assertEquals("handling fault INVALID_DATA_REFERENCE of testHandler at 0x10000 (as its process handler)",
                prochandler.getStackFrames()[1].getName());
        assertEquals("memhandler (receiving on memhandler-reply, memhandler-ep)", target.threads().get(1).getName(),
                "the memory handler waits on");
    }
}
