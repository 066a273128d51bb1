package coyotos.studio.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coyotos.studio.sim.result.CategoryCycles;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.MemoryKind;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.RunResult;

/**
 * What the views show of one finished run, kept after the simulator's own result objects are gone: it is
 * written next to the model as JSON and read back after a restart.
 *
 * @param label      how the views name the run (model name, profile, kernel variant, time)
 * @param kernel     the kernel variant that ran ({@code coyotos-2007}, {@code eros-design}); null for a run saved
 *                   before kernel variants existed
 * @param model      workspace path of the model that ran
 * @param categories cycles per {@link CostCategory#key()}, in category order
 * @param processes  in the simulator's process-index order, so event logs can name them
 * @param eventsFile file name of the run's event log beside the record, or null when none was kept
 */
public record RunRecord(String label, String model, String profile, String kernel, long seed, long totalCycles,
        Map<String, Long> categories, List<ProcessCosts> processes, Map<String, Long> faults,
        Map<String, Long> memory, String digest, String termination, String diagnosis, long events,
        String eventsFile) {

    /** One process's share of a run. */
    public record ProcessCosts(String id, String name, Map<String, Long> categories, String finalState,
            long faultsRaised) {
        public long total() {
            return categories.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public RunRecord {
        categories = Map.copyOf(categories);
        processes = List.copyOf(processes);
        faults = Map.copyOf(faults);
        memory = Map.copyOf(memory);
    }

    public static RunRecord of(RunResult result, String label, String model, String eventsFile) {
        List<ProcessCosts> processes = new ArrayList<>();
        for (ProcessResult p : result.processes()) {
            processes.add(new ProcessCosts(p.id(), p.name(), cycles(p.categories()), p.finalState().name(),
                    p.faultsRaised()));
        }
        Map<String, Long> faults = new LinkedHashMap<>();
        faults.put("raised", result.faults().raised());
        faults.put("delivered", result.faults().delivered());
        faults.put("resolved", result.faults().resolved());
        faults.put("fatal", result.faults().fatal());
        faults.put("escalated", result.faults().escalated());
        Map<String, Long> memory = new LinkedHashMap<>();
        for (MemoryKind kind : MemoryKind.values()) {
            memory.put(kind.name(), result.memory().get(kind));
        }
        return new RunRecord(label, model, result.profile(), result.kernel(), result.seed(), result.totalCycles(),
                cycles(result.categories()), processes, faults, memory, result.digestHex(),
                result.termination().name(), result.diagnosis(), result.events(), eventsFile);
    }

    static Map<String, Long> cycles(CategoryCycles cycles) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (CostCategory c : CostCategory.values()) {
            map.put(c.key(), cycles.get(c));
        }
        return map;
    }

    /** The kernel variant as the views show it: a run saved before variants existed says so. */
    public String kernelLabel() {
        return kernel == null ? "(before kernel variants)" : kernel;
    }

    public long category(CostCategory c) {
        return categories.getOrDefault(c.key(), 0L);
    }

    public long fault(String kind) {
        return faults.getOrDefault(kind, 0L);
    }

    public long memoryTotal() {
        return memory.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Cycles of a category per fault raised; 0 when the run raised none. */
    public double perFault(CostCategory c) {
        long raised = fault("raised");
        return raised == 0 ? 0 : (double) category(c) / raised;
    }
}
