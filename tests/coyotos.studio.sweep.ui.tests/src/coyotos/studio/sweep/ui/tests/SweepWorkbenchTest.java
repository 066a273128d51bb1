package coyotos.studio.sweep.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import coyotos.studio.sweep.result.SweepChart;
import coyotos.studio.sweep.result.SweepFiles;
import coyotos.studio.sweep.ui.internal.launch.AttributeChooser;
import coyotos.studio.sweep.ui.internal.launch.SweepJob;
import coyotos.studio.sweep.ui.internal.launch.SweepSettings;
import coyotos.studio.sweep.ui.internal.launch.SweepTab;
import coyotos.studio.sweep.ui.internal.views.SweepResultsView;
import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.tests.driver.Screenshots;

/** The Coyotos Sweep launch and the Sweep Results view in a real workbench; nothing may log an error meanwhile. */
@ExtendWith(NoLoggedErrors.class)
class SweepWorkbenchTest {
    private static final long SWEEP_TIMEOUT = 300_000;
    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        project = ExampleWorkspace.create();
        Shell window = ExampleWorkspace.page().getWorkbenchWindow().getShell();
        window.setBounds(window.getDisplay().getClientArea());
    }

    @AfterEach
    void tearDown() throws Exception {
        Job.getJobManager().cancel(SweepJob.FAMILY);
        ExampleWorkspace.joinJobs(SweepJob.FAMILY, SWEEP_TIMEOUT);
        ILaunchManager m = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunchConfiguration c : m.getLaunchConfigurations(m.getLaunchConfigurationType(SweepSettings.TYPE))) {
            c.delete();
        }
        project.delete(true, true, null);
    }

    static ILaunchConfigurationWorkingCopy configuration(String name, String... axes) throws Exception {
        ILaunchManager m = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = m.getLaunchConfigurationType(SweepSettings.TYPE).newInstance(null, name);
        wc.setAttribute(SweepSettings.MODEL, ExampleWorkspace.model().getFullPath().toString());
        wc.setAttribute(SweepSettings.AXES, List.of(axes));
        return wc;
    }

    @Test
    void theTabCountsTheRunsAndNamesWhatIsWrong() throws Exception {
        Shell shell = new Shell(Display.getCurrent(), SWT.SHELL_TRIM);
        shell.setText("Coyotos Sweep");
        shell.setLayout(new FillLayout());
        try {
            SweepTab tab = new SweepTab();
            tab.createControl(shell);
            ILaunchConfigurationWorkingCopy wc = configuration("tab", "design=external-own-space,activation",
                    "replicate:app=1..64");
            tab.initializeFrom(wc);
            assertTrue(tab.isValid(wc), tab.getErrorMessage());
            assertTrue(tab.runsText().startsWith("128 runs: design 2 \u00d7 replicate:app 64, on "), tab.runsText());
            shell.setSize(900, 720);
            shell.open();
            Screenshots.save("sweep-tab");

            wc.setAttribute(SweepSettings.AXES, List.of("replicate:ghost=1..4"));
            tab.initializeFrom(wc);
            assertFalse(tab.isValid(wc));
            assertTrue(tab.getErrorMessage().contains("no process named 'ghost'"), tab.getErrorMessage());

            wc.setAttribute(SweepSettings.AXES, List.of("app/workload/steps.32/count=1..4:0"));
            tab.initializeFrom(wc);
            assertFalse(tab.isValid(wc));
            assertTrue(tab.getErrorMessage().contains("must be at least 1"), tab.getErrorMessage());
            assertEquals("Runs: -", tab.runsText());

            wc.setAttribute(SweepSettings.AXES, List.of("app/workload/steps.32/count=1..4", "profile=p4-2007,modern-pcid"));
            tab.initializeFrom(wc);
            assertTrue(tab.isValid(wc), tab.getErrorMessage());
            assertTrue(tab.runsText().startsWith("8 runs"), tab.runsText());
        } finally {
            shell.dispose();
        }
    }

    /** An attribute axis is chosen from the model tree; its path is the one the CLI takes. */
    @Test
    void anAttributeIsChosenFromTheModelTree() throws Exception {
        coyotos.studio.model.CoyotosSystem system = new coyotos.studio.model.io.ModelLoader()
                .load(org.eclipse.emf.common.util.URI.createPlatformResourceURI(
                        ExampleWorkspace.model().getFullPath().toString(), true)).system();
        coyotos.studio.model.Process app = (coyotos.studio.model.Process) system.getObjects().stream()
                .filter(o -> "app".equals(o.getName())).findFirst().orElseThrow();
        AttributeChooser chooser = new AttributeChooser(ExampleWorkspace.page().getWorkbenchWindow().getShell(), system);
        chooser.setBlockOnOpen(false);
        chooser.open();
        try {
            chooser.select(app.getWorkload().getSteps().get(32), "count");
            assertEquals("app/workload/steps.32/count", chooser.path());
            assertEquals("8", chooser.currentValue());
            Screenshots.save("sweep-attribute-chooser");
        } finally {
            chooser.close();
        }
    }

    @Test
    void aSweepFillsTheViewIsSavedAndReopens() throws Exception {
        configuration("scaling", "design=external-own-space,activation", "replicate:app=1..12").doSave()
                .launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        ExampleWorkspace.joinJobs(SweepJob.FAMILY, SWEEP_TIMEOUT);
        SweepResultsView view = (SweepResultsView) ExampleWorkspace.page().showView(SweepResultsView.ID);
        ExampleWorkspace.waitUntil("the view shows the sweep", 10_000, () -> view.rowCount() == 24);
        assertNotNull(view.shown().file(), "a finished sweep is saved");
        assertTrue(view.shown().file().toString().contains("handler-scaling.runs"), view.shown().file().toString());
        assertEquals(List.of(view.shown().file()), SweepFiles.list(view.shown().file().getParent()));

        ExampleWorkspace.page().setPartState(ExampleWorkspace.page().findViewReference(SweepResultsView.ID),
                org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        view.choose("memory.total", "replicate:app", "design", false);
        SweepChart chart = view.chartShown();
        assertEquals(2, chart.series().size());
        assertEquals(1, chart.crossovers().size(), view.crossoverText());
        assertTrue(view.crossoverText().startsWith(
                "Crossover: activation rises above external-own-space between replicate:app 10 and 11"), view.crossoverText());
        Chart swt = view.chartWidget();
        assertEquals(3, swt.getSeriesSet().getSeries().length, "two lines and the crossover marks");
        Screenshots.save("sweep-results-memory");
        view.choose("memory.total", "replicate:app", "design", true);
        assertEquals(0, view.chartShown().series().get(0).y()[3], "the first series is the zero line");
        assertEquals(1, view.chartShown().crossovers().size());
        Screenshots.save("sweep-results-memory-difference");

        view.choose("perFault.overhead", "replicate:app", "design", false);
        assertTrue(view.crossoverText().startsWith("No crossover"), view.crossoverText());
        Screenshots.save("sweep-results-per-fault");

        ExampleWorkspace.page().setPartState(ExampleWorkspace.page().findViewReference(SweepResultsView.ID),
                org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        IFile csv = project.getFile("scaling.csv");
        view.export(csv, "csv");
        List<String> lines = Files.readAllLines(csv.getLocation().toPath(), StandardCharsets.UTF_8);
        assertEquals(25, lines.size());
        assertTrue(lines.get(0).startsWith("index,design,replicate:app,termination,digest,totalCycles"), lines.get(0));

        view.open(view.shown().file());
        assertEquals(24, view.rowCount(), "the saved sweep reopens");
    }

    @Test
    void cancellingStopsTheSweepAndSavesNothing() throws Exception {
        configuration("long", "app/workload/steps.32/count=100000000", "simulation/maxCycles=900000000000000",
                "simulation/maxEvents=900000000000000", "replicate:app=1..8").doSave()
                .launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        ExampleWorkspace.waitUntil("the sweep runs", 30_000, () -> Job.getJobManager().find(SweepJob.FAMILY).length > 0
                && Job.getJobManager().find(SweepJob.FAMILY)[0].getState() == Job.RUNNING);
        long until = System.currentTimeMillis() + 500;
        ExampleWorkspace.waitUntil("the points are running", 5_000, () -> System.currentTimeMillis() >= until);
        Job.getJobManager().cancel(SweepJob.FAMILY);
        ExampleWorkspace.joinJobs(SweepJob.FAMILY, 30_000);
        SweepResultsView view = (SweepResultsView) ExampleWorkspace.page().showView(SweepResultsView.ID);
        ExampleWorkspace.waitUntil("the view shows the cancelled sweep", 10_000,
                () -> view.shown() != null && !view.shown().result().complete());
        assertNull(view.shown().file(), "a cancelled sweep is not saved");
        assertFalse(project.getFolder("handler-scaling.runs").exists());
    }
}
