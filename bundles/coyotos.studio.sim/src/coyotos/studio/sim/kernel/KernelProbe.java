package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.memory.GptWalk;
import coyotos.studio.sim.memory.MemoryHandlerSearch;
import coyotos.studio.sim.memory.MemoryStore;
import coyotos.studio.sim.memory.TranslationResult;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.x86.cpu.CpuState;
import java.util.ArrayList;
import java.util.List;

/**
 * A debugger's window on a live kernel between two of its events: what each process is and does, read without
 * charging a cycle or emitting an event, and the few changes a handler holding the process capability could make
 * itself (Process.idl: {@code setState} for the fault code and info, {@code setCapReg}, {@code setSlot} for the
 * handler slot). Translations made here walk the GPTs with a walker of their own, so the kernel's last walk and
 * its TLB and page tables are untouched.
 */
public final class KernelProbe {

    /** What kind of program a process runs. */
    public enum Role {
        /** A workload: the process's own program. */
        WORKLOAD,
        /** A receive loop (fault handler, memory handler, IPC server): per-message work. */
        SERVER,
        /** A space bank, a user process in the 2007 kernel. */
        SPACE_BANK
    }

    /**
     * One process as the kernel holds it. {@code waitingOn}: the process it waits for (a handler that is not
     * receiving, a server it sends to), or -1; {@code lastHandler}: the handler or server it last went to, or -1.
     */
    public record ProcessView(int index, String id, String name, Role role, ProcessState state, int faultCode,
            long faultInfo, boolean faultPending, int waitingOn, int lastHandler, boolean activated,
            long faultsRaised, long messagesReceived, boolean onCpu) {

        public String faultName() {
            return FaultCode.name(faultCode);
        }
    }

    /** An enclosing loop of a program position: the {@code iteration}-th of {@code times} (1-based). */
    public record LoopPosition(Step.Loop loop, long iteration, long times) {
    }

    /**
     * Where a process is in its program: the op index, the workload step it came from (null for what the kernel
     * adds: a server's compute and SERVE, an activation upcall's parts), how far into the step ({@code offset}
     * bytes of a touch), and the loops around it, outermost first.
     */
    public record ProgramPosition(String program, int pc, String op, Step step, long offset, List<LoopPosition> loops,
            boolean finished) {
    }

    /**
     * The message a server is working on: a fault message ({@code memoryHandler}: the memory-handler form, the
     * address relative to {@code keptGpt}) or an IPC call or send from {@code from}.
     */
    public record Handling(boolean fault, boolean call, int from, int code, long address, boolean memoryHandler,
            int keptGpt) {
    }

    /**
     * A translation made for the debugger: the fault code (0 when mapped), where it led, and what the kernel's
     * memory-handler search would make of it for a fault of {@code searchedFor} ({@code kept}: the index in
     * {@code path} of the GPT whose memory handler gets the fault, or -1; {@code searchStop}: the index the search
     * stops at, {@code path.size()} when it looks at the whole path; see {@link MemoryHandlerSearch}).
     */
    public record Translation(int faultCode, int page, int offset, boolean capPage, int restrictions,
            List<WalkStep> path, int searchedFor, int kept, int searchStop) {

        public boolean mapped() {
            return faultCode == 0;
        }
    }

    /** One capability the walk traversed: a GPT (with its ha bit), a window or the page, and its restrictions. */
    public record WalkStep(byte kind, int object, int restrictions, long remaining, boolean ha) {
    }

    private static final String[] OPS = { "touch", "stream", "random touch", "invoke", "compute", "yield", "loop",
        "end of loop", "end", "serve the message", "activation repair", "activation return" };

    private final Kernel k;
    private final GptWalk walker;
    private final TranslationResult walk = new TranslationResult();

    public KernelProbe(Kernel k) {
        this.k = k;
        this.walker = new GptWalk(k.store, k.machine.rules.nx(), MemoryAccess.KERNEL_BASE);
    }

    public Kernel kernel() {
        return k;
    }

    public int processCount() {
        return k.procs.length;
    }

    public ProcessView process(int i) {
        KernelProcess p = k.procs[i];
        Role role = p.bank >= 0 ? Role.SPACE_BANK : p.isServer() ? Role.SERVER : Role.WORKLOAD;
        return new ProcessView(p.index, p.id, p.name, role, p.state, p.faultCode, p.faultInfo, p.faultPending,
                p.waitingOn, p.lastHandler, p.activated, p.faultsRaised, p.messagesReceived, k.cur == p);
    }

    /** Index of the process on the CPU, or -1 between dispatches. */
    public int onCpu() {
        return k.cur == null ? -1 : k.cur.index;
    }

    public Cap capRegister(int process, int register) {
        return k.procs[process].capRegs[register];
    }

    public Cap handler(int process) {
        return k.procs[process].handler;
    }

    public Cap space(int process) {
        return k.procs[process].space;
    }

    /** Where the process is in the program it runs now (its activation handler's while activated). */
    public ProgramPosition position(int process) {
        KernelProcess p = k.procs[process];
        Cursor c = p.cursor();
        Program g = c.program;
        String program = p.activated ? "activation handler" : p.bank >= 0 ? "space bank"
                : p.isServer() ? "per-message work" : "workload";
        int pc = Math.min(c.pc, g.length - 1);
        List<LoopPosition> loops = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < pc && depth < c.loopDepth; i++) {
            if (g.op[i] == Program.LOOP && g.b[i] >= pc) {
                long times = g.a[i];
                long remaining = c.loopCounters[depth++];
                loops.add(new LoopPosition((Step.Loop) g.origin[i], times - remaining + 1, times));
            }
        }
        boolean finished = p.state == ProcessState.DONE;
        return new ProgramPosition(program, pc, OPS[g.op[pc]], g.origin[pc], c.offset, loops, finished);
    }

    /**
     * A copy of the registers of a process that runs machine code, as its save area holds them now (the CPU's
     * while it is on the CPU: the interpreter works on the save area itself); null for an abstract workload.
     */
    public CpuState cpu(int process) {
        ProcessRegisters r = k.procs[process].regs;
        return r == null ? null : r.cpu.copy();
    }

    /** Instructions the process retired so far (0 for an abstract workload). */
    public long retired(int process) {
        ProcessRegisters r = k.procs[process].regs;
        return r == null ? 0 : r.retired();
    }

    /** The ELF image a program process was loaded from (null when not known, or for an abstract workload). */
    public String programImage(int process) {
        ProcessRegisters r = k.procs[process].regs;
        return r == null ? null : r.image;
    }

    /** What a server works on now, or null when it waits to receive or runs no receive loop. */
    public Handling handling(int process) {
        KernelProcess p = k.procs[process];
        if (!p.isServer() || p.state == ProcessState.RECEIVING || p.state == ProcessState.DONE) {
            return null;
        }
        Message m = p.inbox;
        return new Handling(m.kind == Message.FAULT, m.kind == Message.CALL, m.from, m.code, m.address,
                m.memoryHandler, m.keptGpt);
    }

    /** Translates {@code va} through the process's space as an access of kind {@code access} would. */
    public Translation translate(int process, long va, Access access) {
        return translate(k.procs[process].space, va, access);
    }

    public Translation translate(Cap space, long va, Access access) {
        int fc = walker.translate(space, va, access, walk);
        return translation(fc, va, fc);
    }

    /**
     * The walk the kernel makes for a fault of {@code code} at {@code va} in the process's space (the address
     * read as data; the code decides where the memory-handler search stops).
     */
    public Translation faultWalk(int process, long va, int code) {
        int fc = walker.translate(k.procs[process].space, va, Access.READ, walk);
        return translation(fc, va, code);
    }

    private Translation translation(int fc, long va, int searchedFor) {
        List<WalkStep> path = new ArrayList<>(walk.count);
        for (int i = 0; i < walk.count; i++) {
            boolean gpt = walk.kind[i] == TranslationResult.GPT;
            path.add(new WalkStep(walk.kind[i], walk.object[i], walk.restr[i], walk.remAddr[i],
                    gpt && k.store.ha(walk.object[i])));
        }
        int page = fc == 0 ? walk.pageIndex : -1;
        return new Translation(fc, page, (int) (va & 0xFFF), walk.capPage, walk.restrictions, path, searchedFor,
                MemoryHandlerSearch.keptEntry(walk, searchedFor, k.store), MemoryHandlerSearch.stopEntry(walk,
                        searchedFor));
    }

    public MemoryStore store() {
        return k.store;
    }

    /** The image id of the object a capability designates ("gpt#7" for one a handler allocated), or null. */
    public String objectId(Cap c) {
        return objectId(c.type, c.target);
    }

    public String objectId(CapType type, int target) {
        if (target < 0) {
            return null;
        }
        return switch (type) {
            case PROCESS -> target < k.procs.length ? k.procs[target].id : null;
            case GPT -> k.store.gptName(target);
            case PAGE -> target < k.image.pages().size() ? k.image.pages().get(target).id() : "page#" + target;
            case CAP_PAGE -> target < k.image.capPages().size() ? k.image.capPages().get(target).id() : null;
            case ENTRY, ENDPOINT -> target < k.image.endpoints().size() ? k.image.endpoints().get(target).id() : null;
            case SPACE_BANK -> target < k.image.banks().size() ? k.image.banks().get(target).id() : null;
            default -> null;
        };
    }

    /** The process an entry capability's endpoint delivers to, or -1. */
    public int recipient(Cap entry) {
        KernelProcess r = entry.type == CapType.ENTRY || entry.type == CapType.ENDPOINT ? k.recipientOf(entry) : null;
        return r == null ? -1 : r.index;
    }

    /** The endpoint's current protected payload (it moves on after each message through a pm endpoint). */
    public long endpointPayload(int endpoint) {
        return k.endpointPayload[endpoint];
    }

    public boolean endpointPm(int endpoint) {
        return k.endpointPm[endpoint];
    }

    public int endpointCount() {
        return k.endpointIds.length;
    }

    /** The endpoint's number as IPC_SEND events carry it (the model's endpoint id). */
    public long endpointNumber(int endpoint) {
        return k.endpointIds[endpoint];
    }

    /** The process an endpoint delivers to, or -1. */
    public int endpointRecipient(int endpoint) {
        return k.endpointRecipient[endpoint];
    }

    /** Index of the endpoint with this image id, or -1. */
    public int endpointIndex(String id) {
        return k.index.index(CapType.ENDPOINT, id);
    }

    /** Index of the object of that kind with this image id (an entry capability's: its endpoint), or -1. */
    public int objectIndex(CapType type, String id) {
        return type == CapType.PROCESS ? processIndex(id) : k.index.index(type, id);
    }

    /** Index of the process with this image id (a space bank's process by the bank's id), or -1. */
    public int processIndex(String id) {
        for (KernelProcess p : k.procs) {
            if (p.id.equals(id)) {
                return p.index;
            }
        }
        return -1;
    }

    /** Whether the process is a space bank's. */
    public boolean isBank(int process) {
        return k.procs[process].bank >= 0;
    }

    /** The INVOKE event's value for a call on a GPT capability and on a process capability. */
    public static final int INVOKED_GPT = HandlerActions.INVOKE_GPT_STORE;
    public static final int INVOKED_PROCESS = HandlerActions.INVOKE_PROCESS;

    public int gptCount() {
        return k.store.gptCount();
    }

    public Cap gptSlot(int gpt, int slot) {
        return k.store.slot(gpt, slot);
    }

    /**
     * Process.idl {@code setState}: a handler may set the fault code and info; a code of NoFault with info other
     * than 0 is refused there (RequestError), and so here. A process given a fault while it runs takes it as
     * pending: the kernel delivers it at its next dispatch (pi_Faulted).
     */
    public void setState(int process, int faultCode, long faultInfo) {
        if (faultCode == 0 && faultInfo != 0) {
            throw new IllegalArgumentException("Process.setState refuses fault info 0x" + Long.toHexString(faultInfo)
                    + " with NoFault (RequestError)");
        }
        if (faultCode < 0 || faultCode > 255) {
            throw new IllegalArgumentException("a fault code is a number from 0 to 255, not " + faultCode);
        }
        KernelProcess p = k.procs[process];
        p.faultCode = faultCode;
        p.faultInfo = faultInfo;
        if (faultCode == 0) {
            p.faultPending = false;
        } else if (p.state != ProcessState.FAULTED) {
            p.faultPending = true;
        }
    }

    /**
     * i386 Process.idl {@code setFixRegs}: a handler may set every fixed register; the kernel masks EFLAGS with
     * USER_FLAG_MASK (cap_Process.c, coyotos/i386/registers.h), so IF and IOPL stay as the kernel keeps them.
     * {@code register} is a {@link CpuState} register number 0-7, or {@link #EIP}, or {@link #EFLAGS}.
     */
    public void setRegister(int process, int register, int value) {
        ProcessRegisters r = k.procs[process].regs;
        if (r == null) {
            throw new IllegalArgumentException(k.procs[process].name + " runs no program: it has no x86 registers");
        }
        switch (register) {
            case EIP -> r.cpu.setEip(value);
            case EFLAGS -> r.cpu.setEflags(value & ~KERNEL_FLAGS | r.cpu.eflags() & KERNEL_FLAGS);
            default -> r.cpu.setReg(register, value);
        }
    }

    /** Register numbers of {@link #setRegister} beside the general registers. */
    public static final int EIP = 8, EFLAGS = 9;
    /** IF and IOPL: ~USER_FLAG_MASK of coyotos/i386/registers.h. */
    public static final int KERNEL_FLAGS = 0x3200;

    /** Process.idl {@code setCapReg}: register 0 always holds Null, so it is refused (RequestError). */
    public void setCapRegister(int process, int register, Cap c) {
        if (register <= 0 || register >= k.procs[process].capRegs.length) {
            throw new IllegalArgumentException("Process.setCapReg refuses register " + register
                    + " (RequestError): register 0 is always Null, and there are 32");
        }
        k.procs[process].capRegs[register] = c;
    }

    /** Process.idl {@code setSlot(handler, c)}: anything but an entry capability or Null is refused. */
    public void setHandler(int process, Cap c) {
        if (c.type != CapType.ENTRY && c.type != CapType.NULL) {
            throw new IllegalArgumentException("Process.setSlot refuses a " + c.type
                    + " capability in the handler slot (RequestError): it takes an entry capability or Null");
        }
        k.procs[process].handler = c;
    }

    /** The GPT slot a memory handler sits in when {@code ha} is set (spec §4.3). */
    public static int handlerSlot() {
        return Gpt.HANDLER_SLOT;
    }
}
