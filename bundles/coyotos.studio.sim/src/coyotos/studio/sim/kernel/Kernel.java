package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Endpoint;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.SpaceBank;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.HardwarePageTables;
import coyotos.studio.sim.machine.VariantRules;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.memory.GptWalk;
import coyotos.studio.sim.memory.MemoryStore;
import coyotos.studio.sim.memory.ObjectIndex;
import coyotos.studio.sim.result.EventSink;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunInfo;
import coyotos.studio.sim.result.Termination;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated kernel: objects built from a {@link SystemImage}, one CPU, and the step function the run loop
 * drives. Every process, the space banks included (a bank is a user process), runs when the scheduler dispatches
 * it; every hand-off goes through dispatch, charged as the run's {@link KernelVariant} does it. Not thread-safe;
 * one instance per run. See {@code coyotos.studio.sim.run.Simulation} for the public entry point.
 */
public final class Kernel {
    final SystemImage image;
    final CostProfile cost;
    final KernelVariant variant;
    final ObjectIndex index;
    final MemoryStore store;
    final CostMeter meter;
    final EventBus bus;
    final Machine machine;
    final MemoryAccess memory;
    final GptWalk walk;
    final FaultStats faults = new FaultStats();
    final KernelProcess[] procs;
    final int[] endpointRecipient;
    final long[] endpointIds;
    final boolean[] endpointPm;
    final long[] endpointPayload;
    final List<HardwarePageTables> spaces = new ArrayList<>();
    /** Process index of each space bank. */
    private final int[] bankProcess;
    /** Where messages are put together before a receiver copies them. */
    final Message scratch = new Message();
    /** Spaces by the value of their capability: a hash lookup, so building n processes stays O(n). */
    private final Map<SpaceKey, HardwarePageTables> spaceByCap = new HashMap<>();
    final HandlerActions actions;
    final FaultDelivery delivery;
    final ActivationDelivery activations;
    final ServerLoop servers;
    final Ipc ipc;
    final Scheduler scheduler;
    final Interpreter interpreter;
    /** The instruction-level path, when some process runs machine code; else null. */
    final ProgramExecution programs;
    /**
     * Which places the run followed spec 0.6 instead of the 2007 code, by {@link SpecReading} ordinal (an array:
     * the debugger's checkpoints copy only lists, maps, arrays and the simulator's own classes).
     */
    final boolean[] specReadings = new boolean[SpecReading.values().length];

    /** Notes that the run took {@code r}'s path; the run's what-ifs list it. */
    void followSpec(SpecReading r) {
        specReadings[r.ordinal()] = true;
    }
    KernelProcess cur;
    private int lastRun = -1;
    private RunBudget budget = RunBudget.UNLIMITED;
    /** The process whose work was spent last (whoever was working when a limit stopped the run), or -1. */
    int working = -1;

    public Kernel(SystemImage image, CostProfile cost, EventSink sink) {
        this.image = image;
        this.cost = cost;
        this.variant = image.setup().kernel();
        VariantRules rules = VariantRules.of(variant, cost);
        this.index = new ObjectIndex(image);
        this.store = new MemoryStore(image, index);
        int n = image.processes().size();
        int banks = image.banks().size();
        this.meter = new CostMeter(n + banks);
        this.bus = new EventBus(sink, meter);
        this.machine = new Machine(rules, meter, bus);
        this.walk = new GptWalk(store, rules.nx(), MemoryAccess.KERNEL_BASE);
        this.memory = new MemoryAccess(meter, bus, machine, walk);
        List<Endpoint> eps = image.endpoints();
        endpointRecipient = new int[eps.size()];
        endpointIds = new long[eps.size()];
        endpointPm = new boolean[eps.size()];
        endpointPayload = new long[eps.size()];
        for (int i = 0; i < eps.size(); i++) {
            endpointRecipient[i] = index.index(CapType.PROCESS, eps.get(i).recipient());
            endpointIds[i] = eps.get(i).endpointId();
            endpointPm[i] = eps.get(i).pm();
            endpointPayload[i] = eps.get(i).protectedPayload();
        }
        procs = new KernelProcess[n + banks];
        for (int i = 0; i < n; i++) {
            procs[i] = createProcess(i, image.processes().get(i));
        }
        bankProcess = new int[banks];
        for (int b = 0; b < banks; b++) {
            procs[n + b] = createBank(n + b, b, image.banks().get(b));
            bankProcess[b] = n + b;
        }
        markFaultHandlers();
        actions = new HandlerActions(this, image.banks().stream().mapToLong(SpaceBank::limitObjects).toArray());
        delivery = new FaultDelivery(this);
        activations = new ActivationDelivery(this);
        servers = new ServerLoop(this);
        ipc = new Ipc(this);
        scheduler = new Scheduler(procs.length, image.setup().quantumCycles());
        interpreter = new Interpreter(this);
        programs = image.processes().stream().anyMatch(ProcessSpec::runsProgram) ? new ProgramExecution(this) : null;
    }

    private KernelProcess createProcess(int i, ProcessSpec spec) {
        Cap space = index.resolve(spec.addressSpace());
        Cap[] regs = new Cap[ProcessSpec.CAP_REGISTERS];
        for (int r = 0; r < regs.length; r++) {
            regs[r] = index.resolve(spec.capRegisters().get(r));
        }
        KernelProcess p = new KernelProcess(i, spec, space, index.resolve(spec.handler()), regs, spaceFor(space),
                image.setup().seed(), -1);
        FaultAction a = spec.server() != null ? spec.server().onFault()
                : spec.activation() != null ? spec.activation().action() : null;
        if (a != null && a.kind() == FaultAction.Kind.MAP_FRESH_PAGE) {
            p.actionGpt = a.gpt() == null ? -1 : index.index(CapType.GPT, a.gpt());
            p.actionBank = index.index(CapType.SPACE_BANK, a.bank());
        }
        return p;
    }

    /** A space bank: a user process in a space of its own (one page holding its code and data). */
    private KernelProcess createBank(int i, int bank, SpaceBank b) {
        Cap space = new Cap(CapType.PAGE, store.newPage(), 0, 0, 64, 0);
        Cap[] regs = new Cap[ProcessSpec.CAP_REGISTERS];
        Arrays.fill(regs, Cap.NULL);
        ProcessSpec spec = ProcessSpec.builder(b.id()).name(b.processName()).build();
        return new KernelProcess(i, spec, space, Cap.NULL, regs, spaceFor(space), image.setup().seed(), bank);
    }

    /** Equal space capabilities share hardware page tables and a PCID. */
    private HardwarePageTables spaceFor(Cap space) {
        return spaceByCap.computeIfAbsent(new SpaceKey(space.type, space.target, space.restr, space.match, space.l2g),
                key -> {
                    int id = spaces.size();
                    HardwarePageTables hw = new HardwarePageTables(id, id % 4093 + 1, machine.rules.pageTableLevels());
                    spaces.add(hw);
                    return hw;
                });
    }

    /** The fields of {@link Cap#sameValue}: what makes two space capabilities name one address space. */
    private record SpaceKey(CapType type, int target, int restr, long match, int l2g) {
    }

    /** The limits this kernel's work is checked against (unlimited until a run sets them). */
    public void budget(RunBudget b) {
        this.budget = b;
    }

    RunBudget budget() {
        return budget;
    }

    /** One unit of work by {@code p} (a step, or one reference inside a long step); throws at a limit. */
    void spend(KernelProcess p) {
        p.work++;
        working = p.index;
        budget.spend(meter.now, bus.events);
    }

    private void markFaultHandlers() {
        for (KernelProcess p : procs) {
            if (p.handler.type == CapType.ENTRY && recipientOf(p.handler) != null) {
                recipientOf(p.handler).faultHandler = true;
            }
        }
        for (int g = 0; g < store.gptCount(); g++) {
            Cap h = store.slot(g, Gpt.HANDLER_SLOT);
            if (store.ha(g) && h.type == CapType.ENTRY && recipientOf(h) != null) {
                recipientOf(h).faultHandler = true;
            }
        }
    }

    /**
     * Drops the CPU's decoded code, a cache of the pages' bytes: a debugger that put the kernel's state back to a
     * checkpoint calls it, as the blocks decoded since may come from bytes that are no longer there.
     */
    public void dropDecodedCode() {
        if (programs != null) {
            programs.cpu.flushDecodedCode();
        }
    }

    /**
     * Lets a debugger watch programs instruction by instruction ({@link InstructionWatch}); set before
     * {@link #start()}, once. A kernel without programs has nothing to watch.
     */
    public void watchInstructions(InstructionWatch w) {
        if (programs != null) {
            programs.watch = w;
        }
    }

    /**
     * Announces the run and puts processes in their initial states. Servers and banks wait to receive; every
     * process with a workload is ready, whatever its space or schedule slot holds: the 2007 kernel never raises
     * NoAddrSpace or NoSchedule (a process without a space faults on its first reference, and the one ready queue
     * ignores the schedule). A fault code other than Startup is delivered on first dispatch (pi_Faulted).
     */
    public void start() {
        bus.sink().begin(info());
        for (KernelProcess p : procs) {
            if (p.bank >= 0 || p.isServer()) {
                setState(p, ProcessState.RECEIVING);
            } else if (!p.hasWorkload()) {
                setState(p, ProcessState.DONE);
            } else {
                p.faultPending = p.faultCode != FaultCode.STARTUP.code() && p.faultCode != 0;
                setState(p, ProcessState.READY);
                scheduler.enqueue(p.index);
            }
        }
    }

    public RunInfo info() {
        return new RunInfo(image.name(), cost.name(), variant.id(), image.setup().seed(),
                Arrays.stream(procs).map(p -> p.id).toList(), Arrays.stream(procs).map(p -> p.name).toList());
    }

    /** Runs one step of the current process (dispatching one first); false when nothing can run. */
    public boolean step() {
        KernelProcess p = cur;
        if (p == null) {
            int next = scheduler.next();
            if (next < 0) {
                return false;
            }
            dispatch(procs[next]);
            p = cur;
            if (p == null) {
                return true;
            }
        }
        if (p.runsProgram()) {
            // A program's activation handler is its own code: it runs on the CPU as the rest does.
            programs.step(p);
        } else {
            interpreter.step(p);
        }
        spend(p);
        if (cur != null && scheduler.expired(meter.now)) {
            preempt(cur);
        }
        return true;
    }

    /**
     * {@code proc_dispatch_current}: the pick from the ready queue, the map load, then either the delivery of a
     * pending fault (which may hand the CPU on at once) or the return to user mode.
     */
    private void dispatch(KernelProcess p) {
        handOff(p);
        cur = p;
        scheduler.sliceStart = meter.now;
        if (p.faultCode == FaultCode.STARTUP.code()) {
            // Startup is not a real fault: the kernel sets up the registers and clears it (kern_Process.c:218-230).
            if (p.regs != null) {
                p.regs.startAt(p.faultInfo);
            }
            p.faultCode = 0;
            p.faultInfo = 0;
        }
        if (p.faultPending) {
            delivery.deliverProcessFault(p);
            return;
        }
        if (p.resolvedOnDispatch) {
            delivery.resolved(p, p.lastHandler, p.pendingFault.va);
        }
        machine.exit(p);
        setState(p, p.runningState());
    }

    /** The scheduling path and the map load of a dispatch, charged to the process that gets the CPU. */
    void handOff(KernelProcess p) {
        meter.charge(p.index, CostMeter.KERNEL, cost.schedulePathCycles());
        machine.loadMap(p);
        bus.emit(EventType.CONTEXT_SWITCH, p.index, lastRun, 0, 0);
        lastRun = p.index;
    }

    /**
     * The current process leaves the CPU (sched_abandon_transaction). A process that is not on the CPU (a receiver
     * whose buffer faulted during a send) has nothing to leave.
     */
    void abandon(KernelProcess p) {
        if (cur == p) {
            machine.abandon(p);
            cur = null;
        }
    }

    /** Timer interrupt at the end of the quantum: to the back of the ready queue. */
    private void preempt(KernelProcess p) {
        machine.enter(p, true);
        setState(p, ProcessState.READY);
        scheduler.enqueue(p.index);
        abandon(p);
    }

    void yield(KernelProcess p) {
        machine.enter(p, false);
        if (!yieldInKernel(p)) {
            machine.exit(p);
        }
    }

    /**
     * The Yield system call once in the kernel (spec §6 "Yield [syscall]": the process goes to the back of the
     * ready queue); true when it left the CPU, false when nothing else is ready and it goes on.
     */
    boolean yieldInKernel(KernelProcess p) {
        if (!scheduler.othersReady()) {
            return false;
        }
        setState(p, ProcessState.READY);
        scheduler.enqueue(p.index);
        abandon(p);
        return true;
    }

    void finished(KernelProcess p) {
        machine.enter(p, false);
        setState(p, ProcessState.DONE);
        abandon(p);
    }

    /** A message for server {@code s}: it starts its per-message work when dispatched. */
    void deliver(KernelProcess s, Message m, boolean front) {
        s.inbox.copyFrom(m);
        s.main.restart();
        s.messagesReceived++;
        makeReady(s, front);
    }

    /** To the ready queue: the front when the current process donates its slice, else the back. */
    void makeReady(KernelProcess p, boolean front) {
        setState(p, ProcessState.READY);
        if (front) {
            scheduler.enqueueFront(p.index);
        } else {
            scheduler.enqueue(p.index);
        }
    }

    /** {@code p} waits until {@code h} receives; it then retries (the kernel restarts its transaction). */
    void waitFor(KernelProcess p, KernelProcess h, ProcessState waiting) {
        p.waitingOn = h.index;
        setState(p, waiting);
        abandon(p);
    }

    /** Server {@code s} enters its receive wait; processes waiting for it are woken to retry. */
    void receiveAgain(KernelProcess s) {
        setState(s, ProcessState.RECEIVING);
        abandon(s);
        for (KernelProcess q : procs) {
            if (q.waitingOn == s.index) {
                q.waitingOn = -1;
                makeReady(q, false);
            }
        }
    }

    void setState(KernelProcess p, ProcessState s) {
        if (p.state != s) {
            p.state = s;
            bus.emit(EventType.STATE_CHANGE, p.index, -1, s.ordinal(), 0);
        }
    }

    KernelProcess recipientOf(Cap entry) {
        if (entry.target < 0 || entry.target >= endpointRecipient.length) {
            return null;
        }
        int r = endpointRecipient[entry.target];
        return r < 0 ? null : procs[r];
    }

    long endpointId(Cap entry) {
        return endpointIds[entry.target];
    }

    KernelProcess bankProcess(int bank) {
        return procs[bankProcess[bank]];
    }

    /**
     * Why nothing can run: some process waits forever (STALLED), else some halted on a fault nobody resolved
     * (HALTED), else every workload process finished (COMPLETED).
     */
    public Termination idleTermination() {
        boolean halted = false;
        for (KernelProcess p : procs) {
            if (p.state == ProcessState.FAULTED || p.state == ProcessState.BLOCKED_SEND
                    || (!p.isServer() && p.bank < 0 && p.state == ProcessState.RECEIVING && !idleProgram(p))) {
                return Termination.STALLED;
            }
            halted |= p.state == ProcessState.HALTED;
        }
        return halted ? Termination.HALTED : Termination.COMPLETED;
    }

    /**
     * A program waiting to receive on no particular endpoint (an open wait) is idle, as a server is: that is how a
     * Coyotos program that has nothing left to do waits. One in a closed wait expects a particular answer.
     */
    static boolean idleProgram(KernelProcess p) {
        return p.regs != null && p.state == ProcessState.RECEIVING
                && (p.regs.reg(coyotos.studio.x86.cpu.CpuState.EAX) & ControlWord.CW) == 0;
    }

    /** Marks the end of a run that stopped early. */
    public void stop(Termination t) {
        bus.emit(EventType.LIMIT, cur == null ? -1 : cur.index, -1, meter.now, t.ordinal());
    }

    public long now() {
        return meter.now;
    }

    public long events() {
        return bus.events;
    }

    public CostProfile profile() {
        return cost;
    }

    public KernelVariant variant() {
        return variant;
    }
}
