package coyotos.studio.sim.kernel;

import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.Termination;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains how a run ended, naming the processes involved: fault loops, processes that wait forever or halted,
 * and, at a limit, the process that was working when the limit was reached and the one that spent most of what
 * the limit counts (cycles, events, or steps). Lists of processes are cut after {@value #MAX_NAMED} names.
 */
final class Diagnosis {
    /** Consecutive faults at one address beyond which we call it a fault loop. */
    static final int LOOP_THRESHOLD = 16;
    /** Processes named per kind of finding; the rest are counted. */
    static final int MAX_NAMED = 5;

    private Diagnosis() {
    }

    /** {@code limit}: the bound the termination refers to (cycles, events, steps, wall nanoseconds), or -1. */
    static String explain(Kernel k, Termination t, long limit) {
        List<String> lines = new ArrayList<>();
        List<String> loops = new ArrayList<>();
        List<String> waits = new ArrayList<>();
        List<String> halted = new ArrayList<>();
        for (KernelProcess p : k.procs) {
            if (p.repeatFaults >= LOOP_THRESHOLD) {
                loops.add(String.format("fault loop: process '%s' faulted %d times in a row at 0x%x (%s); "
                        + "handler '%s' restarts it without resolving the fault",
                        p.name, p.repeatFaults + 1, p.faultInfo, FaultCode.name(p.faultCode), name(k, p.lastHandler)));
            }
            if (p.state == ProcessState.FAULTED && p.waitingOn >= 0) {
                waits.add(String.format("process '%s' waits with fault %s at 0x%x for handler '%s', which is not "
                        + "receiving", p.name, FaultCode.name(p.faultCode), p.faultInfo, name(k, p.waitingOn)));
            } else if (p.state == ProcessState.FAULTED && t == Termination.STALLED) {
                waits.add(String.format("process '%s' stopped with fault %s at 0x%x: its handler '%s' never resumed it",
                        p.name, FaultCode.name(p.faultCode), p.faultInfo, name(k, p.lastHandler)));
            } else if (p.state == ProcessState.BLOCKED_SEND) {
                waits.add(String.format("process '%s' is blocked sending to '%s', which never receives",
                        p.name, name(k, p.waitingOn)));
            } else if (p.state == ProcessState.RECEIVING && !p.isServer() && p.bank < 0 && t == Termination.STALLED) {
                waits.add(String.format("process '%s' waits for a reply from '%s', which never came", p.name,
                        name(k, p.lastHandler)));
            } else if (p.state == ProcessState.HALTED) {
                halted.add(String.format("process '%s' halted on %s at 0x%x, which no handler resolved", p.name,
                        FaultCode.name(p.faultCode), p.faultInfo));
            }
        }
        if (t.stoppedEarly()) {
            lines.add(limitLine(k, t, limit));
        }
        capped(lines, loops, "fault loops");
        capped(lines, waits, "waiting processes");
        capped(lines, halted, "halted processes");
        if (t == Termination.COMPLETED) {
            return lines.isEmpty() ? "completed" : String.join("; ", lines);
        }
        return t + ": " + String.join("; ", lines);
    }

    /** Who was working when the limit was reached, and who spent most of what the limit counts. */
    private static String limitLine(Kernel k, Termination t, long limit) {
        StringBuilder sb = new StringBuilder();
        sb.append(switch (t) {
            case CYCLE_LIMIT -> "the run reached its limit of " + count(limit) + " cycles";
            case EVENT_LIMIT -> "the run reached its limit of " + count(limit) + " events";
            case STEP_LIMIT -> "the run reached its limit of " + count(limit) + " steps (loop iterations and memory "
                    + "references, with or without events)";
            case TIME_LIMIT -> "the run reached its wall-time limit of " + seconds(limit);
            default -> "the run was cancelled";
        });
        if (k.working >= 0) {
            KernelProcess w = k.procs[k.working];
            // a server's per-message work is steps of its own program (ServerLoop), so it is named like any process
            sb.append(w.isServer() && w.state == ProcessState.RUNNING
                    ? String.format(" while server '%s' was doing its per-message work", w.name)
                    : " while process '" + w.name + "' was running");
        }
        KernelProcess top = null;
        long topAmount = -1;
        long sum = 0;
        for (KernelProcess p : k.procs) {
            long a = amount(k, p, t);
            sum = sum + a < sum ? Long.MAX_VALUE : sum + a;
            if (a > topAmount) {
                top = p;
                topAmount = a;
            }
        }
        if (top != null && topAmount > 0) {
            String unit = t == Termination.CYCLE_LIMIT ? "cycles" : t == Termination.EVENT_LIMIT ? "events" : "steps";
            sb.append(String.format("; '%s' spent most of them: %s of %s %s (%.1f%%)", top.name, count(topAmount),
                    count(sum), unit, 100.0 * topAmount / sum));
            if (top.state == ProcessState.RUNNING || top.state == ProcessState.READY
                    || top.state == ProcessState.IN_ACTIVATION) {
                sb.append(", and could still run (a livelock, or a limit too low for this workload)");
            }
        }
        return sb.toString();
    }

    private static long amount(Kernel k, KernelProcess p, Termination t) {
        return switch (t) {
            case CYCLE_LIMIT -> k.meter.total(p.index);
            case EVENT_LIMIT -> k.bus.eventsOf(p.index);
            default -> p.work;
        };
    }

    private static void capped(List<String> out, List<String> found, String what) {
        for (int i = 0; i < found.size() && i < MAX_NAMED; i++) {
            out.add(found.get(i));
        }
        if (found.size() > MAX_NAMED) {
            out.add("and " + count(found.size() - MAX_NAMED) + " more " + what);
        }
    }

    private static String count(long n) {
        return String.format("%,d", n);
    }

    private static String seconds(long nanos) {
        return nanos < 0 ? "(unknown)" : String.format("%.1f s", nanos / 1e9);
    }

    private static String name(Kernel k, int index) {
        return index < 0 ? "<none>" : k.procs[index].name;
    }
}
