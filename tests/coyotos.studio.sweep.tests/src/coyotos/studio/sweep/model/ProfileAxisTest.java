package coyotos.studio.sweep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sweep.Fixtures;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.SweepSpec;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Profile and kernel axes: what every run shares, per point")
class ProfileAxisTest {
    static final String SEED = "seed-external-own-space";

    @Test
    void eachPointRunsOnItsProfile() throws SweepException {
        SweepModel m = Fixtures.model(SEED, "profile=pentium4,modern-pcid");
        for (long i = 0; i < 2; i++) {
            PointModel p = m.point(i);
            String profile = p.values().get(0);
            assertEquals(profile, p.overrides().profile());
            var swept = ModelSimulation.run(p.system(), p.overrides(), null, null).result();
            var single = ModelSimulation.run(Fixtures.load(SEED), SimulationOverrides.NONE.withProfile(profile), null, null)
                    .result();
            assertEquals(profile, swept.profile());
            assertEquals(single.digestHex(), swept.digestHex());
        }
    }

    @Test
    void sharedSettingsApplyToEveryPoint() throws SweepException {
        SweepModel m = SweepModel.of(Fixtures.load(SEED), SweepSpec.parse(List.of("replicate=1,2"), "modern-pcid", "eros-design", 7L));
        PointModel p = m.point(1);
        assertEquals("modern-pcid", p.overrides().profile());
        assertEquals(7L, p.overrides().seed());
        assertEquals("eros-design", p.overrides().kernel());
    }

    @Test
    void unknownProfilesAreNamedAndAliasesAccepted() throws SweepException {
        SweepException e = assertThrows(SweepException.class, () -> Fixtures.model(SEED, "profile=pentium4,vax-780"));
        assertTrue(e.getMessage().startsWith("axis profile: unknown CPU profile 'vax-780'; known: ")
                && e.getMessage().contains("modern-pcid"), e.getMessage());
        PointModel alias = Fixtures.model(SEED, "profile=p4-2007").point(0);
        assertEquals("pentium4", ModelSimulation.run(alias.system(), alias.overrides(), null, null).result().profile(),
                "the alias saved configurations use runs the profile it stands for");
    }

    /** The kernel axis: each point runs under its variant, as simulate --kernel does (issue 11's variants). */
    @Test
    void eachPointRunsUnderItsKernelVariant() throws SweepException {
        SweepModel m = Fixtures.model(SEED, "kernel=coyotos-2007,eros-design");
        String[] digests = new String[2];
        for (int i = 0; i < 2; i++) {
            PointModel p = m.point(i);
            String kernel = p.values().get(0);
            assertEquals(kernel, p.overrides().kernel());
            var swept = ModelSimulation.run(p.system(), p.overrides(), null, null).result();
            var single = ModelSimulation.run(Fixtures.load(SEED), SimulationOverrides.NONE.withKernel(kernel), null, null)
                    .result();
            assertEquals(single.digestHex(), swept.digestHex());
            digests[i] = swept.digestHex();
        }
        assertTrue(!digests[0].equals(digests[1]), "the variants differ on a handler in its own space");
        SweepException e = assertThrows(SweepException.class, () -> Fixtures.model(SEED, "kernel=coyotos-2007,bsd"));
        assertTrue(e.getMessage().startsWith("axis kernel: unknown kernel variant 'bsd'; known: coyotos-2007, eros-design"),
                e.getMessage());
    }
}
