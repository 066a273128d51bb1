package coyotos.studio.debug.internal;

import java.util.ArrayList;
import java.util.List;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.debug.CoyotosStackFrame;
import coyotos.studio.debug.CoyotosThread;
import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.ProcessState;

/**
 * The frames of a process's thread, innermost first: a fault it waits on; for a program, its instruction and callers
 * ({@link ProgramFrames}); for an abstract workload, its current step, the loops around it;
 * for a handler or server at work, then the message it handles and, for a fault or a call, the frames of the
 * process that sent it (the faulted process's frame below the handler's, as a caller's below its callee's).
 */
public final class ProcessFrames {

    private ProcessFrames() {
    }

    public static List<CoyotosStackFrame> of(CoyotosThread thread) {
        List<CoyotosStackFrame> frames = new ArrayList<>();
        add(frames, thread, thread.process(), "", true);
        return frames;
    }

    private static void add(List<CoyotosStackFrame> frames, CoyotosThread thread, int p, String prefix,
            boolean followMessage) {
        CoyotosDebugTarget target = thread.target();
        KernelProbe probe = target.session().probe();
        Names names = target.names();
        KernelProbe.ProcessView v = probe.process(p);
        if (v.state() == ProcessState.FAULTED || v.state() == ProcessState.HALTED && v.faultCode() != 0) {
            String handler = v.waitingOn() >= 0 ? ", waiting for " + probe.process(v.waitingOn()).name()
                    + " to receive" : v.lastHandler() >= 0 ? ", handled by " + probe.process(v.lastHandler()).name()
                    : "";
            frames.add(frame(thread, frames, prefix + "fault " + ProcessText.fault(v) + handler,
                    CoyotosStackFrame.Kind.FAULT, p));
        }
        if (probe.cpu(p) != null) {
            ProgramFrames.add(frames, thread, p, prefix);
            return;
        }
        KernelProbe.ProgramPosition pos = probe.position(p);
        String step = pos.finished() ? "finished its " + pos.program()
                : pos.program() + ": " + ProcessText.step(pos, p, probe, names);
        frames.add(frame(thread, frames, prefix + step, CoyotosStackFrame.Kind.STEP, p));
        List<KernelProbe.LoopPosition> loops = pos.loops();
        for (int i = loops.size() - 1; i >= 0; i--) {
            KernelProbe.LoopPosition l = loops.get(i);
            int depth = frames.size();
            frames.add(new CoyotosStackFrame(thread, depth, prefix + ProcessText.loop(l), CoyotosStackFrame.Kind.LOOP,
                    p, () -> ProcessVariables.loop(target, l)));
        }
        KernelProbe.Handling h = followMessage ? probe.handling(p) : null;
        if (h != null) {
            String from = h.from() >= 0 ? probe.process(h.from()).name() : "the kernel";
            String what;
            if (h.fault() && h.memoryHandler()) {
                // the memory-handler form of the fault message: the address within the kept GPT (kern_Process.c)
                what = "handling fault " + FaultCode.name(h.code()) + " of " + from + " at 0x"
                        + Long.toHexString(h.address()) + " in GPT " + names.of(probe.objectId(CapType.GPT,
                                h.keptGpt())) + " (as its memory handler: the address is relative to the GPT)";
            } else if (h.fault()) {
                what = "handling fault " + FaultCode.name(h.code()) + " of " + from + " at 0x"
                        + Long.toHexString(h.address()) + " (as its process handler)";
            } else {
                what = "handling an IPC " + (h.call() ? "call" : "send") + " from " + from;
            }
            frames.add(new CoyotosStackFrame(thread, frames.size(), prefix + what, CoyotosStackFrame.Kind.MESSAGE, p,
                    () -> ProcessVariables.message(target, h)));
            if (h.from() >= 0 && h.from() != p) {
                add(frames, thread, h.from(), probe.process(h.from()).name() + " · ", false);
            }
        }
    }

    /** A frame that shows the process's state in the Variables view. */
    private static CoyotosStackFrame frame(CoyotosThread thread, List<CoyotosStackFrame> frames, String name,
            CoyotosStackFrame.Kind kind, int p) {
        return new CoyotosStackFrame(thread, frames.size(), name, kind, p,
                () -> ProcessVariables.of(thread.target(), p));
    }
}
