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
import coyotos.studio.sim.machine.CostProfile;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever numbers a custom profile holds, the translation either builds a profile that says exactly those numbers,
 * or refuses it with an error that the validation rules report too. Nothing is cast, wrapped, or thrown.
 */
class ProfileValuesPropertiesTest {
    private static final CoyotosFactory F = CoyotosFactory.eINSTANCE;

    @Provide
    Arbitrary<Long> anyValue() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(0, 5_000)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(-5_000, -1)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(ProfileLimits.MAX_CYCLES - 3, 1L << 33)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs()));
    }

    @Provide
    Arbitrary<Integer> anyEntries() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 5_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-10, -1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(65_530, 70_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Integer.MAX_VALUE, Integer.MIN_VALUE)));
    }

    @Property(tries = 400)
    void exactOrRefused(@ForAll("anyValue") long cr3, @ForAll("anyValue") long refill, @ForAll("anyValue") long ipc,
            @ForAll("anyValue") long roundTrip, @ForAll("anyEntries") int entries) {
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

        Translation t = new SystemTranslator().translate(system);
        boolean inRange = List.of(cr3, refill, ipc, roundTrip).stream().allMatch(v -> v >= 0 && v <= ProfileLimits.MAX_CYCLES)
                && entries >= 0 && entries <= ProfileLimits.MAX_TLB_ENTRIES;
        List<Finding> findings = RuleEngine.INSTANCE.check(system).stream()
                .filter(f -> f.ruleId().startsWith("COY-PROFILE-")).toList();
        if (!inRange) {
            assertNull(t.customProfile(), "an out-of-range profile is not built");
            assertTrue(t.hasErrors());
            assertFalse(findings.isEmpty(), "the rules say so too");
            return;
        }
        assertTrue(findings.isEmpty(), findings.toString());
        CostProfile c = t.customProfile();
        assertNotNull(c, t.problems().toString());
        if (cr3 > 0) {
            assertEquals(cr3, c.cr3LoadCycles());
        }
        if (refill > 0) {
            assertEquals(refill, c.tlbRefillCycles());
        }
        if (ipc > 0) {
            assertEquals(ipc, c.ipcBaseCycles());
        }
        if (roundTrip > 0) {
            assertEquals(roundTrip, (long) c.syscallEntryCycles() + c.syscallExitCycles());
        }
        if (entries > 0) {
            assertEquals(entries, c.tlbEntries());
        }
        assertTrue(c.trapEntryCycles() >= 0 && c.iretCycles() >= 0);
    }
}
