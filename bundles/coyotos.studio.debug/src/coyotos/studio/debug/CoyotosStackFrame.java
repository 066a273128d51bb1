package coyotos.studio.debug;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;

import coyotos.studio.debug.internal.CoyotosVariable;

/**
 * Where a process is, one level of it: for an abstract workload the current step, then each enclosing loop with its
 * iteration; for a handler at work the message (the fault) it handles, with the faulted process's frames below it;
 * for a program, the current instruction with its disassembly, then its callers from the frame-pointer chain (each
 * at its return address). Its variables are those of the process the frame belongs to (the faulted process's, below
 * a handler's message), read when first shown.
 */
public final class CoyotosStackFrame extends CoyotosDebugElement implements IStackFrame {

    /** What a frame stands for, so the presentation can give it an image. */
    public enum Kind {
        /** A process's current workload step. */
        STEP,
        /** A loop around the step. */
        LOOP,
        /** A process waiting on its fault. */
        FAULT,
        /** The message a handler or server works on. */
        MESSAGE,
        /** A program's current instruction. */
        INSTRUCTION,
        /** A caller of a program's current function, at its return address. */
        CALLER
    }

    private final CoyotosThread thread;
    private final int depth;
    private final String name;
    private final Kind kind;
    private final int process;
    private final Supplier<List<CoyotosVariable>> variables;
    private final long address;
    private final long serial;
    private IVariable[] read;

    /**
     * @param process   the process whose state the frame shows (not always the thread's: a handler's thread shows
     *                  the faulted process below the message)
     * @param variables what the Variables view shows for it, read when asked
     */
    public CoyotosStackFrame(CoyotosThread thread, int depth, String name, Kind kind, int process,
            Supplier<List<CoyotosVariable>> variables) {
        this(thread, depth, name, kind, process, -1, variables);
    }

    /** @param address the instruction address of a program's frame (its PC, or a caller's return address), or -1 */
    public CoyotosStackFrame(CoyotosThread thread, int depth, String name, Kind kind, int process, long address,
            Supplier<List<CoyotosVariable>> variables) {
        super(thread.getDebugTarget());
        this.address = address;
        this.thread = thread;
        this.depth = depth;
        this.name = name;
        this.kind = kind;
        this.process = process;
        this.variables = variables;
        this.serial = ((CoyotosDebugTarget) thread.getDebugTarget()).serial();
    }

    public Kind kind() {
        return current().kind;
    }

    /** The process this frame is about. */
    public int process() {
        return current().process;
    }

    public int depth() {
        return depth;
    }

    /** The instruction address a program's frame is at (the PC, or a caller's return address); -1 for others. */
    public long address() {
        return current().address;
    }

    @Override
    public IThread getThread() {
        return thread;
    }

    @Override
    public synchronized IVariable[] getVariables() throws DebugException {
        CoyotosStackFrame now = current();
        if (now != this) {
            return now.getVariables();
        }
        if (read == null) {
            read = isSuspended() ? variables.get().toArray(IVariable[]::new) : new IVariable[0];
        }
        return read.clone();
    }

    @Override
    public boolean hasVariables() {
        return isSuspended();
    }

    @Override
    public int getLineNumber() {
        return -1;
    }

    @Override
    public int getCharStart() {
        return -1;
    }

    @Override
    public int getCharEnd() {
        return -1;
    }

    /** The frame's label as it is now (the views keep frame objects across stops). */
    @Override
    public String getName() {
        return current().name;
    }

    /**
     * The frame at this level of the thread now. The views keep a frame object across stops (it equals the frame at
     * its depth) and ask it again for its label and variables: they are those of the frame there now.
     */
    private CoyotosStackFrame current() {
        if (serial == ((CoyotosDebugTarget) getDebugTarget()).serial()) {
            return this;
        }
        try {
            IStackFrame[] now = thread.getStackFrames();
            return depth < now.length ? (CoyotosStackFrame) now[depth] : this;
        } catch (DebugException e) {
            return this;
        }
    }

    @Override
    public IRegisterGroup[] getRegisterGroups() {
        return new IRegisterGroup[0];
    }

    @Override
    public boolean hasRegisterGroups() {
        return false;
    }

    @Override
    public boolean canStepInto() {
        return thread.canStepInto();
    }

    @Override
    public boolean canStepOver() {
        return thread.canStepOver();
    }

    @Override
    public boolean canStepReturn() {
        return thread.canStepReturn();
    }

    @Override
    public boolean isStepping() {
        return false;
    }

    @Override
    public void stepInto() {
        thread.stepInto();
    }

    @Override
    public void stepOver() {
        thread.stepOver();
    }

    @Override
    public void stepReturn() throws DebugException {
        thread.stepReturn();
    }

    @Override
    public boolean canResume() {
        return thread.canResume();
    }

    @Override
    public boolean canSuspend() {
        return thread.canSuspend();
    }

    @Override
    public boolean isSuspended() {
        return thread.isSuspended();
    }

    @Override
    public void resume() {
        thread.resume();
    }

    @Override
    public void suspend() {
        thread.suspend();
    }

    @Override
    public boolean canTerminate() {
        return thread.canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return thread.isTerminated();
    }

    @Override
    public void terminate() {
        thread.terminate();
    }

    /** The same level of the same thread: the views keep it selected across steps. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CoyotosStackFrame f && f.thread == thread && f.depth == depth;
    }

    @Override
    public int hashCode() {
        return Objects.hash(thread, depth);
    }
}
