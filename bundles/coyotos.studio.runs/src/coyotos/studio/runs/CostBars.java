package coyotos.studio.runs;

import java.util.List;
import java.util.Locale;

import coyotos.studio.sim.result.CostCategory;

/**
 * What the Cost Breakdown view draws: stacked bars of cycles per cost category, either one bar for the whole
 * system ("all") and one per process of a run, or one bar per run. The chart only draws the series and maps
 * a clicked bar back through {@link #processOf(int)}.
 */
public final class CostBars {

    /** The label of the whole-system bar of a per-process chart. */
    public static final String ALL = "all";

    private final String title;
    private final String axisTitle;
    private final List<String> labels;
    /** {@code cycles[category ordinal][bar]} */
    private final double[][] cycles;
    private final int selected;

    private CostBars(String title, String axisTitle, List<String> labels, double[][] cycles, int selected) {
        this.title = title;
        this.axisTitle = axisTitle;
        this.labels = List.copyOf(labels);
        this.cycles = cycles;
        this.selected = selected;
    }

    /**
     * Bar "all", then one bar per process of the run (named as {@link RunRecord.ProcessCosts#displayName()});
     * the bar of {@code processFilter} is selected, "all" when it is -1 or names no process.
     */
    public static CostBars perProcess(RunRecord run, int processFilter) {
        List<RunRecord.ProcessCosts> processes = run.processes();
        String[] labels = new String[processes.size() + 1];
        double[][] cycles = new double[CostCategory.COUNT][labels.length];
        labels[0] = ALL;
        for (CostCategory c : CostCategory.values()) {
            cycles[c.ordinal()][0] = run.category(c);
        }
        for (int i = 0; i < processes.size(); i++) {
            labels[i + 1] = processes.get(i).displayName();
            for (CostCategory c : CostCategory.values()) {
                cycles[c.ordinal()][i + 1] = processes.get(i).category(c);
            }
        }
        int selected = processFilter >= 0 && processFilter < processes.size() ? processFilter + 1 : 0;
        return new CostBars(run.label(), "Process", List.of(labels), cycles, selected);
    }

    /** The process index of a bar of {@link #perProcess}: -1 for "all" (every process). */
    public static int processOf(int bar) {
        return bar - 1;
    }

    /** One bar per run, labelled with the run's label; {@code selected} is the index of the selected run or -1. */
    public static CostBars perRun(List<RunRecord> runs, int selected) {
        String[] labels = new String[runs.size()];
        double[][] cycles = new double[CostCategory.COUNT][runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            labels[i] = runs.get(i).label();
            for (CostCategory c : CostCategory.values()) {
                cycles[c.ordinal()][i] = runs.get(i).category(c);
            }
        }
        return new CostBars("All runs (" + runs.size() + ")", "Run", List.of(labels), cycles,
                selected >= 0 && selected < runs.size() ? selected : -1);
    }

    public String title() {
        return title;
    }

    public String axisTitle() {
        return axisTitle;
    }

    public List<String> labels() {
        return labels;
    }

    public int size() {
        return labels.size();
    }

    /** The bar to outline, or -1. */
    public int selected() {
        return selected;
    }

    /** One category's cycles in every bar, in bar order: a series of the stacked chart. */
    public double[] series(CostCategory c) {
        return cycles[c.ordinal()].clone();
    }

    public double cycles(CostCategory c, int bar) {
        return cycles[c.ordinal()][bar];
    }

    /** The height of a stacked bar. */
    public double total(int bar) {
        double total = 0;
        for (double[] perCategory : cycles) {
            total += perCategory[bar];
        }
        return total;
    }

    /** The tallest stack, so the y axis can fit it (the chart's own range sees single series only). */
    public double tallest() {
        double tallest = 0;
        for (int bar = 0; bar < size(); bar++) {
            tallest = Math.max(tallest, total(bar));
        }
        return tallest;
    }

    /** Tooltip: the bar's total and each non-empty category with its share, in category (legend) order. */
    public String describe(int bar) {
        double total = total(bar);
        StringBuilder text = new StringBuilder(labels.get(bar)).append(" \u2014 ").append(CycleFormat.count(total))
                .append(" cycles");
        for (CostCategory c : CostCategory.values()) {
            double v = cycles(c, bar);
            if (v > 0) {
                text.append(String.format(Locale.ROOT, "\n%-22s %14s  %5.1f%%", c.label(), CycleFormat.count(v),
                        100 * v / total));
            }
        }
        return text.toString();
    }
}
