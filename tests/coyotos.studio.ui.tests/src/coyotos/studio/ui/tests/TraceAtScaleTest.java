package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import coyotos.studio.runs.EventLog;
import coyotos.studio.runs.RunFiles;
import coyotos.studio.runs.RunRecord;
import coyotos.studio.runs.RunRecordJson;
import coyotos.studio.runs.TraceFilter;
import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.run.Simulation;
import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.tests.driver.Screenshots;
import coyotos.studio.ui.internal.StudioViews;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.RunSelection;
import coyotos.studio.ui.internal.runs.StoredRun;
import coyotos.studio.ui.internal.views.TraceView;

/**
 * The Trace view over a run of more than a million events: it fills, filters in the background and scrolls
 * to the last row without reading the log into memory. Times are printed for the note, not asserted.
 */
@ExtendWith(NoLoggedErrors.class)
class TraceAtScaleTest {

    private Path folder;

    @AfterEach
    void forgetRun() throws Exception {
        RunLibrary.get().clear();
        if (folder != null) {
            try (var files = Files.list(folder)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(folder);
        }
    }

    @Test
    void aMillionEventsShowFilterAndScroll() throws Exception {
        folder = Files.createTempDirectory("coyotos-trace-scale");
        Path events = folder.resolve("big" + RunFiles.EVENTS_SUFFIX);
        RunResult result;
        try (EventLog.Writer writer = new EventLog.Writer(events, EventType.STRUCTURAL, 2_000_000)) {
            result = Simulation.of(SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE,
                    Params.defaults().withWorkers(4).withHeapPages(25_000), Setup.DEFAULT)).sink(writer).run();
        }
        RunRecord record = RunRecord.of(result, "seed x100k faults", "/scale/seed.coyotos",
                events.getFileName().toString());
        Path recordFile = folder.resolve("big" + RunFiles.RECORD_SUFFIX);
        RunRecordJson.save(record, recordFile);
        StoredRun run = new StoredRun(record, recordFile);
        int total = run.events().size();
        assertTrue(total >= 1_000_000, "a run of at least 10^6 events: " + total);
        EventLog log = run.events();
        int[] rowsOfProcess0 = new TraceFilter(0, EventType.ALL).rows(log, () -> false);

        TraceView trace = (TraceView) Workbench.page().showView(StudioViews.TRACE);
        long start = System.nanoTime();
        RunLibrary.get().add(run);
        Workbench.waitUntil("the trace shows every event", 60_000, () -> trace.shownRows() == total);
        long shown = System.nanoTime();

        trace.table().setTopIndex(total - 1);
        Workbench.processEvents();
        String last = trace.table().getItem(total - 1).getText(0);
        long scrolled = System.nanoTime();
        assertEquals(Integer.toString(total - 1), last, "the last row is fetched when it comes into view");

        RunSelection.get().filterProcess(0);
        Workbench.waitUntil("the trace is filtered to the " + rowsOfProcess0.length + " events of process 0", 60_000,
                () -> trace.shownRows() == rowsOfProcess0.length);
        long filtered = System.nanoTime();
        System.out.printf("Trace at scale: %,d events shown in %,d ms; scrolled to the last row in %,d ms; "
                + "filtered to one process (%,d rows) in %,d ms%n", total, (shown - start) / 1_000_000,
                (scrolled - shown) / 1_000_000, trace.shownRows(), (filtered - scrolled) / 1_000_000);
        int wanted = total - 1;
        while (log.process(wanted) != 0) {
            wanted--;
        }
        int event = wanted;
        RunSelection.get().reveal(0, event);
        Workbench.waitUntil("the Trace selects the event a Timeline click names", 10_000,
                () -> trace.table().getSelectionIndex() >= 0);
        assertEquals(Arrays.binarySearch(rowsOfProcess0, event), trace.table().getSelectionIndex(),
                "the selected row is the late event of process 0");
        assertEquals(Integer.toString(event), trace.table().getItem(trace.table().getSelectionIndex()).getText(0));
        Screenshots.saveWorkbenchWindow("trace-million-events");
        assertEquals(total, run.events().size(), "the log on disk is unchanged");
    }
}
