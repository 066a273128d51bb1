package coyotos.studio.runs;

import java.util.ArrayList;
import java.util.Collections;
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
 * written next to the model as JSON ({@link RunRecordJson}) and read back after a restart.
 *
 * @param label      how the views name the run (model name, profile, kernel variant, time)
 * @param kernel     the kernel variant that ran ({@code coyotos-2007}, {@code eros-design}); null for a run saved
 *                   before kernel variants existed
 * @param model      workspace path of the model that ran
 * @param categories cycles per {@link CostCategory#key()}, in category order
 * @param processes  in the simulator's process-index order, so event logs can name them
 * @param faults     totals per {@link FaultKind#key()}
 * @param memory     bytes per {@link MemoryKind} name
 * @param eventsFile file name of the run's event log beside the record, or null when none was kept
 * @param whatIfs    what in the run is a labelled what-if rather than spec 0.6 or the 2007 kernel; null for a run
 *                   saved before what-ifs were recorded
 * @param wallNanos  how long the run took on the host (for MIPS); 0 in a record saved before programs ran
 * @param console    the lines programs printed through KernLog
 * @param faultSites the instruction text of each program fault, by "process index:pc in hex" (the Trace shows it)
 */
public record RunRecord(String label, String model, String profile, String kernel, long seed, long totalCycles,
        Map<String, Long> categories, List<ProcessCosts> processes, Map<String, Long> faults,
        Map<String, Long> memory, String digest, String termination, String diagnosis, long events,
        String eventsFile, List<String> whatIfs, long wallNanos, List<String> console,
        Map<String, String> faultSites) {

    /** One process's share of a run; {@code instructions} it retired running machine code (0 for a workload). */
    public record ProcessCosts(String id, String name, Map<String, Long> categories, String finalState,
            long faultsRaised, long instructions) {

        public ProcessCosts {
            categories = ordered("categories of " + id, categories);
        }

        /** A workload process's costs. */
        public ProcessCosts(String id, String name, Map<String, Long> categories, String finalState,
                long faultsRaised) {
            this(id, name, categories, finalState, faultsRaised, 0);
        }

        public long total() {
            return categories.values().stream().mapToLong(Long::longValue).sum();
        }

        public long category(CostCategory c) {
            return categories.getOrDefault(c.key(), 0L);
        }

        public CategoryCycles cycles() {
            return RunRecord.cycles(categories);
        }

        /** What the views call the process: its name, or its id when the model left the name empty. */
        public String displayName() {
            return name == null || name.isBlank() ? id : name;
        }
    }

    public RunRecord {
        categories = ordered("categories", categories);
        processes = List.copyOf(processes);
        faults = ordered("faults", faults);
        memory = ordered("memory", memory);
        console = console == null ? List.of() : List.copyOf(console);
        faultSites = faultSites == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(faultSites));
    }

    /** A run without programs. */
    public RunRecord(String label, String model, String profile, String kernel, long seed, long totalCycles,
            Map<String, Long> categories, List<ProcessCosts> processes, Map<String, Long> faults,
            Map<String, Long> memory, String digest, String termination, String diagnosis, long events,
            String eventsFile, List<String> whatIfs) {
        this(label, model, profile, kernel, seed, totalCycles, categories, processes, faults, memory, digest,
                termination, diagnosis, events, eventsFile, whatIfs, 0, List.of(), Map.of());
    }

    /** Instructions every program of the run retired. */
    public long instructions() {
        return processes.stream().mapToLong(ProcessCosts::instructions).sum();
    }

    /** Millions of simulated instructions per second of host time; NaN when unknown. */
    public double mips() {
        return wallNanos <= 0 ? Double.NaN : instructions() * 1e3 / wallNanos;
    }

    /** Keeps the order the map was written in (category order), so records print the same every time. */
    private static Map<String, Long> ordered(String what, Map<String, Long> map) {
        if (map == null) {
            throw new IllegalArgumentException(what + " missing");
        }
        map.forEach((key, value) -> {
            if (value == null) {
                throw new IllegalArgumentException(what + " has no number for \"" + key + "\"");
            }
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public static RunRecord of(RunResult result, String label, String model, String eventsFile) {
        List<ProcessCosts> processes = new ArrayList<>();
        for (ProcessResult p : result.processes()) {
            processes.add(new ProcessCosts(p.id(), p.name(), keyed(p.categories()), p.finalState().name(),
                    p.faultsRaised(), p.instructions()));
        }
        Map<String, Long> faults = new LinkedHashMap<>();
        for (FaultKind kind : FaultKind.values()) {
            faults.put(kind.key(), kind.count(result.faults()));
        }
        Map<String, Long> memory = new LinkedHashMap<>();
        for (MemoryKind kind : MemoryKind.values()) {
            memory.put(kind.name(), result.memory().get(kind));
        }
        return new RunRecord(label, model, result.profile(), result.kernel(), result.seed(), result.totalCycles(),
                keyed(result.categories()), processes, faults, memory, result.digestHex(),
                result.termination() == null ? null : result.termination().name(), result.diagnosis(),
                result.events(), eventsFile, result.whatIfs(),
                result.wallNanos(), result.console(), result.faultSites());
    }

    private static Map<String, Long> keyed(CategoryCycles cycles) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (CostCategory c : CostCategory.values()) {
            map.put(c.key(), cycles.get(c));
        }
        return map;
    }

    private static CategoryCycles cycles(Map<String, Long> keyed) {
        long[] cycles = new long[CostCategory.COUNT];
        for (CostCategory c : CostCategory.values()) {
            cycles[c.ordinal()] = keyed.getOrDefault(c.key(), 0L);
        }
        return new CategoryCycles(cycles);
    }

    /** The run's what-ifs; none for a run saved before they were recorded. */
    public List<String> whatIfsOrNone() {
        return whatIfs == null ? List.of() : whatIfs;
    }

    /** The kernel variant as the views show it: a run saved before variants existed says so. */
    public String kernelLabel() {
        return kernel == null ? "(before kernel variants)" : kernel;
    }

    public long category(CostCategory c) {
        return categories.getOrDefault(c.key(), 0L);
    }

    /** Cycles per category of the whole system. */
    public CategoryCycles cycles() {
        return cycles(categories);
    }

    public long fault(FaultKind kind) {
        return faults.getOrDefault(kind.key(), 0L);
    }

    public long memoryTotal() {
        return memory.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Cycles of a category per fault raised; 0 when the run raised none. */
    public double perFault(CostCategory c) {
        return perFault(category(c));
    }

    /** Any count of cycles per fault raised; 0 when the run raised none. */
    public double perFault(long cycles) {
        long raised = fault(FaultKind.RAISED);
        return raised == 0 ? 0 : (double) cycles / raised;
    }

    /** The display names of the processes, in index order. */
    public List<String> processNames() {
        return processes.stream().map(ProcessCosts::displayName).toList();
    }

    /** The display name of the process of an event log's index; "" for none (-1) or an index the run lacks. */
    public String processName(int index) {
        return index < 0 || index >= processes.size() ? "" : processes.get(index).displayName();
    }
}
