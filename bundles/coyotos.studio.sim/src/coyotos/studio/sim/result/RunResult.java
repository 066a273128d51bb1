package coyotos.studio.sim.result;

import java.util.List;
import java.util.Optional;

/**
 * Everything a run produced. {@code totalCycles} is simulated time; {@code categories} sums the processes'
 * categories. {@code kernel} is the kernel variant's id ({@code coyotos-2007}, {@code eros-design}).
 * {@code diagnosis} explains a run that did not complete, naming the processes involved. {@code whatIfs} names
 * what in this run is a labelled what-if rather than spec 0.6 or the 2007 kernel (an activation handler, the
 * eros-design variant, a hypothetical CPU port).
 */
public record RunResult(String image, String profile, String kernel, long seed, long totalCycles, CategoryCycles categories,
        List<ProcessResult> processes, FaultCounts faults, LatencyHistogram faultLatency, MemoryOverhead memory,
        long events, long digest, Termination termination, String diagnosis, long wallNanos, List<String> whatIfs) {

    public RunResult {
        processes = List.copyOf(processes);
        whatIfs = whatIfs == null ? List.of() : List.copyOf(whatIfs);
    }

    public Optional<ProcessResult> process(String idOrName) {
        return processes.stream().filter(p -> p.id().equals(idOrName) || p.name().equals(idOrName)).findFirst();
    }

    public String digestHex() {
        return Digest.hex(digest);
    }

    /** Simulated events per wall-clock second. */
    public double eventsPerSecond() {
        return wallNanos == 0 ? 0 : events * 1e9 / wallNanos;
    }

    /** Cycles of a category per fault raised (the "per fault" view the reference scenarios use). */
    public double perFault(CostCategory c) {
        return faults.raised() == 0 ? 0 : (double) categories.get(c) / faults.raised();
    }
}
