package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.ui.internal.launch.SimulationSettings;

/** The Model field of the launch tab is checked on every keystroke; half-typed paths are errors, not crashes. */
@ExtendWith(NoLoggedErrors.class)
class SimulationSettingsTest {

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
            SimulationSettings.check("/kernel-settings/m.coyotos", "", "mach", "", "", "");
            fail("mach is no kernel variant");
        } catch (CoreException e) {
            assertTrue(e.getStatus().getMessage().contains("coyotos-2007, eros-design"), e.getStatus().getMessage());
        }
        SimulationSettings ok = SimulationSettings.check("/kernel-settings/m.coyotos", "p4-2007", "eros-design", "", "", "");
        assertTrue("eros-design".equals(ok.kernel()) && "pentium4".equals(ok.profile()), ok.toString());
        p.delete(true, null);
    }

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
}
