package coyotos.studio.debug.internal;

import java.util.ArrayList;
import java.util.List;

import coyotos.studio.x86.cpu.CpuState;

/**
 * The caller chain of a program from its frame pointers, as gdb finds it in code compiled with frame pointers
 * (i386 System V ABI: {@code push %ebp; mov %esp,%ebp} on entry, so [EBP] holds the caller's EBP and [EBP+4] the
 * return address). The innermost frame is the current instruction; each caller's is its return address. The walk
 * stops cleanly where the chain ends (EBP 0, as a program's start clears it), where a frame cannot be read through
 * the process's GPT tree, where the chain does not go up the stack (a broken or absent chain), and at
 * {@link #MAX_DEPTH} frames. In a function's first instructions (before it saved EBP) or in code built without
 * frame pointers the chain skips or misses callers: it is what the frame pointers say.
 */
public final class CallChain {

    /** The most frames shown (a runaway recursion, or a chain that loops within the stack). */
    public static final int MAX_DEPTH = 64;

    /**
     * One frame: the address it is at ({@code pc}: the current instruction, or a return address), the frame
     * pointer it runs with ({@code ebp}, the caller's saved one for callers), and its symbol label (or null).
     */
    public record Frame(long pc, long ebp, String label) {
    }

    /** Why the chain ends where it ends. */
    public record Chain(List<Frame> frames, String end) {
    }

    private CallChain() {
    }

    public static Chain of(CpuState cpu, ProcessBytes memory, ProgramSymbols symbols) {
        List<Frame> frames = new ArrayList<>();
        long pc = cpu.eip() & 0xFFFFFFFFL;
        long ebp = cpu.reg(CpuState.EBP) & 0xFFFFFFFFL;
        frames.add(new Frame(pc, ebp, symbols.label(pc)));
        String end;
        while (true) {
            if (frames.size() >= MAX_DEPTH) {
                end = "the first " + MAX_DEPTH + " frames are shown";
                break;
            }
            if (ebp == 0) {
                end = "the outermost frame (EBP 0)";
                break;
            }
            Long saved = memory.word(ebp);
            Long ret = memory.word(ebp + 4);
            if (saved == null || ret == null) {
                String why = memory.unmapped(saved == null ? ebp : ebp + 4);
                end = String.format("the frame at EBP 0x%08x cannot be read (%s)", ebp, why);
                break;
            }
            frames.add(new Frame(ret, saved, symbols.label(ret)));
            if (saved != 0 && saved <= ebp) {
                end = String.format("the saved EBP 0x%08x does not go up the stack from 0x%08x: the chain is broken",
                        saved, ebp);
                break;
            }
            ebp = saved;
        }
        return new Chain(List.copyOf(frames), end);
    }
}
