package coyotos.studio.sim.debug;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.result.EventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The breakpoints of a session, compiled against its kernel (ids resolved to indices, conditions parsed), and
 * matched against each event. Hit counts count matches whose condition held; they are part of the session's
 * state, so they go back with the run when it goes back.
 */
final class BreakpointTable {

    /** A breakpoint ready to match: ids resolved to indices (-1: any; -2: names nothing in this run). */
    private record Armed(Breakpoint breakpoint, BreakpointCondition condition, int process, int object) {
    }

    /** A match: which breakpoint, and a problem with its condition to tell the user (or null). */
    record Hit(int id, String problem) {
    }

    private static final int NOTHING = -2;

    private final KernelProbe probe;
    private volatile Armed[] armed = new Armed[0];
    private volatile boolean watching;
    /** Processes with an instruction breakpoint (null: none; an entry -1: any program). */
    private volatile int[] instructionProcesses;
    private Map<Integer, Long> hits = new HashMap<>();

    BreakpointTable(KernelProbe probe) {
        this.probe = probe;
    }

    /**
     * Replaces the breakpoints (from any thread; the next event sees them).
     *
     * @throws IllegalArgumentException for a condition that does not compile, naming the breakpoint
     */
    void set(List<Breakpoint> breakpoints) {
        List<Armed> out = new ArrayList<>();
        boolean watch = false;
        List<Integer> instructions = new ArrayList<>();
        for (Breakpoint b : breakpoints) {
            BreakpointCondition c = null;
            if (b.condition() != null && !b.condition().isBlank()) {
                try {
                    c = BreakpointCondition.compile(b.condition());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("breakpoint " + b.id() + ": " + e.getMessage(), e);
                }
            }
            Armed a = arm(b, c);
            out.add(a);
            watch |= b.trigger() instanceof Breakpoint.Watch;
            if (b.trigger() instanceof Breakpoint.Instruction && a.process() != NOTHING) {
                instructions.add(a.process());
            }
        }
        armed = out.toArray(Armed[]::new);
        watching = watch;
        instructionProcesses = instructions.isEmpty() ? null
                : instructions.stream().mapToInt(Integer::intValue).toArray();
    }

    private Armed arm(Breakpoint b, BreakpointCondition c) {
        return switch (b.trigger()) {
            case Breakpoint.Fault f -> new Armed(b, c, process(f.process()), -1);
            case Breakpoint.StateReached s -> new Armed(b, c, process(s.process()), -1);
            case Breakpoint.Watch w -> new Armed(b, c, process(w.process()), -1);
            case Breakpoint.Instruction i -> new Armed(b, c, process(i.process()), -1);
            case Breakpoint.Invocation i -> new Armed(b, c, process(i.process()), switch (i.target()) {
                case ENDPOINT -> i.object() == null ? -1 : orNothing(probe.endpointIndex(i.object()));
                case SPACE_BANK -> i.object() == null ? -1 : orNothing(probe.processIndex(i.object()));
                case GPT, PROCESS -> -1;
            });
        };
    }

    private int process(String id) {
        return id == null ? -1 : orNothing(probe.processIndex(id));
    }

    private static int orNothing(int index) {
        return index < 0 ? NOTHING : index;
    }

    /** Whether any breakpoint is set. */
    boolean any() {
        return armed.length > 0;
    }

    /** Whether any watchpoint is set, so touches need a look. */
    boolean watching() {
        return watching;
    }

    /** Whether an instruction breakpoint may match in this process, so its slices are watched. */
    boolean instructions(int process) {
        int[] ps = instructionProcesses;
        if (ps == null) {
            return false;
        }
        for (int p : ps) {
            if (p < 0 || p == process) {
                return true;
            }
        }
        return false;
    }

    /**
     * An instruction point as an event for {@link #match}: no type, the process, and the address of the
     * instruction it is about to run as the value.
     */
    static Stop.Event instructionPoint(long position, long cycle, int process, int eip) {
        return new Stop.Event(position, cycle, null, process, -1, eip & 0xFFFFFFFFL, 0);
    }

    Map<Integer, Long> hits() {
        return hits;
    }

    void restoreHits(Map<Integer, Long> saved) {
        hits = Timeline.copy(saved);
    }

    /**
     * The first breakpoint the event matches, or null. {@code counting}: a real pass of the run (hits count and
     * hit counts apply); when false (looking back for the previous stop) every match with a true condition is one.
     */
    Hit match(Stop.Event e, boolean counting) {
        for (Armed a : armed) {
            if (!triggers(a, e)) {
                continue;
            }
            Breakpoint b = a.breakpoint();
            long before = hits.getOrDefault(b.id(), 0L);
            String problem = null;
            if (a.condition() != null) {
                try {
                    if (!a.condition().test(new EventVariables(probe, e, before))) {
                        continue;
                    }
                } catch (IllegalArgumentException ex) {
                    // as in Eclipse, a condition that cannot be evaluated stops, and says why
                    problem = "the condition \"" + a.condition().text() + "\" could not be evaluated: "
                            + ex.getMessage();
                }
            }
            if (!counting) {
                return new Hit(b.id(), problem);
            }
            hits.put(b.id(), before + 1);
            if (b.hitCount() == 0 || before + 1 == b.hitCount() || problem != null) {
                return new Hit(b.id(), problem);
            }
        }
        return null;
    }

    private boolean triggers(Armed a, Stop.Event e) {
        if (a.process() == NOTHING || a.object() == NOTHING) {
            return false;
        }
        return switch (a.breakpoint().trigger()) {
            case Breakpoint.Fault f -> e.type() == EventType.FAULT_RAISED && (f.code() < 0 || e.detail() == f.code())
                    && processMatches(a, e.process());
            case Breakpoint.StateReached s -> e.type() == EventType.STATE_CHANGE && e.value() == s.state().ordinal()
                    && processMatches(a, e.process());
            case Breakpoint.Invocation i -> invocation(a, i, e);
            case Breakpoint.Watch w -> e.type() == EventType.TOUCH && watched(a, w, e);
            case Breakpoint.Instruction i -> e.type() == null && e.value() == i.address()
                    && processMatches(a, e.process());
        };
    }

    private static boolean processMatches(Armed a, int process) {
        return a.process() < 0 || a.process() == process;
    }

    private boolean invocation(Armed a, Breakpoint.Invocation i, Stop.Event e) {
        return switch (i.target()) {
            case ENDPOINT -> {
                // an IPC send through an entry capability, or the kernel's fault upcall through one (proc_do_upcall)
                boolean send = e.type() == EventType.IPC_SEND && !probe.isBank(e.peer());
                boolean upcall = e.type() == EventType.FAULT_DELIVERED && e.peer() != e.process();
                if (!send && !upcall || !processMatches(a, e.process())) {
                    yield false;
                }
                yield a.object() < 0 || probe.endpointRecipient(a.object()) == e.peer()
                        && (upcall || probe.endpointNumber(a.object()) == e.value());
            }
            case SPACE_BANK -> e.type() == EventType.IPC_SEND && probe.isBank(e.peer())
                    && (a.object() < 0 || a.object() == e.peer()) && processMatches(a, e.process());
            case GPT -> e.type() == EventType.INVOKE && e.value() == KernelProbe.INVOKED_GPT
                    && processMatches(a, e.process());
            case PROCESS -> e.type() == EventType.INVOKE && e.value() == KernelProbe.INVOKED_PROCESS
                    && processMatches(a, e.process());
        };
    }

    /**
     * A touch matches when its own translation and the watched address's reach the same bytes of the same page,
     * or, while the watched address is unmapped, when it is the same address of the same space.
     */
    private boolean watched(Armed a, Breakpoint.Watch w, Stop.Event e) {
        Access access = Access.values()[(int) e.detail()];
        if (access.isStore() ? !w.write() : !w.read()) {
            return false;
        }
        int owner = a.process() < 0 ? e.process() : a.process();
        KernelProbe.Translation watched = probe.translate(owner, w.address(), Access.READ);
        if (!watched.mapped()) {
            return probe.space(owner).sameValue(probe.space(e.process())) && overlaps(e.value(), w);
        }
        KernelProbe.Translation touched = probe.translate(e.process(), e.value(), Access.READ);
        if (!touched.mapped() || touched.page() != watched.page()) {
            return false;
        }
        long start = watched.offset();
        return touched.offset() >= start && touched.offset() < start + w.length();
    }

    private static boolean overlaps(long address, Breakpoint.Watch w) {
        return Long.compareUnsigned(address, w.address()) >= 0 && Long.compareUnsigned(address - w.address(), w.length()) < 0;
    }

    /** The values a condition reads: the event's fields and its process's state now. */
    private record EventVariables(KernelProbe probe, Stop.Event e, long hits) implements BreakpointCondition.Variables {
        @Override
        public Object value(String name) {
            boolean hasProcess = e.process() >= 0;
            return switch (name) {
                case "cycle" -> e.cycle();
                case "position" -> e.position();
                case "event" -> e.type() == null ? "INSTRUCTION" : e.type().name();
                case "process" -> hasProcess ? probe.process(e.process()).name() : "";
                case "peer" -> e.peer() >= 0 && e.peer() < probe.processCount() ? probe.process(e.peer()).name() : "";
                case "address" -> e.value();
                case "code" -> e.detail();
                case "faultCode" -> hasProcess ? (Object) (long) probe.process(e.process()).faultCode() : null;
                case "faultInfo" -> hasProcess ? (Object) probe.process(e.process()).faultInfo() : null;
                case "state" -> hasProcess ? probe.process(e.process()).state().name() : null;
                case "hits" -> hits;
                default -> null;
            };
        }
    }
}
