package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Endpoint;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.HardwarePageTables;
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
import java.util.List;

/**
 * The simulated kernel: objects built from a {@link SystemImage}, one CPU, and the step function the run loop
 * drives. Not thread-safe; one instance per run. See {@code coyotos.studio.sim.run.Simulation} for the
 * public entry point.
 */
public final class Kernel {
    final SystemImage image;
    final CostProfile cost;
    final ObjectIndex index;
    final MemoryStore store;
    final CostMeter meter;
    final EventBus bus;
    final Machine machine;
    final MemoryAccess memory;
    final FaultStats faults = new FaultStats();
    final KernelProcess[] procs;
    final int[] endpointRecipient;
    final long[] endpointIds;
    final List<HardwarePageTables> spaces = new ArrayList<>();
    private final List<Cap> spaceCaps = new ArrayList<>();
    final HandlerActions actions;
    final FaultDelivery delivery;
    final ActivationDelivery activations;
    final Ipc ipc;
    final Scheduler scheduler;
    final Interpreter interpreter;
    KernelProcess cur;
    private int lastRun = -1;

    public Kernel(SystemImage image, CostProfile cost, EventSink sink) {
        this.image = image;
        this.cost = cost;
        this.index = new ObjectIndex(image);
        this.store = new MemoryStore(image, index);
        int n = image.processes().size();
        this.meter = new CostMeter(n);
        this.bus = new EventBus(sink, meter);
        this.machine = new Machine(cost, meter, bus);
        this.memory = new MemoryAccess(cost, meter, bus, machine, new GptWalk(store));
        List<Endpoint> eps = image.endpoints();
        endpointRecipient = new int[eps.size()];
        endpointIds = new long[eps.size()];
        for (int i = 0; i < eps.size(); i++) {
            endpointRecipient[i] = index.index(CapType.PROCESS, eps.get(i).recipient());
            endpointIds[i] = eps.get(i).endpointId();
        }
        procs = new KernelProcess[n];
        for (int i = 0; i < n; i++) {
            procs[i] = createProcess(i, image.processes().get(i));
        }
        markFaultHandlers();
        long[] bankLimits = image.banks().stream().mapToLong(b -> b.limitObjects()).toArray();
        actions = new HandlerActions(cost, machine, store, bankLimits);
        delivery = new FaultDelivery(this);
        activations = new ActivationDelivery(this);
        ipc = new Ipc(this);
        scheduler = new Scheduler(n, image.setup().quantumCycles());
        interpreter = new Interpreter(this);
    }

    private KernelProcess createProcess(int i, ProcessSpec spec) {
        Cap space = index.resolve(spec.addressSpace());
        Cap[] regs = new Cap[ProcessSpec.CAP_REGISTERS];
        for (int r = 0; r < regs.length; r++) {
            regs[r] = index.resolve(spec.capRegisters().get(r));
        }
        KernelProcess p = new KernelProcess(i, spec, space, index.resolve(spec.handler()), regs, spaceFor(space),
                image.setup().seed());
        FaultAction a = spec.server() != null ? spec.server().onFault()
                : spec.activation() != null ? spec.activation().action() : null;
        if (a != null && a.kind() == FaultAction.Kind.MAP_FRESH_PAGE) {
            p.actionGpt = a.gpt() == null ? -1 : index.index(CapType.GPT, a.gpt());
            p.actionBank = index.index(CapType.SPACE_BANK, a.bank());
        }
        return p;
    }

    /** Equal space capabilities share hardware page tables and a PCID. */
    private HardwarePageTables spaceFor(Cap space) {
        for (int i = 0; i < spaces.size(); i++) {
            if (spaceCaps.get(i).sameValue(space)) {
                return spaces.get(i);
            }
        }
        int id = spaces.size();
        HardwarePageTables hw = new HardwarePageTables(id, id % 4094 + 1, cost.pageTableLevels());
        spaces.add(hw);
        spaceCaps.add(space);
        return hw;
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

    /** Announces the run to the sink and puts processes in their initial states. */
    public void start() {
        bus.sink().begin(info());
        for (KernelProcess p : procs) {
            ProcessSpec spec = image.processes().get(p.index);
            boolean runnable = p.server != null || p.hasWorkload();
            if (!runnable) {
                setState(p, ProcessState.DONE);
            } else if (!p.space.type.isMemory()) {
                startFault(p, FaultCode.NO_ADDR_SPACE.code());
            } else if (p.server != null) {
                setState(p, ProcessState.RECEIVING);
            } else if (spec.schedule() == null) {
                startFault(p, FaultCode.NO_SCHEDULE.code());
            } else if (p.faultCode != FaultCode.STARTUP.code() && p.faultCode != 0) {
                startFault(p, p.faultCode);
            } else {
                setState(p, ProcessState.READY);
                scheduler.enqueue(p.index);
            }
        }
    }

    private void startFault(KernelProcess p, int code) {
        p.faultCode = code;
        faults.raised++;
        p.faultsRaised++;
        bus.emit(EventType.FAULT_RAISED, p.index, -1, p.faultInfo, code);
        delivery.fatal(p);
    }

    public RunInfo info() {
        return new RunInfo(image.name(), cost.name(), image.setup().seed(),
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
        }
        interpreter.step(p);
        if (cur != null && scheduler.expired(meter.now)) {
            preempt(cur);
        }
        return true;
    }

    private void dispatch(KernelProcess p) {
        meter.charge(p.index, CostMeter.KERNEL, cost.schedulePathCycles());
        machine.switchTo(p.index, p.hw);
        machine.exit(p.index, true);
        bus.emit(EventType.CONTEXT_SWITCH, p.index, lastRun, 0, 0);
        if (p.faultCode == FaultCode.STARTUP.code()) {
            // §3: a process starts with faultCode Startup and faultInfo = PC; first dispatch clears it.
            p.faultCode = 0;
        }
        setState(p, ProcessState.RUNNING);
        lastRun = p.index;
        cur = p;
        scheduler.sliceStart = meter.now;
    }

    /** Timer interrupt at the end of the quantum. */
    private void preempt(KernelProcess p) {
        machine.enter(p.index, true);
        setState(p, ProcessState.READY);
        scheduler.enqueue(p.index);
        cur = null;
    }

    void yield(KernelProcess p) {
        machine.enter(p.index, false);
        if (!scheduler.othersReady()) {
            machine.exit(p.index, false);
            return;
        }
        setState(p, ProcessState.READY);
        scheduler.enqueue(p.index);
        cur = null;
    }

    void finished(KernelProcess p) {
        machine.enter(p.index, false);
        setState(p, ProcessState.DONE);
        cur = null;
    }

    /** A server's per-message work; false if it faulted (it then halts: servers have no recovery here). */
    boolean serverWork(KernelProcess s, int category) {
        for (Step.Touch t : s.server.perMessage()) {
            int access = t.access().ordinal();
            for (long off = 0; off < t.length(); off += t.stride()) {
                long va = t.start() + off;
                int f = memory.access(s, va, access, category);
                if (f != 0) {
                    delivery.record(s, va, f, memory.result);
                    delivery.fatal(s);
                    return false;
                }
            }
        }
        meter.charge(s.index, category, s.server.computeCycles());
        return true;
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

    /** Why nothing can run: every workload process finished or halted, or some wait forever. */
    public Termination idleTermination() {
        for (KernelProcess p : procs) {
            if (p.state == ProcessState.FAULTED || p.state == ProcessState.BLOCKED_SEND
                    || (p.server == null && p.state == ProcessState.RECEIVING)) {
                return Termination.STALLED;
            }
        }
        return Termination.COMPLETED;
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
}
