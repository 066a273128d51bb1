package coyotos.studio.debug.internal;

import java.util.ArrayList;
import java.util.List;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.runs.CycleFormat;

/** How the Debug view words a process: its state as a thread label, the steps and loops of its frames. */
public final class ProcessText {

    private ProcessText() {
    }

    /** "app (faulted: INVALID_DATA_REFERENCE at 0x40000000, waiting for pager0)" and the like. */
    public static String label(KernelProbe.ProcessView v, KernelProbe probe, Names names) {
        return v.name() + " (" + state(v, probe, names) + ")";
    }

    public static String state(KernelProbe.ProcessView v, KernelProbe probe, Names names) {
        String other = v.waitingOn() >= 0 ? probe.process(v.waitingOn()).name()
                : v.lastHandler() >= 0 ? probe.process(v.lastHandler()).name() : null;
        String code = v.faultCode() == 0 ? "" : " · fault code " + fault(v);
        return switch (v.state()) {
            case READY -> "ready" + code;
            case RUNNING -> (v.onCpu() ? "running" : "running, off the CPU") + code;
            case RECEIVING -> v.role() == KernelProbe.Role.WORKLOAD
                    ? "waiting for the reply" + (other == null ? "" : " of " + other)
                    : "receiving on " + String.join(", ", endpoints(v.index(), probe, names));
            case FAULTED -> "faulted: " + fault(v) + (v.waitingOn() >= 0 ? ", waiting for " + other + " to receive"
                    : other == null ? "" : ", handled by " + other);
            case BLOCKED_SEND -> "blocked sending to " + (other == null ? "a process that never receives" : other);
            case HALTED -> v.faultCode() == 0 ? "halted" : "halted: " + fault(v);
            case DONE -> "done";
            case IN_ACTIVATION -> "in its activation handler (what-if)";
        };
    }

    /** "INVALID_DATA_REFERENCE at 0x40000000". */
    public static String fault(KernelProbe.ProcessView v) {
        return FaultCode.name(v.faultCode()) + " at 0x" + Long.toHexString(v.faultInfo());
    }

    /** The endpoints that deliver to a process: what it receives on. */
    public static List<String> endpoints(int process, KernelProbe probe, Names names) {
        List<String> out = new ArrayList<>();
        for (int e = 0; e < probe.endpointCount(); e++) {
            if (probe.endpointRecipient(e) == process) {
                out.add(names.of(probe.objectId(CapType.ENDPOINT, e)));
            }
        }
        if (out.isEmpty()) {
            out.add("no endpoint");
        }
        return out;
    }

    /** A workload step in words, with how far into it the process is. */
    public static String step(KernelProbe.ProgramPosition p, int process, KernelProbe probe, Names names) {
        Step s = p.step();
        if (s == null) {
            return p.op();
        }
        return switch (s) {
            case Step.Touch t -> "touch 0x" + Long.toHexString(t.start()) + " + " + bytes(t.length()) + " ("
                    + access(t.access()) + ", every " + bytes(t.stride()) + "), at +0x" + Long.toHexString(p.offset());
            case Step.Stream t -> "stream over 0x" + Long.toHexString(t.start()) + " + " + bytes(t.regionLength())
                    + " (" + access(t.access()) + ", " + bytes(t.chunkLength()) + " a time), at +0x"
                    + Long.toHexString(p.offset());
            case Step.RandomTouch t -> "touch " + t.count() + " random pages of 0x" + Long.toHexString(t.start())
                    + " + " + bytes(t.length()) + " (" + access(t.access()) + "), " + p.offset() + " done";
            case Step.Invoke i -> "invoke cr" + i.capRegister() + " (" + (i.call() ? "call" : "send") + ", "
                    + i.words() + " word(s)): " + CapText.of(probe.capRegister(process, i.capRegister()), probe, names);
            case Step.Compute c -> "compute " + CycleFormat.count(c.cycles()) + " cycles";
            case Step.Yield y -> "yield";
            case Step.Loop l -> "loop ×" + l.times();
        };
    }

    public static String loop(KernelProbe.LoopPosition l) {
        return "loop ×" + l.times() + ": iteration " + l.iteration() + " of " + l.times();
    }

    private static String access(coyotos.studio.sim.image.Access a) {
        return switch (a) {
            case READ -> "read";
            case WRITE -> "write";
            case EXECUTE -> "fetch";
            case CAP_READ -> "capability load";
            case CAP_WRITE -> "capability store";
        };
    }

    static String bytes(long n) {
        return n % 1024 == 0 && n >= 1024 ? n / 1024 + " KiB" : n + " bytes";
    }
}
