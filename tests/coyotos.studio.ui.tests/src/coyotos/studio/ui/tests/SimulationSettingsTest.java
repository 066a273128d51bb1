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
