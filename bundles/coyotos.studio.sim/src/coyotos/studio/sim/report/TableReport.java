package coyotos.studio.sim.report;

import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.FaultCounts;
import coyotos.studio.sim.result.LatencyHistogram;
import coyotos.studio.sim.result.MemoryKind;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.RunResult;

/**
 * A plain-text table for terminals and logs. It says first how the run ended; every text that comes from the
 * model (image, profile and process names, the diagnosis that quotes them) is printed through
 * {@link TerminalText}, so a name cannot send escape sequences to the terminal.
 */
public final class TableReport {
    private TableReport() {
    }

    public static String render(RunResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("image %s  profile %s%s  kernel %s  seed %d  %s%n", TerminalText.escape(r.image()),
                TerminalText.escape(r.profile()), hypothetical(r.profile()) ? " (hypothetical port)" : "", r.kernel(),
                r.seed(), r.termination()));
        if (!r.whatIfs().isEmpty()) {
            sb.append("what-if (not Coyotos 0.6, not the 2007 kernel): ")
                    .append(TerminalText.escape(String.join("; ", r.whatIfs()))).append('\n');
        }
        sb.append("ended: ").append(r.termination()).append(" (").append(r.termination().phrase()).append(")\n");
        if (r.diagnosis() != null && !"completed".equals(r.diagnosis())) {
            sb.append("diagnosis: ").append(TerminalText.escape(r.diagnosis())).append('\n');
        }
        sb.append(String.format("total cycles %,d   events %,d   digest %s%n%n", r.totalCycles(), r.events(), r.digestHex()));
        sb.append(String.format("%-22s %16s %7s %12s%n", "category", "cycles", "share", "per fault"));
        for (CostCategory c : CostCategory.values()) {
            sb.append(String.format("%-22s %,16d %6.1f%% %12.1f%n", c, r.categories().get(c),
                    100 * r.categories().share(c), r.perFault(c)));
        }
        sb.append(String.format("%n%-16s %-10s %16s %10s%n", "process", "state", "cycles", "faults"));
        for (ProcessResult p : r.processes()) {
            sb.append(String.format("%-16s %-10s %,16d %,10d%n", TerminalText.escape(p.name()), p.finalState(),
                    p.categories().total(),
                    p.faultsRaised()));
        }
        FaultCounts f = r.faults();
        LatencyHistogram h = r.faultLatency();
        sb.append(String.format("%nfaults raised %,d delivered %,d resolved %,d fatal %,d escalated %,d%n", f.raised(),
                f.delivered(), f.resolved(), f.fatal(), f.escalated()));
        sb.append(String.format("fault latency cycles: min %d p50 %d p90 %d p99 %d max %d mean %.1f%n", h.min(),
                h.percentile(50), h.percentile(90), h.percentile(99), h.max(), h.mean()));
        sb.append("memory bytes:");
        for (MemoryKind k : MemoryKind.values()) {
            sb.append(String.format(" %s %,d", k, r.memory().get(k)));
        }
        return sb.append('\n').toString();
    }

    private static boolean hypothetical(String profile) {
        CpuProfiles known = CpuProfiles.withBuiltins();
        return known.contains(profile) && known.get(profile).hypothetical();
    }
}
