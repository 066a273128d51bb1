package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import coyotos.studio.ui.internal.launch.LaunchDefaults;
import coyotos.studio.ui.internal.launch.SimulationJob;
import coyotos.studio.ui.internal.launch.SimulationLaunchShortcut;
import coyotos.studio.ui.internal.launch.SimulationSettings;
import coyotos.studio.ui.internal.preferences.CoyotosPreferencePage;
import coyotos.studio.ui.internal.preferences.StudioPreferences;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.RunSelection;
import coyotos.studio.ui.internal.runs.RunLocation;
import coyotos.studio.ui.internal.runs.StoredRun;
import coyotos.studio.tests.driver.Screenshots;

/**
 * Window &gt; Preferences &gt; Coyotos: new launch configurations start with its profile, kernel variant and
 * limits, runs are written to the folder it names and the run library finds them there.
 */
class PreferencesTest extends ExampleProjectTest {

    private Path runs;

    @BeforeEach
    void setPreferences() throws Exception {
        runs = Files.createTempDirectory("coyotos-runs");
        var node = StudioPreferences.node();
        node.put(StudioPreferences.PROFILE, "modern-pcid");
        node.put(StudioPreferences.KERNEL, StudioPreferences.KERNEL_EROS);
        node.put(StudioPreferences.MAX_CYCLES, "5000000000");
        node.put(StudioPreferences.MAX_EVENTS, "");
        node.put(StudioPreferences.RUNS_FOLDER, runs.toString());
        RunLibrary.get().clear();
    }

    @AfterEach
    void clearPreferences() throws Exception {
        Job.getJobManager().cancel(SimulationJob.FAMILY);
        Workbench.joinJobs(SimulationJob.FAMILY, 120_000);
        StudioPreferences.node().clear();
        RunLibrary.get().clear();
        for (ILaunchConfiguration config : org.eclipse.debug.core.DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurations()) {
            config.delete();
        }
    }

    @Test
    void thePageShowsEverySetting() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbench.page().getWorkbenchWindow()
                .getShell(), CoyotosPreferencePage.ID, new String[] { CoyotosPreferencePage.ID }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Workbench.processEvents();
            assertTrue(dialog.getSelectedPage() instanceof CoyotosPreferencePage, "Coyotos is the page shown");
            Screenshots.save("preferences-coyotos");
        } finally {
            dialog.close();
        }
    }

    @Test
    void aNewLaunchConfigurationStartsWithThePreferences() throws Exception {
        IFile model = project.getFile("seed-external-own-space.coyotos");
        ILaunchConfiguration config = SimulationLaunchShortcut.configurationFor(model);
        assertEquals("modern-pcid", config.getAttribute(SimulationSettings.PROFILE, "?"));
        assertEquals("eros-design", config.getAttribute(LaunchDefaults.KERNEL, "?"));
        assertEquals("5000000000", config.getAttribute(SimulationSettings.MAX_CYCLES, "?"));
        assertEquals("", config.getAttribute(SimulationSettings.MAX_EVENTS, "?"), "empty: the model's limit");
    }

    @Test
    void runsAreWrittenToThePreferredFolderAndFoundThere() throws Exception {
        IFile model = project.getFile("seed-external-own-space.coyotos");
        Path folder = RunLocation.folderFor(model);
        assertEquals(runs.resolve("coyotos-examples/seed-external-own-space.runs"), folder);
        ILaunchConfiguration config = SimulationLaunchShortcut.configurationFor(model);
        config.launch(ILaunchManager.RUN_MODE, null);
        Workbench.waitUntil("the run is stored", 120_000L, () -> RunSelection.get().run() != null);
        StoredRun run = RunSelection.get().run();
        assertEquals(folder, run.recordFile().getParent(), "written under the preferred folder");
        assertEquals(List.of(folder), RunLocation.foldersOutsideWorkspace(), "and found there by the library");
        assertTrue(Files.list(model.getLocation().toPath().getParent())
                .noneMatch(p -> p.getFileName().toString().endsWith(".runs")), "nothing beside the model");
    }
}
