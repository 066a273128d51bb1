package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.CpuProfile;
import coyotos.studio.model.SimulationSetup;
import coyotos.studio.model.validation.Finding;
import coyotos.studio.model.validation.ProfileLimits;
import coyotos.studio.model.validation.RuleEngine;
import coyotos.studio.sim.fixtures.PropertyInputs;
import coyotos.studio.sim.machine.CostProfile;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever numbers a custom profile holds, the translation either builds a profile that says exactly those numbers,
 * or refuses it with an error that the validation rules report too. Nothing is cast, wrapped, or thrown.
 */
class ProfileValuesPropertiesTest {
    private static final CoyotosFactory F = CoyotosFactory.eINSTANCE;

    /** Cycle values: the limits' edges, 0 (keep the base profile's), both ends of int and long. */
    private static final long[] VALUE_EDGES = {0, 1, -1, ProfileLimits.MAX_CYCLES, ProfileLimits.MAX_CYCLES + 1,
        Integer.MAX_VALUE, (long) Integer.MAX_VALUE + 1, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
    /** TLB sizes: the limit's edges, 0 (keep the base profile's), both ends of int. */
    private static final int[] ENTRIES_EDGES = {0, 1, -1, (int) ProfileLimits.MAX_TLB_ENTRIES,
        (int) ProfileLimits.MAX_TLB_ENTRIES + 1, Integer.MAX_VALUE, Integer.MIN_VALUE};

    /** A value that is within every limit. */
    private static long small(Random r) {
        return PropertyInputs.between(r, 0, 5_000);
    }

    /** Small (4 in 9), negative (2 in 9), around the limit up to beyond an int (2 in 9), any long (1 in 9). */
    private static long anyValue(Random r) {
        int k = r.nextInt(9);
        return k < 4 ? small(r)
                : k < 6 ? PropertyInputs.between(r, -5_000, -1)
                : k < 8 ? PropertyInputs.between(r, ProfileLimits.MAX_CYCLES - 3, 1L << 33)
                : PropertyInputs.between(r, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Small (4 in 7), slightly negative, around the limit (1 in 7 each), or an end of int (1 in 7). */
    private static int anyEntries(Random r) {
        int k = r.nextInt(7);
        return k < 4 ? (int) small(r)
                : k < 5 ? (int) PropertyInputs.between(r, -10, -1)
                : k < 6 ? (int) PropertyInputs.between(r, 65_530, 70_000)
                : r.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE;
    }

    /**
     * Each edge value in each of the four cycle settings and each edge size as the TLB's, the other settings small
     * (so the edge alone decides); then 400 profiles with every setting drawn.
     */
    static Stream<Arguments> exactOrRefused() {
        Random r = PropertyInputs.random();
        Stream<Arguments> valueEdges = IntStream.range(0, 4).boxed().flatMap(slot -> LongStream.of(VALUE_EDGES).mapToObj(e -> {
            long[] v = {small(r), small(r), small(r), small(r)};
            v[slot] = e;
            return Arguments.of(v[0], v[1], v[2], v[3], (int) small(r));
        }));
        Stream<Arguments> entriesEdges = IntStream.of(ENTRIES_EDGES)
                .mapToObj(e -> Arguments.of(small(r), small(r), small(r), small(r), e));
        Stream<Arguments> drawn = Stream.generate(
                () -> Arguments.of(anyValue(r), anyValue(r), anyValue(r), anyValue(r), anyEntries(r))).limit(400);
        return Stream.of(valueEdges, entriesEdges, drawn).flatMap(s -> s);
    }

    @ParameterizedTest(name = "[{index}] cr3 {0}, refill {1}, ipc {2}, round trip {3}, TLB {4}")
    @MethodSource
    void exactOrRefused(long cr3, long refill, long ipc, long roundTrip, int entries) {
        CoyotosSystem system = F.createCoyotosSystem();
        SimulationSetup setup = F.createSimulationSetup();
        CpuProfile p = F.createCpuProfile();
        p.setName("mine");
        p.setCr3LoadCycles(cr3);
        p.setTlbRefillCycles(refill);
        p.setIpcPathCycles(ipc);
        p.setKernelRoundTripCycles(roundTrip);
        p.setTlbEntries(entries);
        setup.setCustomProfile(p);
        system.setSimulation(setup);
        String profile = "cr3 " + cr3 + ", refill " + refill + ", ipc " + ipc + ", round trip " + roundTrip + ", TLB "
                + entries + ": ";

        Translation t = new SystemTranslator().translate(system);
        boolean inRange = List.of(cr3, refill, ipc, roundTrip).stream().allMatch(v -> v >= 0 && v <= ProfileLimits.MAX_CYCLES)
                && entries >= 0 && entries <= ProfileLimits.MAX_TLB_ENTRIES;
        List<Finding> findings = RuleEngine.INSTANCE.check(system).stream()
                .filter(f -> f.ruleId().startsWith("COY-PROFILE-")).toList();
        if (!inRange) {
            assertNull(t.customProfile(), profile + "an out-of-range profile is not built");
            assertTrue(t.hasErrors(), profile + "the translation says why");
            assertFalse(findings.isEmpty(), profile + "the rules say so too");
            return;
        }
        assertTrue(findings.isEmpty(), profile + findings);
        CostProfile c = t.customProfile();
        assertNotNull(c, profile + t.problems());
        if (cr3 > 0) {
            assertEquals(cr3, c.cr3LoadCycles(), profile + "CR3 load");
        }
        if (refill > 0) {
            assertEquals(refill, c.tlbRefillCycles(), profile + "TLB refill");
        }
        if (ipc > 0) {
            assertEquals(ipc, c.ipcBaseCycles(), profile + "IPC path");
        }
        if (roundTrip > 0) {
            assertEquals(roundTrip, (long) c.syscallEntryCycles() + c.syscallExitCycles(), profile + "kernel round trip");
        }
        if (entries > 0) {
            assertEquals(entries, c.tlbEntries(), profile + "TLB entries");
        }
        assertTrue(c.trapEntryCycles() >= 0 && c.iretCycles() >= 0, profile + "trap entry and iret");
    }
}
