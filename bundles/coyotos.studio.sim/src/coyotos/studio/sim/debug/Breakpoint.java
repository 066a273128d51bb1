package coyotos.studio.sim.debug;

import coyotos.studio.sim.result.ProcessState;

/**
 * A place a {@link DebugSession} stops at. Processes and objects are named by their image ids (a model's element
 * ids); null means any. {@code condition} is a {@link BreakpointCondition} expression (null or blank: always);
 * {@code hitCount} &gt; 0 stops only at the hitCount-th time the trigger matches with its condition true, as
 * Eclipse's hit counts do.
 */
public record Breakpoint(int id, Trigger trigger, String condition, long hitCount) {

    public Breakpoint {
        if (hitCount < 0) {
            throw new IllegalArgumentException("a hit count is 0 (every hit) or more, not " + hitCount);
        }
    }

    public static Breakpoint of(int id, Trigger trigger) {
        return new Breakpoint(id, trigger, null, 0);
    }

    /** What makes a breakpoint match. */
    public sealed interface Trigger {
    }

    /** A fault raised ({@code code} -1: any code) by a process. */
    public record Fault(int code, String process) implements Trigger {
    }

    /** What an invocation goes to. */
    public enum Target {
        /** A message to an endpoint (an IPC send, or the kernel's fault upcall through an entry capability). */
        ENDPOINT,
        /** A call on a GPT capability (storing a capability into a slot, cap_GPT.c). */
        GPT,
        /** A call on a process capability (resume, cap_ProcessCommon.c). */
        PROCESS,
        /** A call on a space bank (a user process in the 2007 kernel). */
        SPACE_BANK
    }

    /** An invocation of {@code target} ({@code object}: the endpoint's or bank's id, null for any) by a process. */
    public record Invocation(Target target, String object, String process) implements Trigger {
    }

    /** A process entering a run state. */
    public record StateReached(String process, ProcessState state) implements Trigger {
    }

    /**
     * A read or write of the {@code length} bytes at {@code address} in {@code process}'s address space, by any
     * process whose own translation reaches the same bytes of the same page (a shared page is watched wherever
     * it is mapped). While the address is unmapped, references through the same space at the same address match.
     */
    public record Watch(String process, long address, long length, boolean read, boolean write) implements Trigger {
        public Watch {
            if (length <= 0 || length > 4096) {
                throw new IllegalArgumentException("a watchpoint covers 1 to 4096 bytes, not " + length);
            }
            if (!read && !write) {
                throw new IllegalArgumentException("a watchpoint watches reads, writes or both");
            }
        }
    }

    /**
     * The instruction at {@code address} of a program image running in {@code process}. Abstract workloads have no
     * instructions, so it matches only once processes run real programs.
     */
    public record Instruction(String process, long address) implements Trigger {
    }
}
