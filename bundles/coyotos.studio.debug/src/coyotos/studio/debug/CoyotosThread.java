package coyotos.studio.debug;

import java.util.List;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;

import coyotos.studio.debug.internal.ProcessFrames;
import coyotos.studio.debug.internal.ProcessText;
import coyotos.studio.debug.internal.ProgramStep;
import coyotos.studio.sim.kernel.KernelProbe;

/**
 * One process of the simulated system as a debug thread, named by the process with its state (running, receiving
 * on an endpoint, faulted with its code, halted). The system stops and runs as one: suspending, resuming or
 * stepping a thread does it to the target.
 *
 * <p>A process that runs a program steps by instructions, as a CDT thread in instruction-stepping mode: step into
 * runs until it is about to run its next instruction (over an {@code int $0x30}, once the invocation returned),
 * step over runs a {@code call} until it returns, step return runs until the current function returns to its
 * caller (from the frame-pointer chain), step back goes to its instruction before. A process that runs an abstract
 * workload steps by kernel events: step into steps one kernel event (of any process); step over runs until this
 * process is back from its invocation or fault; it has no step return (no procedure calls to return from).
 * Stepping by kernel events is there for program processes too ({@link #stepEvent}).
 */
public final class CoyotosThread extends CoyotosDebugElement implements IThread {

    private final CoyotosDebugTarget target;
    private final int process;
    private long framesSerial = -1;
    private IStackFrame[] frames = new IStackFrame[0];

    CoyotosThread(CoyotosDebugTarget target, int process) {
        super(target);
        this.target = target;
        this.process = process;
    }

    /** The process's index in the kernel. */
    public int process() {
        return process;
    }

    public CoyotosDebugTarget target() {
        return target;
    }

    /** The kernel's view of the process, read now (only while suspended). */
    public KernelProbe.ProcessView view() {
        return target.session().probe().process(process);
    }

    @Override
    public String getName() {
        String n = target.session().info().processName(process);
        if (!target.isSuspended()) {
            return n + (target.isTerminated() ? " (terminated)" : " (running)");
        }
        KernelProbe probe = target.session().probe();
        return ProcessText.label(probe.process(process), probe, target.names());
    }

    @Override
    public synchronized IStackFrame[] getStackFrames() throws DebugException {
        if (!target.isSuspended()) {
            return new IStackFrame[0];
        }
        long serial = target.serial();
        if (serial != framesSerial) {
            List<CoyotosStackFrame> built = ProcessFrames.of(this);
            frames = built.toArray(IStackFrame[]::new);
            framesSerial = serial;
        }
        return frames.clone();
    }

    @Override
    public boolean hasStackFrames() {
        return target.isSuspended();
    }

    @Override
    public int getPriority() {
        return 0;
    }

    @Override
    public IStackFrame getTopStackFrame() throws DebugException {
        IStackFrame[] f = getStackFrames();
        return f.length == 0 ? null : f[0];
    }

    @Override
    public IBreakpoint[] getBreakpoints() {
        if (!target.isSuspended() || target.stop().process() != process) {
            return new IBreakpoint[0];
        }
        CoyotosBreakpoint hit = target.hitBreakpoint();
        return hit == null ? new IBreakpoint[0] : new IBreakpoint[] { hit };
    }

    @Override
    public boolean canResume() {
        return target.canResume();
    }

    @Override
    public boolean canSuspend() {
        return target.canSuspend();
    }

    @Override
    public boolean isSuspended() {
        return target.isSuspended();
    }

    @Override
    public void resume() {
        target.resume();
    }

    @Override
    public void suspend() {
        target.suspend();
    }

    @Override
    public boolean canStepInto() {
        return target.canRunForward();
    }

    @Override
    public boolean canStepOver() {
        return target.canRunForward();
    }

    @Override
    public boolean isStepping() {
        return false;
    }

    /** Whether the process runs a program (and so steps by instructions); only while suspended. */
    public boolean runsProgram() {
        try {
            return target.isSuspended() && target.session().probe().cpu(process) != null;
        } catch (IllegalStateException running) {
            // it ran on between the two looks (the views ask from their own threads)
            return false;
        }
    }

    /** A program: until it is about to run its next instruction. A workload: one kernel event of any process. */
    @Override
    public void stepInto() {
        if (runsProgram()) {
            target.stepInstruction(process);
        } else {
            target.stepEvent();
        }
    }

    /** One kernel event of any process, whatever this process runs. */
    public void stepEvent() {
        target.stepEvent();
    }

    /**
     * A program: over a call until it returns (to the next instruction, with the stack popped back), else one
     * instruction. A workload: until this process is back from its invocation or fault.
     */
    @Override
    public void stepOver() {
        ProgramStep over = runsProgram() ? ProgramStep.over(target, process) : null;
        if (over == null) {
            if (runsProgram()) {
                target.stepInstruction(process);
            } else {
                target.stepOver(process);
            }
            return;
        }
        target.runToInstruction(process, over.eip(), over.minEsp(), DebugEvent.STEP_OVER);
    }

    /** A program whose frame-pointer chain has a caller: until the current function returns to it. */
    @Override
    public boolean canStepReturn() {
        try {
            return target.canRunForward() && runsProgram() && ProgramStep.out(target, process) != null;
        } catch (IllegalStateException running) {
            return false;
        }
    }

    @Override
    public void stepReturn() throws DebugException {
        ProgramStep out = runsProgram() ? ProgramStep.out(target, process) : null;
        if (out == null) {
            throw new DebugException(org.eclipse.core.runtime.Status.error(runsProgram()
                    ? "the frame-pointer chain shows no caller to return to"
                    : "a process that runs a workload has no procedure to return from: step over its invocation or "
                            + "fault instead"));
        }
        target.runToInstruction(process, out.eip(), out.minEsp(), DebugEvent.STEP_RETURN);
    }

    /** A program: back to its instruction before. A workload: back to the kernel event before. */
    public void stepBack() {
        if (runsProgram()) {
            target.stepBackInstruction(process);
        } else {
            target.stepBack();
        }
    }

    @Override
    public boolean canTerminate() {
        return target.canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return target.isTerminated();
    }

    @Override
    public void terminate() {
        target.terminate();
    }
}
