package coyotos.studio.sweep.result;

/**
 * A sweep result as CSV: one row per point; columns {@code index}, one per axis, {@code termination},
 * {@code digest}, then every {@link Metric} by key. What spreadsheets and plotting scripts read.
 */
public final class SweepCsv {

    private SweepCsv() {
    }

    public static String write(SweepResult r) {
        StringBuilder sb = new StringBuilder("index");
        for (AxisInfo a : r.axes()) {
            sb.append(',').append(field(a.name()));
        }
        sb.append(",termination,digest");
        for (Metric m : Metric.ALL) {
            sb.append(',').append(m.key());
        }
        sb.append('\n');
        for (PointResult p : r.points()) {
            sb.append(p.index());
            for (String v : p.values()) {
                sb.append(',').append(field(v));
            }
            sb.append(',').append(p.termination()).append(',').append(p.digest() == null ? "" : p.digest());
            for (Metric m : Metric.ALL) {
                sb.append(',').append(MetricFormat.plain(m.at(p)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** RFC 4180: quote a field with a comma, quote or line break, doubling its quotes. */
    static String field(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
