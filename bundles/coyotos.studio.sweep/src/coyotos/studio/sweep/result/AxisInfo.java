package coyotos.studio.sweep.result;

import coyotos.studio.sweep.Axis;
import coyotos.studio.sweep.AxisValues;
import java.util.List;

/** An axis as results carry it: its name, kind keyword and values (ranges expanded). */
public record AxisInfo(String name, String kind, List<String> values) {

    public AxisInfo {
        values = List.copyOf(values);
    }

    public static AxisInfo of(Axis a) {
        return new AxisInfo(a.name(), a.kind().keyword(), a.values());
    }

    /** Numeric axes are drawn on a numeric scale, the others as categories in their written order. */
    public boolean numeric() {
        return AxisValues.numeric(values);
    }
}
