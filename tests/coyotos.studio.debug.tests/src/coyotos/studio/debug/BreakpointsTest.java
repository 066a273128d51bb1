package coyotos.studio.debug;

import static coyotos.studio.debug.Debugged.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import coyotos.studio.sim.debug.Breakpoint;
import coyotos.studio.sim.debug.StopReason;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;

@DisplayName("Breakpoints: markers in the workspace, hit counts and conditions, stops of the debugged system")
class BreakpointsTest {

    /** testHandler's model element id in testhandler.coyotos. */
    static final String TEST_PROCESS = "_qKfi8OkBEfGH9NU5fUPhNA";
    static final String PROCHANDLER_EP = "_qKfjQukBEfGH9NU5fUPhNA";

    private CoyotosDebugTarget target;
    private final IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();

    @BeforeEach
    void clean() throws CoreException {
        Debugged.removeAllBreakpoints();
    }

    @AfterEach
    void close() throws CoreException {
        if (target != null) {
            target.terminate();
        }
        Debugged.removeAllBreakpoints();
    }

    @Test
    @DisplayName("A fault breakpoint with hit count 3 stops at testHandler's third fault, and the thread shows it")
    void faultBreakpointWithHitCount() throws CoreException {
        FaultBreakpoint b = new FaultBreakpoint(Debugged.root(), TEST_PROCESS, "testHandler", 4, true);
        b.setHitCount(3);
        target = Debugged.open("testhandler");
        target.resume();
        await(target);
        assertEquals(StopReason.BREAKPOINT, target.stop().reason());
        assertEquals(79, target.stop().position(), "the third fault (0x12000)");
        assertEquals(0x12000, target.stop().event().value());
        assertArrayEquals(new IBreakpoint[] { b }, target.focusThread().getBreakpoints());
        assertEquals(3, target.hits(b));
        assertTrue(target.getName().contains("Fault INVALID_DATA_REFERENCE (4) raised by testHandler [hit count 3]"),
                target.getName());
    }

    @Test
    @DisplayName("A condition decides; one that does not compile is refused when set")
    void conditions() throws CoreException {
        FaultBreakpoint b = new FaultBreakpoint(Debugged.root(), null, null, -1, true);
        b.setCondition("address >= 0x20000");
        CoreException wrong = assertThrows(CoreException.class, () -> b.setCondition("address >="));
        assertTrue(wrong.getMessage().length() > 0);
        assertEquals("address >= 0x20000", b.condition(), "the refused condition is not kept");
        target = Debugged.open("testhandler");
        target.resume();
        await(target);
        assertEquals(StopReason.BREAKPOINT, target.stop().reason());
        assertEquals(0x20000, target.stop().event().value(), "the first fault the process handler gets");
    }

    @Test
    @DisplayName("A message breakpoint on the process handler's endpoint stops at the first fault upcall through it")
    void invocationBreakpoint() throws CoreException {
        new InvocationBreakpoint(Debugged.root(), Breakpoint.Target.ENDPOINT, PROCHANDLER_EP, "prochandler-ep", null,
                null, true);
        target = Debugged.open("testhandler");
        target.resume();
        await(target);
        assertEquals(StopReason.BREAKPOINT, target.stop().reason());
        assertEquals(EventType.FAULT_DELIVERED, target.stop().event().type(), target.stop().toString());
        assertEquals(2, target.stop().event().peer(), "to prochandler");
        assertEquals(0x20000, target.stop().event().value(), "the first fault outside the ha GPT");
    }

    @Test
    @DisplayName("A state breakpoint stops when testHandler is done")
    void stateBreakpoint() throws CoreException {
        new StateBreakpoint(Debugged.root(), TEST_PROCESS, "testHandler", ProcessState.DONE, true);
        target = Debugged.open("testhandler");
        target.resume();
        await(target);
        assertEquals(StopReason.BREAKPOINT, target.stop().reason());
        assertEquals(ProcessState.DONE, target.session().probe().process(0).state());
    }

    @Test
    @DisplayName("A watchpoint on a page stops at the write that reaches it through the GPT walk")
    void watchpoint() throws CoreException {
        new WatchBreakpoint(Debugged.root(), TEST_PROCESS, "testHandler", 0x11000, 4, false, true, true);
        target = Debugged.open("testhandler");
        target.resume();
        await(target);
        assertEquals(StopReason.BREAKPOINT, target.stop().reason());
        assertEquals(0, target.stop().process());
        assertEquals(0x11000, target.stop().event().value(), target.stop().toString());
    }

    @Test
    @DisplayName("Disabled breakpoints and a manager that skips all breakpoints do not stop the run")
    void disabledBreakpointsDoNotStop() throws CoreException {
        FaultBreakpoint b = new FaultBreakpoint(Debugged.root(), null, null, -1, true);
        b.setEnabled(false);
        target = Debugged.open("testhandler");
        target.resume();
        await(target);
        assertEquals(StopReason.END, target.stop().reason());
    }

    @Test
    @DisplayName("Toggle Fault Breakpoint on a process: the first toggle adds a breakpoint on any of its faults, the next removes it")
    void toggle() throws CoreException {
        FaultBreakpoint added = FaultBreakpoint.toggle(Debugged.root(), TEST_PROCESS, "testHandler");
        assertEquals(-1, added.code());
        assertEquals("Any fault raised by testHandler", added.describe());
        assertArrayEquals(new IBreakpoint[] { added }, manager.getBreakpoints(CoyotosDebugModel.ID));
        assertEquals(null, FaultBreakpoint.toggle(Debugged.root(), TEST_PROCESS, "testHandler"));
        assertEquals(0, manager.getBreakpoints(CoyotosDebugModel.ID).length);
        assertTrue(!added.getMarker().exists(), "its marker is gone with it");
    }

    @Test
    @DisplayName("A breakpoint lives in its marker: the manager restores it from the marker with its settings")
    void persistsAsAMarker() throws CoreException {
        FaultBreakpoint b = new FaultBreakpoint(Debugged.root(), TEST_PROCESS, "testHandler", 4, true);
        b.setCondition("address == 0x10000");
        b.setHitCount(2);
        IMarker marker = b.getMarker();
        assertTrue(marker.exists());
        assertEquals(FaultBreakpoint.MARKER, marker.getType());
        assertTrue(marker.getAttribute(IBreakpoint.PERSISTED, false));
        // what the breakpoint manager does when the workspace starts again: a new breakpoint on the marker
        FaultBreakpoint restored = new FaultBreakpoint();
        restored.setMarker(marker);
        assertEquals(4, restored.code());
        assertEquals(TEST_PROCESS, restored.process());
        assertEquals("address == 0x10000", restored.condition());
        assertEquals(2, restored.hitCount());
        assertEquals("Fault INVALID_DATA_REFERENCE (4) raised by testHandler [if address == 0x10000] [hit count 2]",
                restored.describe());
        assertEquals(b, manager.getBreakpoint(marker));
    }
}
