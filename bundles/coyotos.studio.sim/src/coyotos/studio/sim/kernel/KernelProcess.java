package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.ActivationConfig;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.ServerBehavior;
import coyotos.studio.sim.machine.HardwarePageTables;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.TranslationResult;
import coyotos.studio.sim.result.ProcessState;

/** The kernel's mutable view of one process during a run (spec §3 "Processes"). */
final class KernelProcess {
    final int index;
    final String id;
    final String name;
    final Cap space;
    final Cap handler;
    final Cap[] capRegs;
    final HardwarePageTables hw;
    final ServerBehavior server;
    final ActivationConfig activation;
    final Program program;
    /** True when some handler slot or memory-handler slot names an endpoint this process receives on. */
    boolean faultHandler;
    /** GPT and bank indices named by this process's MAP_FRESH_PAGE action (server or activation), or -1. */
    int actionGpt = -1;
    int actionBank = -1;
    /** Address drawn by a RandomTouch step, kept until the reference succeeds so a retry repeats it. */
    long pendingVa = -1;

    ProcessState state = ProcessState.READY;

    // interpreter state
    int pc;
    long offset;
    long remaining;
    final long[] loopCounters;
    int loopDepth;
    final long[] streamCursor;
    long random;

    // fault state (spec §3.3: faultCode / faultInfo)
    int faultCode;
    long faultInfo;
    long faultRaisedAt;
    final TranslationResult pendingFault = new TranslationResult();
    boolean inActivation;
    long faultsRaised;
    long repeatFaults;
    int lastHandler = -1;
    long messagesReceived;
    /** Units of work this process spent: its steps and the references of its long steps (see RunBudget). */
    long work;

    KernelProcess(int index, ProcessSpec spec, Cap space, Cap handler, Cap[] capRegs, HardwarePageTables hw,
            long seed) {
        this.index = index;
        this.id = spec.id();
        this.name = spec.name();
        this.space = space;
        this.handler = handler;
        this.capRegs = capRegs;
        this.hw = hw;
        this.server = spec.server();
        this.activation = spec.activation();
        this.program = Program.compile(spec.workload());
        this.loopCounters = new long[program.maxLoopDepth + 1];
        this.streamCursor = new long[program.length];
        this.faultCode = spec.initialFaultCode();
        this.faultInfo = spec.initialPc();
        long r = seed ^ (0x9E3779B97F4A7C15L * (index + 1));
        this.random = r == 0 ? 1 : r;
    }

    boolean hasWorkload() {
        return program.length > 1;
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
