package coyotos.studio.journeys.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.Test;

import coyotos.studio.tests.driver.BotLabel;
import coyotos.studio.tests.driver.BotTable;
import coyotos.studio.tests.driver.BotView;
import coyotos.studio.tests.driver.Condition;
import coyotos.studio.tests.driver.UIThread;

/** Journey 3: Run As &gt; Coyotos Simulation on the seed example; Results, Timeline, Cost Breakdown and Trace fill in. */
class Journey3RunAsTest extends Journey {

    private static final Pattern EVENTS = Pattern.compile("([\\d,]+) of ([\\d,]+) events");

    @Test
    void runAsFillsResultsTimelineCostsAndTrace() throws Exception {
        Fixtures.exampleProject();
        int before = user.runCount();
        user.runAs(UserSteps.SEED);
        user.waitForRuns(before + 1);

        BotTable runs = user.runs();
        int newest = runs.rowCount() - 1;
        assertTrue(runs.cell(newest, 0).startsWith("seed-external-own-space"), runs.cell(newest, 0));
        assertEquals("coyotos-2007", runs.cell(newest, 2), "the run list says which kernel variant ran");
        long total = UserSteps.cycles(runs.cell(newest, 3));
        assertTrue(total > 0, "the run took cycles");
        assertEquals("16", runs.cell(newest, 4), "the seed example raises one fault per fresh heap page");
        assertEquals("16", runs.cell(newest, 5), "and resolves each");
        BotTable summary = bot.viewByTitle("Simulation Results").bot().tableWithColumn("Per fault");
        bot.waitUntil(Condition.that("the summary shows the run's total", () -> summary.cell(1, "Total", 2) != null));
        assertEquals(total, UserSteps.cycles(summary.cell(1, "Total", 2)), "summary and run list agree");
        bot.captureScreenshot("journey3-results");

        String label = runs.cell(newest, 0);
        BotView timeline = bot.viewByTitle("Timeline").show();
        bot.waitUntil(Condition.that("the Timeline draws the new run", () -> label.equals(timeline.contentDescription())));
        bot.captureScreenshot("journey3-timeline");

        BotView costs = bot.viewByTitle("Cost Breakdown").show();
        Chart chart = costs.bot().widget("the cost chart", Chart.class, c -> true);
        bot.waitUntil(Condition.that("the chart shows the new run",
                () -> UIThread.syncExec(() -> chart.getTitle().getText()).equals(label)));
        assertEquals(total, Math.round(allBar(chart)), "the 'all' bar adds up to the run's total cycles");
        assertTrue(UIThread.syncExec(() -> Arrays.asList(chart.getAxisSet().getXAxis(0).getCategorySeries()))
                .containsAll(java.util.List.of("all", "app", "pager")), "one bar per process besides 'all'");
        bot.captureScreenshot("journey3-cost-breakdown");

        BotView trace = bot.viewByTitle("Trace").show();
        BotLabel status = trace.bot().labelContaining(" events");
        bot.waitUntil(Condition.that("the Trace lists the events", () -> EVENTS.matcher(status.getText()).find()));
        Matcher shown = EVENTS.matcher(status.getText());
        assertTrue(shown.find());
        long events = UserSteps.cycles(shown.group(1));
        assertTrue(events > 0 && events == UserSteps.cycles(shown.group(2)), status.getText());
        BotTable rows = trace.bot().tableWithColumn("Kind");
        assertEquals(events, rows.rowCount(), "one row per event");
        assertTrue(!rows.cell(0, 3).isEmpty() && !rows.cell(0, 2).isEmpty(), "rows name the process and the kind");
        bot.captureScreenshot("journey3-trace");
    }

    private static double allBar(Chart chart) {
        return UIThread.syncExec(() -> {
            double sum = 0;
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                double[] y = series.getYSeries();
                sum += y != null && y.length > 0 ? y[0] : 0;
            }
            return sum;
        });
    }
}
