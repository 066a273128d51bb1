package coyotos.studio.sweep.result;

import java.util.List;

/**
 * What a line chart of a sweep shows: one metric against one axis, one series per value of a second axis (or a
 * single series), every other axis held at one value, and the crossovers of the series. A categorical x axis
 * (profiles, designs) puts its values at 0, 1, 2... with {@code xLabels}.
 */
public record SweepChart(String title, String xTitle, String yTitle, boolean categoricalX, List<String> xLabels,
        List<Series> series, List<Crossover> crossovers) {

    /** One line: y is NaN where the point failed or was not run (the line has a gap there). */
    public record Series(String name, double[] x, double[] y) {
    }

    public SweepChart {
        xLabels = List.copyOf(xLabels);
        series = List.copyOf(series);
        crossovers = List.copyOf(crossovers);
    }

    /** The crossovers as sentences, or a sentence saying there are none. */
    public String crossoverText() {
        if (series.size() < 2) {
            return "One series: nothing to cross.";
        }
        if (crossovers.isEmpty()) {
            return "No crossover: the series keep their order over the whole " + xTitle + " range.";
        }
        StringBuilder sb = new StringBuilder();
        for (Crossover c : crossovers) {
            sb.append(sb.length() == 0 ? "" : "\n").append("Crossover: ").append(c.describe()).append('.');
        }
        return sb.toString();
    }
}
