package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import coyotos.studio.model.Loop;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.runs.CostBars;
import coyotos.studio.runs.ResultsSummary;
import coyotos.studio.runs.RunComparison;
import coyotos.studio.runs.RunRecord;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.tests.driver.Screenshots;
import coyotos.studio.ui.internal.StudioViews;
import coyotos.studio.ui.internal.launch.SimulationJob;
import coyotos.studio.ui.internal.launch.SimulationLaunchShortcut;
import coyotos.studio.ui.internal.launch.SimulationSettings;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.RunSelection;
import coyotos.studio.ui.internal.runs.StoredRun;
import coyotos.studio.ui.internal.views.CompareView;
import coyotos.studio.ui.internal.views.CostBreakdownView;
import coyotos.studio.ui.internal.views.SimulationResultsView;
import coyotos.studio.ui.internal.views.TimelineView;
import coyotos.studio.ui.internal.views.TraceView;
import coyotos.studio.ui.internal.wizards.ExampleModels;

/**
 * Run As &gt; Coyotos Simulation in a real workbench: the run is a job, its results fill the five views as
 * the core computes them, and it can be cancelled. Each view leaves a picture in target/screenshots.
 */
@ExtendWith(NoLoggedErrors.class)
class SimulationRunTest {

    private static final long RUN_TIMEOUT = 120_000;
    private static final long VIEW_TIMEOUT = 10_000;
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

    /** Two runs; the second (the newest) is the one the views show. */
    @Test
    void everyResultsViewShowsTheNewestRun() throws Exception {
        StoredRun external = runToCompletion("seed-external-own-space.coyotos", "pentium4");
        StoredRun activation = runToCompletion("seed-activation.coyotos", "pentium4");
        RunRecord record = activation.record();
        assertEquals(activation, RunSelection.get().run(), "a new run is selected");

        SimulationResultsView results = (SimulationResultsView) show(StudioViews.RESULTS);
        // the view computes in the background: wait for the state of this test's runs, not a previous test's
        String expected = "2 run(s). Selected: " + activation.label();
        Workbench.waitUntil("Simulation Results lists both runs", VIEW_TIMEOUT, () -> results.runCount() == 2
                && expected.equals(results.statusText()) && !results.summaryLines().isEmpty());
        assertEquals(expected, results.statusText());
        assertEquals(ResultsSummary.rows(record).stream().map(ResultsSummary.Row::cells).toList(),
                results.summaryLines(), "the summary shows the core's rows for the selected run, line by line");
        assertTrue(results.summaryLines().contains(List.of("Faults", "Raised", "16", "", "")),
                "the seed example faults once per fresh heap page: " + results.summaryLines());
        picture(StudioViews.RESULTS);

        CostBreakdownView costs = (CostBreakdownView) show(StudioViews.COSTS);
        Workbench.waitUntil("the cost chart shows the run", VIEW_TIMEOUT, () -> costs.bars() != null
                && costs.bars().title().equals(activation.label()));
        CostBars bars = costs.bars();
        // the space bank is a user process of the 2007 kernel (it runs too): it gets a bar of its own
        assertEquals(Stream.concat(Stream.of("all"), record.processNames().stream())
                .toList(), bars.labels(), "one bar for the system, one per process");
        assertTrue(bars.labels().contains("app"), bars.labels().toString());
        assertEquals(record.totalCycles(), Math.round(bars.total(0)));
        double userOfProcesses = 0;
        for (int bar = 1; bar < bars.labels().size(); bar++) {
            userOfProcesses += bars.cycles(CostCategory.USER, bar);
        }
        assertEquals(record.category(CostCategory.USER), Math.round(userOfProcesses),
                "the processes' user cycles add up to the run's");
        picture(StudioViews.COSTS);

        TimelineView timeline = (TimelineView) show(StudioViews.TIMELINE);
        Workbench.waitUntil("the timeline draws the run", VIEW_TIMEOUT, () -> timeline.statusText() == null
                && timeline.getContentDescription().equals(activation.label()));
        picture(StudioViews.TIMELINE);

        TraceView trace = (TraceView) show(StudioViews.TRACE);
        int events = activation.events().size();
        Workbench.waitUntil("the trace lists every event", VIEW_TIMEOUT, () -> trace.shownRows() == events);
        assertEquals(String.format(Locale.ROOT, "%,d of %,d events", events, events), trace.statusText());
        assertEquals(Stream.concat(Stream.of("All processes"),
                record.processNames().stream()).toList(), trace.processChoices());
        picture(StudioViews.TRACE);

        CompareView compare = (CompareView) show(StudioViews.COMPARE);
        Workbench.waitUntil("Compare offers the two runs", VIEW_TIMEOUT, () -> compare.cell(RunComparison.TOTAL, 0) != null);
        List<RunComparison.Row> rows = RunComparison.rows(external.record(), record);
        for (RunComparison.Row row : rows) {
            for (int column = 0; column < RunComparison.COLUMNS.size(); column++) {
                assertEquals(row.cells().get(column), compare.cell(row.what(), column), row.what() + ", column " + column);
            }
        }
        picture(StudioViews.COMPARE);
    }

    /** The seed question (§3.3.1): under coyotos-2007 the activation handler (what-if) costs less than an external one in its own space. */
    @Test
    void compareShowsActivationCheaperThanExternalOwnSpace() throws Exception {
        StoredRun external = runToCompletion("seed-external-own-space.coyotos", "pentium4");
        StoredRun activation = runToCompletion("seed-activation.coyotos", "pentium4");
        CompareView compare = (CompareView) Workbench.page().showView(StudioViews.COMPARE);
        compare.compare(external, activation);
        Workbench.processEvents();
        assertTrue(compare.cell(RunComparison.TOTAL, 3).startsWith("-"), "B - A is negative: activation total is lower");
        assertTrue(compare.cell(CostCategory.ADDRESS_SPACE_SWITCH.label(), 3).startsWith("-"),
                "and it pays fewer address-space switches");
        assertTrue(compare.kernelsText().contains("A: kernel coyotos-2007") && compare.kernelsText().contains("B: kernel "
                + "coyotos-2007"), compare.kernelsText());

        // against the handler that shares the space: the draft-0.5 what-if returns without a kernel entry and skips
        // the fault's two hand-offs, so it pays fewer ring transitions (SeedScenariosTest derives this per design)
        StoredRun shared = runToCompletion("seed-external-shared-space.coyotos", "pentium4");
        compare.compare(shared, activation);
        Workbench.processEvents();
        assertTrue(compare.cell(CostCategory.RING_TRANSITION.label(), 3).startsWith("-"),
                "the draft-0.5 activation handler pays fewer ring transitions than a handler sharing the space");
    }

    /** The kernel variant is a launch setting; saved configurations naming p4-2007 run the pentium4 profile. */
    @Test
    void kernelVariantAndProfileAliasFromTheLaunchConfiguration() throws Exception {
        StoredRun eros = runToCompletion("seed-external-shared-space.coyotos", "core2", "eros-design");
        assertEquals("eros-design", eros.record().kernel());
        assertTrue(eros.record().label().contains("core2 · eros-design"), eros.record().label());
        StoredRun old = runToCompletion("seed-external-shared-space.coyotos", "p4-2007", "");
        assertEquals("pentium4", old.record().profile());
        assertEquals("coyotos-2007", old.record().kernel(), "the model's kernel variant when the launch names none");
        CompareView compare = (CompareView) Workbench.page().showView(StudioViews.COMPARE);
        compare.compare(old, eros);
        Workbench.processEvents();
        assertTrue(compare.kernelsText().contains("A: kernel coyotos-2007") && compare.kernelsText().contains("B: kernel eros-design"),
                compare.kernelsText());
    }

    /** A record that cannot be read is named in the status line, and the readable runs are still listed. */
    @Test
    void storedRunsThatCannotBeReadAreNamedInTheStatusLine() throws Exception {
        runToCompletion("seed-activation.coyotos", "pentium4");
        Path folder = project.getFile("seed-activation.coyotos").getLocation().toPath().resolveSibling("seed-activation.runs");
        Path broken = folder.resolve("20260101-000000-000-pentium4.run.json");
        Files.writeString(broken, "{\"label\": \"abc\\u12", StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        RunLibrary.get().rescan();

        SimulationResultsView results = (SimulationResultsView) show(StudioViews.RESULTS);
        Workbench.waitUntil("Simulation Results has read the run folders again", VIEW_TIMEOUT,
                () -> results.statusText().contains("could not be read"));
        assertEquals("1 run(s). Selected: " + RunSelection.get().run().label() + "\nA stored run could not be read: "
                + broken + " is not a Coyotos run record: Unterminated escape sequence at line 1 column 17 path $.label",
                results.statusText());
        assertEquals(1, results.runCount());
    }

    /** Cancel ends the job and leaves no results; how long it took is printed, not asserted. */
    @Test
    void cancelStopsALongRun() throws Exception {
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
        Workbench.joinJobs(SimulationJob.FAMILY, 30_000);
        System.out.printf("Cancel: the simulation job ended %,d ms after it was cancelled%n",
                (System.nanoTime() - start) / 1_000_000);
        assertEquals(List.of(), RunLibrary.get().runs(), "a cancelled run adds no results");
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

    private static IViewPart show(String id) throws Exception {
        return Workbench.page().showView(id);
    }

    /** The view alone, maximized, as target/screenshots/view-&lt;name&gt;.png. */
    private static void picture(String id) {
        IWorkbenchPage page = Workbench.page();
        var reference = page.findViewReference(id);
        page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            Screenshots.saveWorkbenchWindow("view-" + id.substring(id.lastIndexOf('.') + 1));
        } finally {
            page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
        }
    }

    private StoredRun runToCompletion(String model, String profile) throws Exception {
        return runToCompletion(model, profile, "");
    }

    private StoredRun runToCompletion(String model, String profile, String kernel) throws Exception {
        int before = RunLibrary.get().runs().size();
        ILaunchConfigurationWorkingCopy config = SimulationLaunchShortcut
                .configurationFor(project.getFile(model)).getWorkingCopy();
        config.setAttribute(SimulationSettings.PROFILE, profile);
        config.setAttribute(SimulationSettings.KERNEL, kernel);
        config.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Workbench.waitUntil(model + " finishes", RUN_TIMEOUT, () -> RunLibrary.get().runs().size() > before);
        StoredRun run = RunLibrary.get().newest();
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
