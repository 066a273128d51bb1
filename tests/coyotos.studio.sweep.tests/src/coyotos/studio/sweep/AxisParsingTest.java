package coyotos.studio.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Axes: AXIS=VALUES, lists and ranges, the order of points, shards")
class AxisParsingTest {

    @Test
    void listsRangesAndSteps() throws SweepException {
        assertEquals(List.of("1", "2", "4", "8"), AxisValues.parse("a", "1,2,4,8"));
        assertEquals(List.of("1", "2", "3", "4"), AxisValues.parse("a", "1..4"));
        assertEquals(List.of("1", "17", "33", "49"), AxisValues.parse("a", "1..64:16"));
        assertEquals(List.of("0", "5", "6", "7", "100"), AxisValues.parse("a", " 0, 5..7 ,100"));
        assertEquals(List.of("p4-2007", "modern-pcid"), AxisValues.parse("profile", "p4-2007,modern-pcid"));
        assertEquals(64, AxisValues.parse("a", "1..64").size());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "''|has no values",
        "1,,2|empty value",
        "4..1|is empty",
        "1..8:0|must be at least 1",
        "1..x|not a whole number",
        "1,2,1|appears twice",
        "4,4.0|appears twice",
        "1..1000000|more than 100000 values" })
    void badValuesSayWhatIsWrong(String text, String message) {
        SweepException e = assertThrows(SweepException.class, () -> AxisValues.parse("replicate", text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains("replicate"), "names the axis: " + e.getMessage());
    }

    @Test
    void axisKindsAndTargets() throws SweepException {
        Axis r = Axis.parse("replicate:app=1..3");
        assertEquals(AxisKind.REPLICATE, r.kind());
        assertEquals("app", r.target());
        assertEquals("replicate:app", r.name());
        Axis plain = Axis.parse(" replicate = 2,4 ");
        assertEquals("replicate", plain.name());
        assertNull(plain.target());
        Axis d = Axis.parse("design=activation,external-own-space");
        assertEquals(AxisKind.DESIGN, d.kind());
        Axis p = Axis.parse("profile=p4-2007");
        assertEquals(AxisKind.PROFILE, p.kind());
        assertFalse(p.numeric());
        Axis attr = Axis.parse("app/workload/steps.32/count=1..4");
        assertEquals(AxisKind.ATTRIBUTE, attr.kind());
        assertEquals("app/workload/steps.32/count", attr.target());
        assertTrue(attr.numeric());
        assertEquals("app/workload/steps.32/count=1,2,3,4", attr.text());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "replicate|is not an axis",
        "=1,2|is not an axis",
        "speed=1,2|unknown axis 'speed'",
        "profile:app=p4-2007|names no process",
        "replicate:=1|name the process",
        "app//count=1|empty step",
        "/app/count=1|empty step" })
    void badAxes(String text, String message) {
        SweepException e = assertThrows(SweepException.class, () -> Axis.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void pointsAreNumberedWithTheFirstAxisSlowest() throws SweepException {
        SweepSpec s = SweepSpec.parse(List.of("design=a,b", "replicate=1..3"), null, null, null);
        assertEquals(6, s.points());
        assertEquals(List.of("a", "1"), s.values(0));
        assertEquals(List.of("a", "3"), s.values(2));
        assertEquals(List.of("b", "1"), s.values(3));
        assertEquals(List.of("b", "3"), s.values(5));
        assertThrows(IndexOutOfBoundsException.class, () -> s.values(6));
    }

    @Test
    void specConflicts() throws SweepException {
        assertTrue(assertThrows(SweepException.class, () -> SweepSpec.parse(List.of(), null, null, null))
                .getMessage().contains("at least one axis"));
        assertTrue(assertThrows(SweepException.class,
                () -> SweepSpec.parse(List.of("replicate=1,2", "replicate=3"), null, null, null)).getMessage()
                .contains("given twice"));
        assertTrue(assertThrows(SweepException.class,
                () -> SweepSpec.parse(List.of("profile=p4-2007"), "modern-pcid", null, null)).getMessage()
                .contains("keep one"));
        assertEquals(null, SweepSpec.parse(List.of("profile=p4-2007"), " ", "", null).profile(),
                "an empty setting is no setting (the launch tab writes empty strings)");
        assertTrue(assertThrows(SweepException.class, () -> SweepSpec.parse(
                List.of("a/b=1..99999", "c/d=1..99999", "e/f=1..99999", "g/h=1..99999"), null, null, null))
                .getMessage().contains("more points than can be counted"));
    }

    @Test
    void shardsAreDisjointAndCoverEveryPoint() throws SweepException {
        Set<Long> seen = new HashSet<>();
        long total = 29;
        long sizes = 0;
        for (int i = 1; i <= 4; i++) {
            Shard s = Shard.parse(i + "/4");
            sizes += s.size(total);
            for (long p = 0; p < total; p++) {
                if (s.contains(p)) {
                    assertTrue(seen.add(p), "point " + p + " in two shards");
                }
            }
        }
        assertEquals(total, seen.size());
        assertEquals(total, sizes);
        assertEquals(8, Shard.parse("1/4").size(29));
        assertEquals(7, Shard.parse("4/4").size(29));
    }

    @ParameterizedTest(name = "--shard {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "0/4|$((JOB_COMPLETION_INDEX+1))/4",
        "5/4|numbered 1..4",
        "2|needs I/N",
        "a/b|whole numbers",
        "1/0|at least 1" })
    void badShards(String text, String message) {
        SweepException e = assertThrows(SweepException.class, () -> Shard.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
