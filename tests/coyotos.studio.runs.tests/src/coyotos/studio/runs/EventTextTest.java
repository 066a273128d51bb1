package coyotos.studio.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.FaultHandlerKind;
import coyotos.studio.sim.result.ProcessState;

/** The Trace's rows and the Timeline's tooltips in words. */
class EventTextTest {

    @TempDir
    Path dir;

    @Test
    void traceRowsNameProcessesByTheirDisplayName() throws IOException {
        try (EventLog log = EventLog.open(TestRuns.faultLog(dir.resolve("f.events")))) {
            RunRecord run = TestRuns.small();
            assertEquals(List.of("3", "12", "app", "FAULT_DELIVERED", "id-pager", "address 0x4000 to the process handler"),
                    EventText.cells(log, 3, run), "the handler without a name is shown by its id");
            assertEquals(List.of("1", "10", "app", "FAULT_RAISED", "", "address 0x4000, INVALID_DATA_REFERENCE (4)"),
                    EventText.cells(log, 1, run), "no peer: an empty cell");
            assertEquals(List.of("5", "50", "id-pager", "COMPUTE", "", "9 cycles"), EventText.cells(log, 5, run));
        }
    }

    @Test
    void eachKindOfEventSaysItsFields() {
        assertEquals("address 0x10000 to the memory handler", EventText.detail(EventType.FAULT_DELIVERED, 0x10000,
                FaultHandlerKind.MEMORY_HANDLER.ordinal()));
        assertEquals("address 0x10000 to the activation handler (what-if)", EventText.detail(EventType.FAULT_DELIVERED, 0x10000,
                FaultHandlerKind.ACTIVATION_HANDLER.ordinal()));
        assertEquals("address 0x10000 to the handler of kind 9", EventText.detail(EventType.FAULT_DELIVERED, 0x10000, 9),
                "a kind this version does not know is printed, not dropped");
        assertEquals("address 0xeff8, 1 page-table page(s) added",
                EventText.detail(EventType.PAGE_TABLE_BUILD, 0xeff8, 1));
        assertEquals("address 0x2000, ACCESS_VIOLATION (7)",
                EventText.detail(EventType.FAULT_FATAL, 0x2000, FaultCode.ACCESS_VIOLATION.code()));
        assertEquals("address 0x10000 after 8,050 cycles", EventText.detail(EventType.FAULT_RESOLVED, 0x10000, 8_050));
        assertEquals("address 0x3000, INVALID_DATA_REFERENCE (4): the activation handler (what-if) passes it to the "
                + "process handler", EventText.detail(EventType.FAULT_ESCALATED, 0x3000, 4));
        assertEquals("address 0x1000", EventText.detail(EventType.TOUCH, 0x1000, 1));
        assertEquals("endpoint 3, 4 word(s)", EventText.detail(EventType.IPC_SEND, 3, 4));
        assertEquals("protected payload 0x2a", EventText.detail(EventType.IPC_RECEIVE, 42, 4));
        assertEquals("CR3 <- space 2", EventText.detail(EventType.SPACE_SWITCH, 2, 0));
        assertEquals("CR3 <- the kernel-only map", EventText.detail(EventType.SPACE_SWITCH, -1, 0),
                "coyotos-2007 loads the kernel-only map on every hand-off (kern_Sched.c)");
        assertEquals("In activation handler (what-if)",
                EventText.detail(EventType.STATE_CHANGE, ProcessState.IN_ACTIVATION.ordinal(), 0));
        assertEquals("state 99", EventText.detail(EventType.STATE_CHANGE, 99, 0));
        assertEquals("1,500 cycles", EventText.detail(EventType.COMPUTE, 1_500, 0));
        assertEquals("", EventText.detail(EventType.YIELD, 0, 0));
        assertEquals("value 0, detail 400", EventText.detail(EventType.INVOKE, 0, 400));
    }

    @Test
    void theTimelineTooltipOfAnInterval() {
        assertEquals("""
                app  (process 0)
                State:     Faulted (handler)
                Cycles:    12 .. 40
                Duration:  28 cycles""",
                EventText.interval("app", 0, new ProcessTimeline.Interval(12, 40, ProcessState.FAULTED, 2)));
    }
}
