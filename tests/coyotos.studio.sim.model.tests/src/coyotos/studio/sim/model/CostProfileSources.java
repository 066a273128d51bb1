package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.machine.CostProfile;

/** Test helper: where a profile says a constant comes from. */
final class CostProfileSources {
    private CostProfileSources() {
    }

    static void assertUserSourced(CostProfile p, String constant) {
        String source = p.explain().stream().filter(c -> c.name().equals(constant)).findFirst().orElseThrow().source();
        assertTrue(source.contains("set in the model"), constant + ": " + source);
        String other = p.explain().stream().filter(c -> c.name().equals("tlbWays")).findFirst().orElseThrow().source();
        assertTrue(!other.contains("set in the model"), "untouched constants keep the base's source: " + other);
    }
}
