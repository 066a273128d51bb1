package coyotos.studio.sweep.result;

import java.util.Locale;

/**
 * Where one series overtakes another: between axis positions {@code xBefore} and {@code xAfter} the difference
 * of the two changes sign; {@code x}/{@code y} is the crossing by linear interpolation (where the chart marks
 * it). {@code above} is the series that is higher after the crossing.
 */
public record Crossover(String above, String below, double xBefore, double xAfter, double x, double y,
        String xBeforeLabel, String xAfterLabel, String axis) {

    /** "activation rises above external-own-space between replicate:app 6 and 7 (crossing at 6.4)". */
    public String describe() {
        String at = xBeforeLabel.equals(xAfterLabel) ? " at " + axis + " " + xBeforeLabel
                : " between " + axis + " " + xBeforeLabel + " and " + xAfterLabel;
        boolean numeric = coyotos.studio.sweep.AxisValues.number(xBeforeLabel) != null;
        String where = !numeric || Math.abs(x - Math.rint(x)) < 1e-9 || !Double.isFinite(x) ? ""
                : String.format(Locale.ROOT, " (crossing at %.2f)", x);
        return above + " rises above " + below + at + where;
    }
}
