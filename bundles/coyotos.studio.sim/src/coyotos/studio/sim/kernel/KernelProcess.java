package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.ActivationConfig;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.ServerBehavior;
import coyotos.studio.sim.machine.HardwarePageTables;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.TranslationResult;
import coyotos.studio.sim.result.ProcessState;

/** The kernel's mutable view of one process during a run (spec §3.1 "State of a Process"). */
final class KernelProcess {
    final int index;
    final String id;
    final String name;
    final Cap space;
    /** The handler slot: a handler holding the process capability may replace it (Process.idl setSlot). */
    Cap handler;
    final Cap[] capRegs;
    final HardwarePageTables hw;
    /** A receive-loop process (a fault handler, a memory handler, an IPC server), or null. */
    final ServerBehavior server;
    /** The space bank this process is, or -1 (the bank is a user process, not a kernel object). */
    final int bank;
    final ActivationConfig activation;
    /** The workload, or a server's per-message work. */
    final Cursor main;
    /** The activation handler's upcall (what-if), or null. */
    final Cursor act;
    /** The message a server is working on. */
    final Message inbox = new Message();
    /** The registers of a process that runs machine code; null for a workload process. */
    final ProcessRegisters regs;
    /** Between a kernel entry and the return to user mode (set by {@link Machine#enter}, cleared by exit). */
    boolean inKernel;
    /** True when some handler slot or memory-handler slot names an endpoint this process receives on. */
    boolean faultHandler;
    /** GPT and bank indices named by this process's MAP_FRESH_PAGE action (server or activation), or -1. */
    int actionGpt = -1;
    int actionBank = -1;

    ProcessState state = ProcessState.READY;
    /** Entered the kernel through an exception or interrupt (leaves through IRET whatever the variant). */
    boolean enteredByTrap = true;

    // fault state (spec §3.1.1: faultCode / faultInfo; kern_Process.c pi_Faulted)
    int faultCode;
    long faultInfo;
    /** The kernel must deliver faultCode to the handler when it next dispatches this process (pi_Faulted). */
    boolean faultPending;
    /** A handler resumed it with its fault cancelled: the fault counts as resolved when it runs again. */
    boolean resolvedOnDispatch;
    long faultRaisedAt;
    final TranslationResult pendingFault = new TranslationResult();
    /** Waiting for this process to receive (a fault upcall or a send that found it busy), or -1. */
    int waitingOn = -1;

    // activation handler (what-if)
    boolean activated;
    int actCode;
    long actInfo;
    final TranslationResult actWalk = new TranslationResult();

    long faultsRaised;
    long repeatFaults;
    int lastHandler = -1;
    long messagesReceived;
    long random;
    /** Units of work this process spent: its steps and the references of its long steps (see RunBudget). */
    long work;

    KernelProcess(int index, ProcessSpec spec, Cap space, Cap handler, Cap[] capRegs, HardwarePageTables hw,
            long seed, int bank) {
        this.index = index;
        this.id = spec.id();
        this.name = spec.name();
        this.space = space;
        this.handler = handler;
        this.capRegs = capRegs;
        this.hw = hw;
        this.server = spec.server();
        this.bank = bank;
        this.activation = spec.activation();
        this.main = new Cursor(server != null ? Program.server(server) : Program.compile(spec.workload()));
        this.regs = spec.program() == null ? null : new ProcessRegisters(spec.program());
        this.act = activation == null ? null : new Cursor(Program.activation(activation));
        this.faultCode = spec.initialFaultCode();
        this.faultInfo = spec.initialPc();
        long r = seed ^ (0x9E3779B97F4A7C15L * (index + 1));
        this.random = r == 0 ? 1 : r;
    }

    boolean isServer() {
        return server != null;
    }

    boolean hasWorkload() {
        return server == null && bank < 0 && (regs != null || main.program.length > 1);
    }

    /** Runs machine code (rather than a workload). */
    boolean runsProgram() {
        return regs != null;
    }

    /** The program running now: the activation handler's while activated. */
    Cursor cursor() {
        return activated ? act : main;
    }

    /** The state a running process shows: a process in its activation handler has a state of its own. */
    ProcessState runningState() {
        return activated ? ProcessState.IN_ACTIVATION : ProcessState.RUNNING;
    }

    /** Cost category of this process's own user work now: handler work is HANDLER, the rest USER. */
    int userCategory() {
        if (activated || (server != null && inbox.kind == Message.FAULT)) {
            return CostMeter.HANDLER;
        }
        return CostMeter.USER;
    }

    /** xorshift64: deterministic per process and seed. */
    long nextRandom() {
        long x = random;
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        random = x;
        return x;
    }
}
