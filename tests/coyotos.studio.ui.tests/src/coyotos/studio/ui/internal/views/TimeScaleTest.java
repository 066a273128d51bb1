package coyotos.studio.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import coyotos.studio.runs.TimeWindow;

/** The Timeline's zoom and pan arithmetic: a 1,000-cycle run in a 100-pixel lane unless said otherwise. */
class TimeScaleTest {

    private static TimeScale fitted() {
        TimeScale scale = new TimeScale();
        scale.setWidth(100);
        scale.setEnd(1_000);
        return scale;
    }

    @Test
    void aNewRunIsShownWhole() {
        TimeScale scale = fitted();
        assertTrue(scale.fitted());
        assertEquals(0, scale.start());
        assertEquals(1_000, scale.span());
        assertEquals(new TimeWindow(0, 10, 100), scale.window());
        assertEquals(50, scale.x(500));
        assertEquals(250, scale.cycleAt(25));
    }

    @Test
    void zoomKeepsTheCycleUnderTheMouseInPlace() {
        TimeScale scale = fitted();
        scale.zoom(2, 50);
        assertFalse(scale.fitted());
        assertEquals(new TimeWindow(250, 5, 100), scale.window(), "cycle 500 stays under pixel 50");
        scale.zoom(2, 0);
        assertEquals(new TimeWindow(250, 2.5, 100), scale.window(), "cycle 250 stays under pixel 0");
    }

    @Test
    void zoomStopsAtFortyPixelsACycleAndAtTheWholeRun() {
        TimeScale scale = fitted();
        scale.zoom(1e9, 40);
        assertEquals(0.025, scale.window().cyclesPerPixel());
        assertEquals(new TimeWindow(399, 0.025, 100), scale.window(), "cycle 400 stays under pixel 40");
        scale.zoom(1e-9, 40);
        assertTrue(scale.fitted(), "zooming out past the whole run is the whole run");
        assertEquals(new TimeWindow(0, 10, 100), scale.window());
    }

    @Test
    void panStopsAtBothEnds() {
        TimeScale scale = fitted();
        scale.zoom(2, 50);
        scale.panPixels(20);
        assertEquals(350, scale.start());
        scale.panPixels(1_000);
        assertEquals(500, scale.start(), "the right edge stops at the end of the run");
        scale.panPixels(-1_000);
        assertEquals(0, scale.start());
        scale.setStart(2_000);
        assertEquals(500, scale.start());
    }

    @Test
    void aResizeRefitsAFittedScaleAndKeepsAZoomedOne() {
        TimeScale scale = fitted();
        scale.setWidth(200);
        assertEquals(new TimeWindow(0, 5, 200), scale.window());
        scale.zoom(2, 200);
        assertEquals(new TimeWindow(500, 2.5, 200), scale.window());
        scale.setWidth(300);
        assertEquals(new TimeWindow(250, 2.5, 300), scale.window(), "same zoom, start pulled back to show the end");
    }

    @Test
    void rulerTicksStepOneTwoFiveApart() {
        TimeScale scale = fitted();
        assertEquals(1_000, scale.tickStep(90), "90 pixels are 900 cycles: the next 1-2-5 step");
        scale.zoom(2, 50);
        assertEquals(500, scale.tickStep(90));
        assertEquals(300, scale.firstTick(100), "the first tick right of cycle 250");
        assertEquals(500, scale.firstTick(500));
        scale.zoom(1e9, 0);
        assertEquals(5, scale.tickStep(90), "2.25 cycles at the deepest zoom");
    }

    @Test
    void farOffCyclesStayWithinTheToolkitsCoordinates() {
        TimeScale scale = fitted();
        assertEquals(-10, scale.x(-1e15));
        assertEquals(110, scale.x(1e15));
    }

    @Test
    void anEmptyRunStillHasAScale() {
        TimeScale scale = new TimeScale();
        scale.setWidth(0);
        scale.setEnd(0);
        assertEquals(new TimeWindow(0, 1, 1), scale.window());
    }
}
