package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.ui.internal.launch.SimulationSettings;
import coyotos.studio.ui.internal.wizards.ExampleModels;

/**
 * The launch tab's fields are checked on every keystroke, as the CLI checks its options: half-typed paths are
 * errors, not crashes; numbers are decimal or 0x; the model's own profile is a profile.
 */
@ExtendWith(NoLoggedErrors.class)
class SimulationSettingsTest {
    /** A crafted model of the simulator's tests whose custom profile is called "mine". */
    static final Path OWN_PROFILE = Path.of("../coyotos.studio.sim.model.tests/testfiles/hostile/profile-odd-tlb.coyotos");

    @Test
    void halfTypedModelPathsAreReportedNotThrown() {
        for (String typed : new String[] { "/", "/c", "/coyotos-examples", "coyotos-examples/" }) {
            try {
                SimulationSettings.check(typed, "", "", "", "");
                fail("'" + typed + "' is not a model");
            } catch (CoreException e) {
                assertTrue(e.getStatus().getMessage().contains("/project/model.coyotos"), e.getStatus().getMessage());
            }
        }
    }

    @Test
    void theModelsOwnProfileAndDecimalNumbersAreAcceptedAsByTheCli() throws Exception {
        IProject project = ExampleModels.createProject(new NullProgressMonitor());
        try {
            IFile f = project.getFile("own-profile.coyotos");
            f.create(new ByteArrayInputStream(Files.readAllBytes(OWN_PROFILE)), true, null);
            String path = f.getFullPath().toString();
            SimulationSettings s = SimulationSettings.check(path, "mine", "", "010", "1_000", "0x10", "30");
            assertEquals("mine", s.profile());
            assertEquals(10L, s.overrides().seed());
            assertEquals(1000L, s.overrides().maxCycles());
            assertEquals(16L, s.overrides().maxEvents());
            assertEquals(30L, s.overrides().maxSeconds());
            CoreException unknown = assertThrows(CoreException.class,
                    () -> SimulationSettings.check(path, "vax-780", "", "", "", "", ""));
            assertEquals("Unknown CPU profile 'vax-780'. Known profiles: pentium4, core2, modern-pcid, modern-kpti, mine"
                    + " (alias p4-2007 = pentium4).",
                    unknown.getStatus().getMessage());
            CoreException zero = assertThrows(CoreException.class,
                    () -> SimulationSettings.check(path, "", "", "", "", "0", ""));
            assertEquals("Max events must be greater than 0, not 0.", zero.getStatus().getMessage());
            CoreException otherModel = assertThrows(CoreException.class, () -> SimulationSettings
                    .check(project.getFile("seed-activation.coyotos").getFullPath().toString(), "mine", "", "", "", "", ""));
            assertTrue(otherModel.getStatus().getMessage().startsWith("Unknown CPU profile 'mine'"));
        } finally {
            project.delete(true, true, null);
        }
    }

    @Test
    void unknownKernelVariantIsAnErrorListingTheKnownOnes() throws Exception {
        org.eclipse.core.resources.IProject p = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                .getProject("kernel-settings");
        if (!p.exists()) {
            p.create(null);
        }
        p.open(null);
        org.eclipse.core.resources.IFile f = p.getFile("m.coyotos");
        if (!f.exists()) {
            f.create(new java.io.ByteArrayInputStream(new byte[0]), true, null);
        }
        try {
            SimulationSettings.check("/kernel-settings/m.coyotos", "", "mach", "", "", "", "");
            fail("mach is no kernel variant");
        } catch (CoreException e) {
            assertTrue(e.getStatus().getMessage().contains("coyotos-2007, eros-design"), e.getStatus().getMessage());
        }
        SimulationSettings ok = SimulationSettings.check("/kernel-settings/m.coyotos", "p4-2007", "eros-design", "", "", "", "");
        assertTrue("eros-design".equals(ok.kernel()) && "pentium4".equals(ok.profile()), ok.toString());
        p.delete(true, null);
    }
}
