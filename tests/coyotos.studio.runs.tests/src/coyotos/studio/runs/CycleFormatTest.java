package coyotos.studio.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one cycle formatter: tables print full counts, axes and rulers compact ones. */
class CycleFormatTest {

    @Test
    void countsGroupThousandsAndKeepOneDecimalOfFractions() {
        assertEquals("0", CycleFormat.count(0));
        assertEquals("999", CycleFormat.count(999));
        assertEquals("1,250,000", CycleFormat.count(1_250_000));
        assertEquals("-4,809.9", CycleFormat.count(-4_809.9));
        assertEquals("3,817.5", CycleFormat.count(3_817.5));
        assertEquals("42.5", CycleFormat.count(42.5));
        assertEquals("9,223,372,036,854,775,807", CycleFormat.count(Long.MAX_VALUE));
        assertEquals("-", CycleFormat.count(Double.NaN));
    }

    @Test
    void sharesAndRatios() {
        assertEquals("74.3 %", CycleFormat.percent(401_072.0 / 539_917));
        assertEquals("100.0 %", CycleFormat.percent(1));
        assertEquals("0.0 %", CycleFormat.percent(0));
        assertEquals("-", CycleFormat.percent(Double.NaN));
        assertEquals("0.875×", CycleFormat.ratio(539_917.0 / 616_875));
        assertEquals("1.000×", CycleFormat.ratio(1));
        assertEquals("-", CycleFormat.ratio(Double.NaN));
        assertEquals("-", CycleFormat.ratio(Double.POSITIVE_INFINITY));
    }

    @Test
    void compactFormsFitUnderATick() {
        assertEquals("0", CycleFormat.compact(0));
        assertEquals("950", CycleFormat.compact(950));
        assertEquals("12.5", CycleFormat.compact(12.5));
        assertEquals("1.5k", CycleFormat.compact(1_500));
        assertEquals("550k", CycleFormat.compact(550_000));
        assertEquals("1.25M", CycleFormat.compact(1_250_000));
        assertEquals("2G", CycleFormat.compact(2_000_000_000));
        assertEquals("-3.33k", CycleFormat.compact(-3_333));
        assertEquals("1.25M", CycleFormat.COMPACT.format(1_250_000L), "as a Format, for chart axes");
    }

    /** Ticks 100 cycles apart at 8M print as many decimals as tell them apart. */
    @Test
    void rulerLabelsNeverRepeatAtDeepZoom() {
        assertEquals("8.0801M", CycleFormat.compact(8_080_100, 100));
        assertEquals("8.0802M", CycleFormat.compact(8_080_200, 100));
        assertEquals("100k", CycleFormat.compact(100_000, 100_000));
        assertEquals("150k", CycleFormat.compact(150_000, 50_000));
        assertEquals("1.05k", CycleFormat.compact(1_050, 50));
        assertEquals("5", CycleFormat.compact(5, 1));
    }
}
