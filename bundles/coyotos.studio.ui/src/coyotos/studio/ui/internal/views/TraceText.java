package coyotos.studio.ui.internal.views;

import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.FaultMessages;
import coyotos.studio.sim.result.ProcessState;

/** The Detail column of the Trace: the two value fields of an event, said the way its type defines them. */
final class TraceText {

    private TraceText() {
    }

    static String detail(EventType type, long value, long detail) {
        return switch (type) {
            case TOUCH, TLB_MISS -> "address " + hex(value);
            case PAGE_TABLE_BUILD -> "address " + hex(value) + ", " + detail + " page-table page(s) added";
            case FAULT_RAISED, FAULT_FATAL -> "address " + hex(value) + ", " + fault(detail);
            case FAULT_DELIVERED -> "address " + hex(value) + " to the "
                    + (detail == 0 ? "process handler" : detail == 1 ? "memory handler"
                            : "activation handler (what-if, draft 0.5)");
            case FAULT_ESCALATED -> "address " + hex(value) + ", " + fault(detail)
                    + ": the activation handler (what-if) passes it to the process handler";
            case FAULT_MESSAGE -> FaultMessages.describe(value, detail);
            case FAULT_RESOLVED -> "address " + hex(value) + " after " + Cycles.count(detail) + " cycles";
            case IPC_SEND -> "endpoint " + value + ", " + detail + " word(s)";
            case IPC_RECEIVE -> "protected payload " + hex(value);
            case SPACE_SWITCH -> value < 0 ? "CR3 <- the kernel-only map" : "CR3 <- space " + value;
            case STATE_CHANGE -> value >= 0 && value < ProcessState.values().length
                    ? ProcessState.values()[(int) value].name() : Long.toString(value);
            case COMPUTE -> Cycles.count(value) + " cycles";
            default -> value == 0 && detail == 0 ? "" : "value " + value + ", detail " + detail;
        };
    }

    private static String fault(long code) {
        return FaultCode.name((int) code) + " (" + code + ")";
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
