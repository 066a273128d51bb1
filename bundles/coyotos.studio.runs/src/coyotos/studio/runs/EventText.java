package coyotos.studio.runs;

import java.util.List;

import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.FaultHandlerKind;
import coyotos.studio.sim.result.FaultMessages;
import coyotos.studio.sim.result.ProcessState;

/**
 * Events and Timeline intervals in words: the Trace's rows and the Timeline's tooltips. The two value fields
 * of an event are said the way {@link EventType} defines them for its type.
 */
public final class EventText {

    public static final List<String> TRACE_COLUMNS = List.of("#", "Cycle", "Process", "Kind", "Peer", "Detail");

    private EventText() {
    }

    /** The Trace's cells for one row of a run's log, in {@link #TRACE_COLUMNS} order. */
    public static List<String> cells(EventLog log, int row, RunRecord run) {
        EventType type = log.type(row);
        return List.of(Integer.toString(row), CycleFormat.count(log.cycle(row)), run.processName(log.process(row)),
                type.name(), run.processName(log.peer(row)), detail(type, log.value(row), log.detail(row)));
    }

    /** The Detail column: an event's value and detail fields in words. */
    public static String detail(EventType type, long value, long detail) {
        return switch (type) {
            case TOUCH, TLB_MISS -> "address " + hex(value);
            case PAGE_TABLE_BUILD -> "address " + hex(value) + ", " + detail + " page-table page(s) added";
            case FAULT_RAISED, FAULT_FATAL -> "address " + hex(value) + ", " + fault(detail);
            case FAULT_DELIVERED -> "address " + hex(value) + " to the " + handler(detail);
            case FAULT_ESCALATED -> "address " + hex(value) + ", " + fault(detail)
                    + ": the activation handler (what-if) passes it to the process handler";
            case FAULT_MESSAGE -> FaultMessages.describe(value, detail);
            case FAULT_RESOLVED -> "address " + hex(value) + " after " + CycleFormat.count(detail) + " cycles";
            case IPC_SEND -> "endpoint " + value + ", " + detail + " word(s)";
            case IPC_RECEIVE -> "protected payload " + hex(value);
            case SPACE_SWITCH -> value < 0 ? "CR3 <- the kernel-only map" : "CR3 <- space " + value;
            case STATE_CHANGE -> value >= 0 && value < ProcessState.values().length
                    ? ProcessState.values()[(int) value].label() : "state " + value;
            case COMPUTE -> CycleFormat.count(value) + " cycles";
            default -> value == 0 && detail == 0 ? "" : "value " + value + ", detail " + detail;
        };
    }

    /** The Timeline's tooltip for an interval of a process's lane. */
    public static String interval(String processName, int process, ProcessTimeline.Interval i) {
        return processName + "  (process " + process + ")\n"
                + "State:     " + i.state().label() + "\n"
                + "Cycles:    " + CycleFormat.count(i.start()) + " .. " + CycleFormat.count(i.end()) + "\n"
                + "Duration:  " + CycleFormat.count(i.end() - i.start()) + " cycles";
    }

    private static String handler(long detail) {
        FaultHandlerKind kind = FaultHandlerKind.of(detail);
        return kind == null ? "handler of kind " + detail : kind.label();
    }

    private static String fault(long code) {
        return FaultCode.name((int) code) + " (" + code + ")";
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
