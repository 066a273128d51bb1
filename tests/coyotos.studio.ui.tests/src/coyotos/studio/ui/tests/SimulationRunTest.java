package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import coyotos.studio.model.Loop;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.ui.internal.StudioViews;
import coyotos.studio.ui.internal.launch.SimulationJob;
import coyotos.studio.ui.internal.launch.SimulationLaunchShortcut;
import coyotos.studio.ui.internal.launch.SimulationSettings;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.StoredRun;
import coyotos.studio.ui.internal.views.CompareView;
import coyotos.studio.ui.internal.views.CostBreakdownView;
import coyotos.studio.ui.internal.views.TimelineView;
import coyotos.studio.ui.internal.views.SimulationResultsView;
import coyotos.studio.ui.internal.views.TraceView;
import coyotos.studio.ui.internal.wizards.ExampleModels;

/** Run As > Coyotos Simulation in a real workbench: the run is a job, fills the views, can be cancelled. */
class SimulationRunTest {

    private static final long RUN_TIMEOUT = 120_000;
    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        project = ExampleModels.createProject(new NullProgressMonitor());
        RunLibrary.get().clear();
    }

    @AfterEach
    void tearDown() throws Exception {
        Job.getJobManager().cancel(SimulationJob.FAMILY);
        Workbench.joinJobs(SimulationJob.FAMILY, RUN_TIMEOUT);
        RunLibrary.get().clear();
        Workbench.page().closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void runAsFillsResultsAndTrace() throws Exception {
        StoredRun run = runToCompletion("seed-external-own-space.coyotos", "p4-2007");
        assertTrue(run.record().totalCycles() > 0);
        assertTrue(run.recordFile().toFile().isFile(), "the run is saved beside the model");

        SimulationResultsView results = (SimulationResultsView) Workbench.page().showView(StudioViews.RESULTS);
        Workbench.processEvents();
        assertEquals(1, results.runCount());
        assertTrue(results.summaryRowCount() > 8, "categories, faults and memory are listed");

        TraceView trace = (TraceView) Workbench.page().showView(StudioViews.TRACE);
        Workbench.waitUntil("the trace shows events", 10_000, () -> trace.shownRows() > 0);
        TimelineView timeline = (TimelineView) Workbench.page().showView(StudioViews.TIMELINE);
        Workbench.waitUntil("the timeline draws the run", 10_000, () -> timeline.statusText() == null);
        CostBreakdownView costs = (CostBreakdownView) Workbench.page().showView(StudioViews.COSTS);
        Workbench.waitUntil("the cost chart shows the run", 10_000, () -> costs.statusText() == null);
        Screenshots.save("run-as-views");
    }

    /** The seed question (§3.3): on the 2007 profile the activation handler costs less than an external one in its own space. */
    @Test
    void compareShowsActivationCheaperThanExternalOwnSpace() throws Exception {
        StoredRun external = runToCompletion("seed-external-own-space.coyotos", "p4-2007");
        StoredRun activation = runToCompletion("seed-activation.coyotos", "p4-2007");
        CompareView compare = (CompareView) Workbench.page().showView(StudioViews.COMPARE);
        compare.compare(external, activation);
        Workbench.processEvents();
        Screenshots.save("compare-external-vs-activation");
        assertTrue(compare.cell("TOTAL", 3).startsWith("-"), "B - A is negative: activation total is lower");
        assertTrue(compare.cell("ADDRESS_SPACE_SWITCH", 3).startsWith("-"), "and it pays no address-space switches");

        // against the handler that shares the space, the activation handler's extra kernel entry shows
        StoredRun shared = runToCompletion("seed-external-shared-space.coyotos", "p4-2007");
        compare.compare(shared, activation);
        Workbench.processEvents();
        assertTrue(compare.cell("RING_TRANSITION", 3).startsWith("+"),
                "activation pays more ring transitions than a handler sharing the space");
    }

    @Test
    void cancelStopsALongRunPromptly() throws Exception {
        IFile longModel = longRunningCopy();
        ILaunchConfigurationWorkingCopy config = SimulationLaunchShortcut.configurationFor(longModel).getWorkingCopy();
        config.setAttribute(SimulationSettings.MAX_EVENTS, "4000000000");
        config.setAttribute(SimulationSettings.MAX_CYCLES, "4000000000000");
        config.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Workbench.waitUntil("the simulation job runs", 30_000,
                () -> Job.getJobManager().find(SimulationJob.FAMILY).length > 0
                        && Job.getJobManager().find(SimulationJob.FAMILY)[0].getState() == Job.RUNNING);
        Workbench.waitUntil("the simulation is well under way", 5_000, sleepFor(300));
        long start = System.nanoTime();
        Job.getJobManager().cancel(SimulationJob.FAMILY);
        Workbench.joinJobs(SimulationJob.FAMILY, 5_000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1_000, "cancel returned after " + millis + " ms");
        assertTrue(RunLibrary.get().runs().isEmpty(), "a cancelled run adds no results");
    }

    /** The launch runs through ModelSimulation as the CLI does: the model's own profile, the launch's limits. */
    @Test
    void theModelsOwnProfileAndTheLaunchLimitsApply() throws Exception {
        IFile f = project.getFile("own-profile.coyotos");
        f.create(new java.io.ByteArrayInputStream(java.nio.file.Files.readAllBytes(SimulationSettingsTest.OWN_PROFILE)),
                true, null);
        int before = RunLibrary.get().runs().size();
        ILaunchConfigurationWorkingCopy config = SimulationLaunchShortcut.configurationFor(f).getWorkingCopy();
        config.setAttribute(SimulationSettings.PROFILE, "mine");
        config.setAttribute(SimulationSettings.MAX_EVENTS, "20000");
        config.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Workbench.waitUntil("own-profile.coyotos finishes", RUN_TIMEOUT, () -> RunLibrary.get().runs().size() > before);
        StoredRun run = RunLibrary.get().runs().get(RunLibrary.get().runs().size() - 1);
        assertEquals("mine", run.record().profile());
        assertEquals("EVENT_LIMIT", run.record().termination());
        assertEquals(20_001, run.record().events(), "the limit of the launch, plus the event that records the stop");
        assertTrue(run.record().diagnosis().contains("'worker' spent most of them"), run.record().diagnosis());
    }

    private static java.util.function.BooleanSupplier sleepFor(long millis) {
        long until = System.currentTimeMillis() + millis;
        return () -> System.currentTimeMillis() >= until;
    }

    private StoredRun runToCompletion(String model, String profile) throws Exception {
        int before = RunLibrary.get().runs().size();
        ILaunchConfigurationWorkingCopy config = SimulationLaunchShortcut
                .configurationFor(project.getFile(model)).getWorkingCopy();
        config.setAttribute(SimulationSettings.PROFILE, profile);
        config.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Workbench.waitUntil(model + " finishes", RUN_TIMEOUT, () -> RunLibrary.get().runs().size() > before);
        List<StoredRun> runs = RunLibrary.get().runs();
        StoredRun run = runs.get(runs.size() - 1);
        assertNotNull(run.events(), "the run kept its events");
        return run;
    }

    /** The activation seed example with its loops multiplied, so it runs for minutes unless cancelled. */
    private IFile longRunningCopy() throws Exception {
        IFile source = project.getFile("seed-activation.coyotos");
        ModelLoader.Result loaded = new ModelLoader()
                .load(URI.createPlatformResourceURI(source.getFullPath().toString(), true));
        Resource resource = loaded.resource();
        for (var it = resource.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Loop loop) {
                loop.setCount(Integer.MAX_VALUE);
            }
        }
        IFile target = project.getFile("long-run.coyotos");
        resource.setURI(URI.createPlatformResourceURI(target.getFullPath().toString(), true));
        resource.save(Map.of());
        project.refreshLocal(1, null);
        return target;
    }
}
