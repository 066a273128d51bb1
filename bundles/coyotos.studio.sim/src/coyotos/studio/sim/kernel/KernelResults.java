package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.ActivationConfig;
import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.machine.HardwarePageTables;
import coyotos.studio.sim.machine.ObjectSizes;
import coyotos.studio.sim.result.CategoryCycles;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.MemoryKind;
import coyotos.studio.sim.result.MemoryOverhead;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.ProgramResult;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import coyotos.studio.x86.cpu.CpuState;

/** Builds the public {@link RunResult} from a kernel's final state. */
public final class KernelResults {
    private KernelResults() {
    }

    public static RunResult of(Kernel k, Termination t, long wallNanos) {
        return of(k, t, -1, wallNanos);
    }

    /** {@code limit}: the bound that ended the run, in the unit its termination counts; -1 when none did. */
    public static RunResult of(Kernel k, Termination t, long limit, long wallNanos) {
        return of(k, t, Diagnosis.explain(k, t, limit), wallNanos);
    }

    /**
     * The costs, faults and memory of a run that has not ended (a debugged run, suspended): no termination,
     * {@code state} says where the run stands.
     */
    public static RunResult soFar(Kernel k, String state, long wallNanos) {
        return of(k, null, state, wallNanos);
    }

    private static RunResult of(Kernel k, Termination t, String diagnosis, long wallNanos) {
        List<ProcessResult> procs = new ArrayList<>();
        long[] sum = new long[CostCategory.COUNT];
        for (KernelProcess p : k.procs) {
            long[] c = k.meter.of(p.index);
            for (int i = 0; i < sum.length; i++) {
                sum[i] = CategoryCycles.add(sum[i], c[i]);
            }
            procs.add(new ProcessResult(p.index, p.id, p.name, new CategoryCycles(c), p.state, p.faultsRaised,
                    p.faultCode, p.faultInfo, p.messagesReceived, program(p)));
        }
        return new RunResult(k.image.name(), k.cost.name(), k.variant.id(), k.image.setup().seed(), k.meter.now,
                new CategoryCycles(sum), procs, k.faults.counts(), k.faults.latency, memory(k), k.bus.events,
                k.bus.digest(), t, diagnosis, wallNanos, whatIfs(k),
                k.programs == null ? List.of() : k.programs.console(),
                k.programs == null ? Map.of() : k.programs.faultSites());
    }

    private static ProgramResult program(KernelProcess p) {
        ProcessRegisters r = p.regs;
        if (r == null) {
            return null;
        }
        CpuState c = r.cpu;
        return new ProgramResult(r.image, r.retired(), c.reg(CpuState.EAX), c.reg(CpuState.EBX), c.reg(CpuState.ECX),
                c.reg(CpuState.EDX), c.reg(CpuState.ESI), c.reg(CpuState.EDI), c.reg(CpuState.EBP),
                c.reg(CpuState.ESP), c.eip(), c.eflags());
    }

    /** What in this run is a what-if, said the way every view and report says it. */
    static List<String> whatIfs(Kernel k) {
        List<String> out = new ArrayList<>();
        if (k.variant == KernelVariant.EROS_DESIGN) {
            out.add("kernel variant eros-design (" + k.variant.summary() + ")");
        }
        if (k.cost.hypothetical()) {
            out.add("profile " + k.cost.name() + " (hypothetical port: there was no x86-64 Coyotos)");
        }
        for (KernelProcess p : k.procs) {
            if (p.activation != null) {
                out.add(p.activation.design().label() + " of '" + p.name + "'"
                        + (p.runsProgram() ? ProgramActivation.CONVENTION : ""));
            }
        }
        for (SpecReading r : SpecReading.values()) {
            if (k.specReadings[r.ordinal()]) {
                out.add(r.label());
            }
        }
        return out;
    }

    /**
     * Kernel objects (processes, the space banks' processes included, GPTs handlers allocated, endpoints), page
     * tables of every space that got a PTE, handler stacks (each activation stack; each fault-handler process's
     * stack), data pages.
     */
    static MemoryOverhead memory(Kernel k) {
        Map<MemoryKind, Long> m = new EnumMap<>(MemoryKind.class);
        m.put(MemoryKind.KERNEL_OBJECTS, (long) k.procs.length * ObjectSizes.PROCESS
                + (long) k.store.gptCount() * ObjectSizes.GPT + (long) k.endpointIds.length * ObjectSizes.ENDPOINT);
        long pt = 0;
        for (HardwarePageTables hw : k.spaces) {
            if (hw.mappedPages() > 0) {
                pt += hw.bytes();
            }
        }
        m.put(MemoryKind.HARDWARE_PAGE_TABLES, pt);
        long stacks = 0;
        for (KernelProcess p : k.procs) {
            ActivationConfig a = p.activation;
            if (a != null) {
                stacks += a.stack().length();
            }
            if (p.server != null && p.faultHandler) {
                stacks += p.server.stackBytes();
            }
        }
        m.put(MemoryKind.HANDLER_STACKS, stacks);
        m.put(MemoryKind.DATA_PAGES, ((long) k.store.pageCount() + k.store.capPageCount()) * ObjectSizes.PAGE);
        return new MemoryOverhead(m);
    }
}
