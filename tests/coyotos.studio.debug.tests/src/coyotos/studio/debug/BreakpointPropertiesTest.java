package coyotos.studio.debug;

import static coyotos.studio.debug.Debugged.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import coyotos.studio.sim.debug.StopReason;
import coyotos.studio.sim.result.ProcessState;

/**
 * The Breakpoint Properties page's values: read from a breakpoint, written back into its marker, and what the
 * written breakpoint then stops at in a debugged testhandler run. A wrong value is named and changes nothing.
 */
class BreakpointPropertiesTest {

    static final String TEST_PROCESS = BreakpointsTest.TEST_PROCESS;

    private CoyotosDebugTarget target;

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
    @DisplayName("A fault breakpoint edited to code 4 with hit count 3 stops at testHandler's third fault")
    void faultCodeAndHitCount() throws CoreException {
        FaultBreakpoint b = new FaultBreakpoint(Debugged.root(), TEST_PROCESS, "testHandler", -1, true);
        BreakpointProperties now = BreakpointProperties.of(b);
        assertEquals(new BreakpointProperties(true, "", "", -1, null, "", "", false, false), now);
        new BreakpointProperties(true, "3", "", 4, null, "", "", false, false).applyTo(b);
        assertEquals(4, b.code());
        assertEquals(3, b.hitCount());
        assertEquals("Fault INVALID_DATA_REFERENCE (4) raised by testHandler [hit count 3]", b.describe());
        assertEquals(b.describe(), b.getMarker().getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, ""),
                "the Breakpoints view's label follows");
        target = Debugged.open("testhandler");
        target.resume();
        await(target);
        assertEquals(StopReason.BREAKPOINT, target.stop().reason());
        assertEquals(79, target.stop().position(), "the third fault (0x12000), as a breakpoint made so stops");
        assertEquals(0x12000, target.stop().event().value());
    }

    @Test
    @DisplayName("A wrong hit count, condition, length or access is named, and the breakpoint keeps its values")
    void wrongValuesChangeNothing() throws CoreException {
        WatchBreakpoint w = new WatchBreakpoint(Debugged.root(), TEST_PROCESS, "testHandler", 0x11000, 4, false, true,
                true);
        BreakpointProperties before = BreakpointProperties.of(w);
        assertEquals(new BreakpointProperties(true, "", "", -1, null, "0x11000", "4", false, true), before);
        CoreException hits = assertThrows(CoreException.class,
                () -> new BreakpointProperties(false, "three", "", -1, null, "0x12000", "4", false, true).applyTo(w));
        assertTrue(hits.getMessage().contains("\"three\""), hits.getMessage());
        CoreException condition = assertThrows(CoreException.class,
                () -> new BreakpointProperties(false, "", "address >=", -1, null, "0x12000", "4", false, true)
                        .applyTo(w));
        assertTrue(condition.getMessage().contains("address >="), condition.getMessage());
        CoreException length = assertThrows(CoreException.class,
                () -> new BreakpointProperties(false, "", "", -1, null, "0x12000", "5000", false, true).applyTo(w));
        assertTrue(length.getMessage().contains("\"5000\""), length.getMessage());
        CoreException address = assertThrows(CoreException.class,
                () -> new BreakpointProperties(false, "", "", -1, null, "0xG", "4", false, true).applyTo(w));
        assertTrue(address.getMessage().contains("\"0xG\""), address.getMessage());
        assertThrows(CoreException.class,
                () -> new BreakpointProperties(false, "", "", -1, null, "0x12000", "4", false, false).applyTo(w));
        assertEquals(before, BreakpointProperties.of(w), "nothing of a refused edit is kept");
        assertTrue(w.isEnabled());
    }

    @Test
    @DisplayName("A watchpoint moved onto 0x11000 for writes stops at the write there; a state edited to DONE stops at the end of testHandler")
    void watchpointAndState() throws CoreException {
        WatchBreakpoint w = new WatchBreakpoint(Debugged.root(), TEST_PROCESS, "testHandler", 0x40000, 8, true, false,
                true);
        new BreakpointProperties(true, "", "", -1, null, "0x11000", "4", false, true).applyTo(w);
        assertEquals(0x11000, w.address());
        assertEquals(4, w.length());
        assertFalse(w.isAccess());
        assertTrue(w.isModification());
        target = Debugged.open("testhandler");
        target.resume();
        await(target);
        assertEquals(StopReason.BREAKPOINT, target.stop().reason());
        assertEquals(0x11000, target.stop().event().value(), target.stop().toString());
        target.terminate();
        Debugged.removeAllBreakpoints();

        StateBreakpoint s = new StateBreakpoint(Debugged.root(), TEST_PROCESS, "testHandler", ProcessState.FAULTED,
                true);
        s.setEnabled(false);
        new BreakpointProperties(true, "", "", -1, ProcessState.DONE, "", "", false, false).applyTo(s);
        assertEquals(ProcessState.DONE, s.state());
        assertTrue(s.isEnabled());
        target = Debugged.open("testhandler");
        target.resume();
        await(target);
        assertEquals(StopReason.BREAKPOINT, target.stop().reason());
        assertEquals(ProcessState.DONE, target.session().probe().process(0).state());
    }

    @Test
    @DisplayName("The fault codes offered are 'any' and every code of Process.idl; the code is checked")
    void faultCodes() throws CoreException {
        assertEquals(-1, BreakpointProperties.faultCodes().get(0));
        assertEquals("any fault", BreakpointProperties.faultLabel(-1));
        assertEquals("INVALID_DATA_REFERENCE (4)", BreakpointProperties.faultLabel(4));
        assertEquals(coyotos.studio.sim.memory.FaultCode.values().length, BreakpointProperties.faultCodes().size(),
                "any, and every code but NO_FAULT");
        FaultBreakpoint b = new FaultBreakpoint(Debugged.root(), null, null, -1, true);
        CoreException e = assertThrows(CoreException.class, () -> b.setCode(11));
        assertTrue(e.getMessage().startsWith("11 is not a fault code"), e.getMessage());
        assertEquals(-1, b.code());
    }
}
