package coyotos.studio.sweep.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sweep.Fixtures;
import coyotos.studio.sweep.Shard;
import coyotos.studio.sweep.SweepException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Shards: slices of a sweep merge into exactly the unsharded sweep")
class ShardMergeTest {
    static final String[] AXES = { "design=external-own-space,activation", "replicate=1..5" };
    static SweepResult whole;
    static List<SweepResult> slices = new ArrayList<>();

    @BeforeAll
    static void run() throws SweepException {
        whole = Fixtures.sweep("handler-scaling", 2, Shard.ALL, AXES);
        for (int i = 1; i <= 3; i++) {
            // through JSON, as slices come back from other machines
            SweepResult s = Fixtures.sweep("handler-scaling", 1, new Shard(i, 3), AXES);
            slices.add(SweepJson.read(SweepJson.write(s), "slice-" + i + ".json"));
        }
    }

    @Test
    void slicesAreDisjointAndMergeToTheWholeSweep() throws SweepException {
        assertEquals(List.of(4, 3, 3), slices.stream().map(s -> s.points().size()).toList());
        assertEquals("2/3", slices.get(1).info().shard().toString());
        SweepResult merged = SweepMerge.merge(List.of(slices.get(2), slices.get(0), slices.get(1)),
                List.of("c.json", "a.json", "b.json"));
        assertEquals(SweepJson.write(whole), SweepJson.write(merged));
        assertEquals(SweepCsv.write(whole), SweepCsv.write(merged));
    }

    @Test
    void aMissingSliceIsNamed() {
        SweepException e = assertThrows(SweepException.class,
                () -> SweepMerge.merge(List.of(slices.get(0), slices.get(2)), List.of("a.json", "c.json")));
        assertTrue(e.getMessage().contains("hold 7 of the sweep's 10 points") && e.getMessage().contains("shard 2/3"),
                e.getMessage());
    }

    @Test
    void slicesOfAnotherSweepOrModelAreRefused() throws SweepException {
        SweepResult other = Fixtures.sweep("handler-scaling", 1, new Shard(2, 3), "design=external-own-space,activation",
                "replicate=1..6");
        SweepException e = assertThrows(SweepException.class,
                () -> SweepMerge.merge(List.of(slices.get(0), other), List.of("a.json", "x.json")));
        assertTrue(e.getMessage().startsWith("x.json is a slice of another sweep than a.json"), e.getMessage());
        SweepInfo i = slices.get(1).info();
        SweepResult edited = new SweepResult(new SweepInfo(i.model(), i.modelName(), "0000", i.vary(), i.profile(),
                i.kernel(), i.seed(), i.totalPoints(), i.shard()), slices.get(1).axes(), slices.get(1).points(), true);
        e = assertThrows(SweepException.class,
                () -> SweepMerge.merge(List.of(slices.get(0), edited), List.of("a.json", "b.json")));
        assertTrue(e.getMessage().contains("the model files differ"), e.getMessage());
    }

    @Test
    void aCancelledSliceIsRefused() {
        SweepResult s = slices.get(1);
        SweepResult cut = new SweepResult(s.info(), s.axes(), s.points().subList(0, 1), false);
        SweepException e = assertThrows(SweepException.class,
                () -> SweepMerge.merge(List.of(slices.get(0), cut, slices.get(2)), List.of("a.json", "b.json", "c.json")));
        assertTrue(e.getMessage().contains("b.json (shard 2/3) was cancelled"), e.getMessage());
    }

    @Test
    void notASweepFile() {
        SweepException e = assertThrows(SweepException.class, () -> SweepJson.read("{\"profile\": \"p4-2007\"}", "run.json"));
        assertTrue(e.getMessage().contains("run.json is not the JSON of a sweep"), e.getMessage());
        e = assertThrows(SweepException.class, () -> SweepJson.read("index,replicate\n0,1\n", "out.csv"));
        assertTrue(e.getMessage().contains("out.csv"), e.getMessage());
    }
}
