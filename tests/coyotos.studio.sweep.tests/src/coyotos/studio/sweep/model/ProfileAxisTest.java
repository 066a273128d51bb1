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
        SweepModel m = Fixtures.model(SEED, "profile=p4-2007,modern-pcid");
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
        SweepModel m = SweepModel.of(Fixtures.load(SEED), SweepSpec.parse(List.of("replicate=1,2"), "modern-pcid", null, 7L));
        PointModel p = m.point(1);
        assertEquals("modern-pcid", p.overrides().profile());
        assertEquals(7L, p.overrides().seed());
    }

    @Test
    void unknownProfilesAreNamed() {
        SweepException e = assertThrows(SweepException.class, () -> Fixtures.model(SEED, "profile=p4-2007,vax-780"));
        assertTrue(e.getMessage().contains("'vax-780'") && e.getMessage().contains("modern-pcid"), e.getMessage());
    }

    @Test
    void theKernelAxisSaysWhyItCannotRunYet() {
        SweepException e = assertThrows(SweepException.class, () -> Fixtures.model(SEED, "kernel=coyotos-2007,eros-design"));
        assertTrue(e.getMessage().contains("no kernel variants"), e.getMessage());
    }
}
