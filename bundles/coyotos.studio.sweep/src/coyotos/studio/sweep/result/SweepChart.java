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

    /**
     * The chart as differences to series {@code reference} (which becomes the zero line): where curves that grow
     * together cross, their difference changes sign, which a reader sees at once. The crossovers are the same.
     */
    public SweepChart relativeTo(int reference) {
        if (series.size() < 2 || reference < 0 || reference >= series.size()) {
            return this;
        }
        double[] ref = series.get(reference).y();
        List<Series> diff = new java.util.ArrayList<>();
        for (Series s : series) {
            double[] y = new double[s.y().length];
            for (int i = 0; i < y.length; i++) {
                y[i] = s.y()[i] - ref[i];
            }
            diff.add(new Series(s.name(), s.x(), y));
        }
        List<Crossover> shifted = new java.util.ArrayList<>();
        for (Crossover c : crossovers) {
            int below = -1;
            for (int i = 0; i < series.size(); i++) {
                if (series.get(i).name().equals(c.below())) {
                    below = i;
                }
            }
            // on the difference chart a crossing sits where the two differences meet: at the lower one's value
            double y = below < 0 ? 0 : interpolate(diff.get(below), c.x());
            shifted.add(new Crossover(c.above(), c.below(), c.xBefore(), c.xAfter(), c.x(), y, c.xBeforeLabel(),
                    c.xAfterLabel(), c.axis()));
        }
        return new SweepChart(title + ", minus " + series.get(reference).name(), xTitle, yTitle, categoricalX, xLabels,
                diff, shifted);
    }

    private static double interpolate(Series s, double x) {
        double[] xs = s.x();
        for (int i = 0; i + 1 < xs.length; i++) {
            if (x >= xs[i] && x <= xs[i + 1]) {
                double f = xs[i + 1] == xs[i] ? 0 : (x - xs[i]) / (xs[i + 1] - xs[i]);
                return s.y()[i] + f * (s.y()[i + 1] - s.y()[i]);
            }
        }
        return 0;
    }
}
