package coyotos.studio.sim.kernel;

import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.Termination;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Explains a run that did not complete, naming the processes involved. */
final class Diagnosis {
    /** Consecutive faults at one address beyond which we call it a fault loop. */
    static final int LOOP_THRESHOLD = 16;

    private Diagnosis() {
    }

    static String explain(Kernel k, Termination t) {
        List<String> lines = new ArrayList<>();
        for (KernelProcess p : k.procs) {
            if (p.repeatFaults >= LOOP_THRESHOLD) {
                lines.add(String.format("fault loop: process '%s' faulted %d times in a row at 0x%x (%s); "
                        + "handler '%s' restarts it without resolving the fault",
                        p.name, p.repeatFaults + 1, p.faultInfo, FaultCode.name(p.faultCode), name(k, p.lastHandler)));
            }
        }
        for (KernelProcess p : k.procs) {
            if (p.state == ProcessState.FAULTED && p.waitingOn >= 0) {
                lines.add(String.format("process '%s' waits with fault %s at 0x%x for handler '%s', which is not "
                        + "receiving", p.name, FaultCode.name(p.faultCode), p.faultInfo, name(k, p.waitingOn)));
            } else if (p.state == ProcessState.FAULTED && t == Termination.STALLED) {
                lines.add(String.format("process '%s' stopped with fault %s at 0x%x: its handler '%s' never resumed it",
                        p.name, FaultCode.name(p.faultCode), p.faultInfo, name(k, p.lastHandler)));
            } else if (p.state == ProcessState.BLOCKED_SEND) {
                lines.add(String.format("process '%s' is blocked sending to '%s', which never receives",
                        p.name, name(k, p.waitingOn)));
            } else if (p.state == ProcessState.RECEIVING && !p.isServer() && p.bank < 0 && t == Termination.STALLED) {
                lines.add(String.format("process '%s' waits for a reply from '%s', which never came", p.name,
                        name(k, p.lastHandler)));
            }
        }
        if (t == Termination.COMPLETED) {
            return lines.isEmpty() ? "completed" : String.join("; ", lines);
        }
        if (lines.isEmpty() && (t == Termination.CYCLE_LIMIT || t == Termination.EVENT_LIMIT)) {
            List<KernelProcess> busy = new ArrayList<>();
            for (KernelProcess p : k.procs) {
                if (p.state == ProcessState.RUNNING || p.state == ProcessState.READY
                        || p.state == ProcessState.IN_ACTIVATION) {
                    busy.add(p);
                }
            }
            busy.sort(Comparator.comparingLong((KernelProcess p) -> -p.faultsRaised - p.messagesReceived));
            StringBuilder sb = new StringBuilder("still running at the limit (possible livelock or limit too low): ");
            for (int i = 0; i < busy.size(); i++) {
                KernelProcess p = busy.get(i);
                sb.append(i == 0 ? "" : ", ").append('\'').append(p.name).append("' (").append(p.faultsRaised)
                        .append(" faults)");
            }
            lines.add(sb.toString());
        }
        return t + ": " + String.join("; ", lines);
    }

    private static String name(Kernel k, int index) {
        return index < 0 ? "<none>" : k.procs[index].name;
    }
}
