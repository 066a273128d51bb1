package coyotos.studio.debug.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.debug.core.DebugException;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.sim.debug.Change;
import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.memory.TranslationResult;

/**
 * What the Variables view shows of a process: its Coyotos state (run state, fault code and fault info), the 32
 * capability registers, the handler and the address space root, each capability as what it designates with its
 * restrictions and expandable into the object; for a faulted process, the walk the kernel makes for the fault and
 * where its memory-handler search stops. The fault code and info, the registers and the handler can be edited, as
 * a handler holding the process capability could change them (Process.idl setState, setCapReg, setSlot).
 */
public final class ProcessVariables {

    /** The codes a GPT walk faults with (GptWalk, after kern_MemWalk.c): the faults a walk explains. */
    static final java.util.Set<FaultCode> TRANSLATION_FAULTS = java.util.EnumSet.of(FaultCode.INVALID_DATA_REFERENCE,
            FaultCode.INVALID_CAP_REFERENCE, FaultCode.NO_EXECUTE, FaultCode.ACCESS_VIOLATION,
            FaultCode.DATA_ACCESS_TYPE_ERROR, FaultCode.CAP_ACCESS_TYPE_ERROR, FaultCode.MALFORMED_SPACE);

    private ProcessVariables() {
    }

    public static List<CoyotosVariable> of(CoyotosDebugTarget target, int p) {
        Reading reading = reading(target);
        KernelProbe probe = target.session().probe();
        Names names = target.names();
        KernelProbe.ProcessView v = probe.process(p);
        List<CoyotosVariable> out = new ArrayList<>();
        out.add(variable(target, reading, "run state", "ProcessState", ProcessText.state(v, probe, names),
                ValueKind.STATE, null, null));
        out.add(variable(target, reading, "fault code", "fault code", FaultCode.name(v.faultCode()) + " ("
                + v.faultCode() + ")", ValueKind.STATE, null, faultCodeEditor(target, p)));
        out.add(variable(target, reading, "fault info", "fault info", hex(v.faultInfo()), ValueKind.NUMBER, null,
                faultInfoEditor(target, p)));
        out.add(variable(target, reading, "capability registers", "32 capability registers", "cr0 to cr31",
                ValueKind.GROUP, () -> registers(target, reading, p), null));
        out.add(capability(target, reading, "handler", probe.handler(p), handlerEditor(target, p)));
        out.add(capability(target, reading, "address space", probe.space(p), null));
        if (TRANSLATION_FAULTS.contains(FaultCode.of(v.faultCode()))) {
            out.add(faultWalk(target, reading, p, v.faultInfo(), v.faultCode()));
        }
        out.add(variable(target, reading, "faults raised", "count", Long.toString(v.faultsRaised()),
                ValueKind.NUMBER, null, null));
        out.add(variable(target, reading, "messages received", "count", Long.toString(v.messagesReceived()),
                ValueKind.NUMBER, null, null));
        return out;
    }

    /** The variables of an enclosing loop. */
    public static List<CoyotosVariable> loop(CoyotosDebugTarget target, KernelProbe.LoopPosition l) {
        Reading reading = reading(target);
        return List.of(
                variable(target, reading, "iteration", "count", Long.toString(l.iteration()), ValueKind.NUMBER, null,
                        null),
                variable(target, reading, "times", "count", Long.toString(l.times()), ValueKind.NUMBER, null, null));
    }

    /** The message a handler or server works on. */
    public static List<CoyotosVariable> message(CoyotosDebugTarget target, KernelProbe.Handling h) {
        Reading reading = reading(target);
        KernelProbe probe = target.session().probe();
        List<CoyotosVariable> out = new ArrayList<>();
        out.add(variable(target, reading, "kind", "message", h.fault() ? "fault message" : h.call() ? "IPC call"
                : "IPC send", ValueKind.TEXT, null, null));
        out.add(variable(target, reading, "from", "process", h.from() >= 0 ? probe.process(h.from()).name()
                : "the kernel", ValueKind.TEXT, null, null));
        if (h.fault()) {
            out.add(variable(target, reading, "fault code", "fault code", FaultCode.name(h.code()) + " (" + h.code()
                    + ")", ValueKind.STATE, null, null));
            out.add(variable(target, reading, "address", "address", hex(h.address()), ValueKind.NUMBER, null, null));
            if (h.memoryHandler()) {
                out.add(variable(target, reading, "kept GPT", "GPT",
                        target.names().of(probe.objectId(CapType.GPT, h.keptGpt())), ValueKind.TEXT, null, null));
            }
        }
        return out;
    }

    // --- capabilities -------------------------------------------------------------------------------------------

    private static List<CoyotosVariable> registers(CoyotosDebugTarget target, Reading reading, int p) {
        KernelProbe probe = target.session().probe();
        List<CoyotosVariable> out = new ArrayList<>(32);
        for (int r = 0; r < 32; r++) {
            out.add(capability(target, reading, "cr" + r, probe.capRegister(p, r), registerEditor(target, p, r)));
        }
        return out;
    }

    static CoyotosVariable capability(CoyotosDebugTarget target, Reading reading, String name, Cap c,
            CoyotosVariable.Editor editor) {
        KernelProbe probe = target.session().probe();
        String text = CapText.of(c, probe, target.names());
        Supplier<List<CoyotosVariable>> parts = c == null || c.type == CapType.NULL ? null
                : () -> designated(target, reading, c);
        String type = c == null ? "capability" : c.type.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " capability";
        return variable(target, reading, name, type, text, ValueKind.CAPABILITY, parts, editor);
    }

    /** What a capability designates: a GPT's slots, an endpoint's recipient, a process's state. */
    private static List<CoyotosVariable> designated(CoyotosDebugTarget target, Reading reading, Cap c) {
        KernelProbe probe = target.session().probe();
        Names names = target.names();
        List<CoyotosVariable> out = new ArrayList<>();
        switch (c.type) {
            case GPT -> {
                for (int s = 0; s < 16; s++) {
                    String name = "slot " + s + (s == KernelProbe.handlerSlot() ? " (memory handler when ha)" : "");
                    out.add(capability(target, reading, name, probe.gptSlot(c.target, s), null));
                }
            }
            case ENTRY, ENDPOINT -> {
                int r = probe.recipient(c);
                out.add(variable(target, reading, "endpoint", "endpoint", names.of(probe.objectId(c)), ValueKind.TEXT,
                        null, null));
                out.add(r < 0 ? variable(target, reading, "recipient", "process", "none", ValueKind.TEXT, null, null)
                        : process(target, reading, "recipient", r));
                if (c.type == CapType.ENTRY) {
                    out.add(variable(target, reading, "payload", "payload", hex(c.payload), ValueKind.NUMBER, null,
                            null));
                }
            }
            case PROCESS -> {
                out.add(process(target, reading, "process", c.target));
            }
            default -> out.add(variable(target, reading, "object", "object", names.of(probe.objectId(c)),
                    ValueKind.TEXT, null, null));
        }
        return out;
    }

    private static CoyotosVariable process(CoyotosDebugTarget target, Reading reading, String name, int p) {
        KernelProbe probe = target.session().probe();
        return variable(target, reading, name, "process", ProcessText.label(probe.process(p), probe, target.names()),
                ValueKind.TEXT, () -> of(target, p), null);
    }

    // --- the fault walk -------------------------------------------------------------------------------------------

    /**
     * The walk the kernel makes for the fault (kern_MemWalk.c) and the memory-handler search over it
     * (proc_deliver_memory_fault, kern_Process.c): which GPT's handler gets the fault, and where the search stops
     * (a no-call capability, a read-only or weak one for an AccessViolation, the page).
     */
    private static CoyotosVariable faultWalk(CoyotosDebugTarget target, Reading reading, int p, long address,
            int code) {
        KernelProbe probe = target.session().probe();
        KernelProbe.Translation t = probe.faultWalk(p, address, code);
        String value;
        if (t.kept() >= 0) {
            value = "memory handler of " + stepName(probe, target.names(), t.path().get(t.kept()));
        } else if (t.searchStop() < t.path().size()) {
            value = "no memory handler before the search stops at step " + t.searchStop() + ": the process handler";
        } else {
            value = "no GPT with ha on the path: the process handler";
        }
        return variable(target, reading, "fault walk", "GPT walk", value, ValueKind.GROUP,
                () -> walkSteps(target, reading, t), null);
    }

    private static List<CoyotosVariable> walkSteps(CoyotosDebugTarget target, Reading reading,
            KernelProbe.Translation t) {
        KernelProbe probe = target.session().probe();
        List<CoyotosVariable> out = new ArrayList<>();
        for (int i = 0; i < t.path().size(); i++) {
            KernelProbe.WalkStep s = t.path().get(i);
            StringBuilder text = new StringBuilder(stepName(probe, target.names(), s));
            String restr = CapText.restrictions(new StringBuilder(), s.restrictions()).toString();
            if (!restr.isEmpty()) {
                text.append(" (").append(restr).append(')');
            }
            if (s.ha()) {
                text.append(" · ha");
            }
            if (i == t.searchStop()) {
                text.append(" ← the memory-handler search stops here");
            } else if (i > t.searchStop()) {
                text.append(" (not searched)");
            }
            if (i == t.kept()) {
                text.append(" ← its memory handler gets the fault");
            }
            out.add(variable(target, reading, "[" + i + "]", "walk step", text.toString(), ValueKind.WALK, null,
                    null));
        }
        if (!t.mapped()) {
            out.add(variable(target, reading, "result", "fault", FaultCode.name(t.faultCode()), ValueKind.STATE, null,
                    null));
        }
        return out;
    }

    private static String stepName(KernelProbe probe, Names names, KernelProbe.WalkStep s) {
        return switch (s.kind()) {
            case TranslationResult.GPT -> "GPT " + names.of(probe.objectId(CapType.GPT, s.object()));
            case TranslationResult.PAGE -> "page " + names.of(probe.objectId(CapType.PAGE, s.object()));
            default -> "window";
        };
    }

    // --- editing ---------------------------------------------------------------------------------------------------

    private static CoyotosVariable.Editor faultCodeEditor(CoyotosDebugTarget target, int p) {
        return new CoyotosVariable.Editor() {
            @Override
            public String check(String text) {
                try {
                    faultCode(text);
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }

            @Override
            public void set(String text) {
                long info = target.session().probe().process(p).faultInfo();
                apply(target, new Change.FaultState(p, faultCode(text), info));
            }
        };
    }

    private static CoyotosVariable.Editor faultInfoEditor(CoyotosDebugTarget target, int p) {
        return new CoyotosVariable.Editor() {
            @Override
            public String check(String text) {
                try {
                    number(text);
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }

            @Override
            public void set(String text) {
                int code = target.session().probe().process(p).faultCode();
                apply(target, new Change.FaultState(p, code, number(text)));
            }
        };
    }

    private static CoyotosVariable.Editor registerEditor(CoyotosDebugTarget target, int p, int register) {
        return capEditor(target, p, cap -> new Change.CapRegister(p, register, cap));
    }

    private static CoyotosVariable.Editor handlerEditor(CoyotosDebugTarget target, int p) {
        return capEditor(target, p, cap -> new Change.Handler(p, cap));
    }

    private static CoyotosVariable.Editor capEditor(CoyotosDebugTarget target, int p,
            java.util.function.Function<Cap, Change> change) {
        return new CoyotosVariable.Editor() {
            @Override
            public String check(String text) {
                try {
                    CapParser.parse(text, p, target.session().probe(), target.names());
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }

            @Override
            public void set(String text) {
                apply(target, change.apply(CapParser.parse(text, p, target.session().probe(), target.names())));
            }
        };
    }

    static void apply(CoyotosDebugTarget target, Change c) {
        try {
            target.change(c);
        } catch (DebugException e) {
            throw new IllegalArgumentException(e.getStatus().getMessage());
        }
    }

    /** A fault code as a number or a Process.idl name ("InvalidDataReference" or "INVALID_DATA_REFERENCE"). */
    static int faultCode(String text) {
        String t = text.trim().replaceFirst("\\s*\\(\\d+\\)$", "");
        if (t.matches("\\d+")) {
            int code = Integer.parseInt(t);
            if (code > 255) {
                throw new IllegalArgumentException("a fault code is a number from 0 to 255, not " + code);
            }
            return code;
        }
        String wanted = t.replace("_", "").toLowerCase(Locale.ROOT);
        for (FaultCode f : FaultCode.values()) {
            if (f.name().replace("_", "").toLowerCase(Locale.ROOT).equals(wanted)) {
                return f.code();
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a fault code: a number or a name of Process.idl, "
                + "such as INVALID_DATA_REFERENCE");
    }

    static long number(String text) {
        String t = text.trim().replace("_", "");
        try {
            return t.toLowerCase(Locale.ROOT).startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16)
                    : Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number (write 0x1000 or 4096)");
        }
    }

    // --- plumbing --------------------------------------------------------------------------------------------------

    static Reading reading(CoyotosDebugTarget target) {
        long serial = target.serial();
        return new Reading(() -> target.isSuspended() && target.serial() == serial, () -> {
        });
    }

    static CoyotosVariable variable(CoyotosDebugTarget target, Reading reading, String name, String type,
            String text, ValueKind kind, Supplier<List<CoyotosVariable>> parts, CoyotosVariable.Editor editor) {
        return new CoyotosVariable(target, reading, name, new CoyotosValue(target, reading, type, text, kind, parts),
                editor);
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
