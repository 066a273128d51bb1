package coyotos.studio.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

/**
 * Mouse and keyboard of the Timeline, with the bindings of Trace Compass's time graph: Ctrl+wheel and +/-
 * zoom, drag and the arrow keys pan, a click selects. A drag only counts after a few pixels, so a slightly
 * shaky click still selects instead of nudging the view; the state of a drag lives here.
 */
final class TimelineInput {

    private static final int DRAG_THRESHOLD = 4;
    private static final double WHEEL_ZOOM = 1.25;

    private final TimelineCanvas timeline;
    /** Where the button went down, where the last pan left the mouse (-1: no button down), and whether it panned. */
    private int downX;
    private int dragX = -1;
    private boolean dragged;

    private TimelineInput(TimelineCanvas timeline) {
        this.timeline = timeline;
    }

    static TimelineInput install(TimelineCanvas timeline) {
        TimelineInput input = new TimelineInput(timeline);
        Canvas c = timeline.control();
        c.addListener(SWT.MouseDown, input::mouseDown);
        c.addListener(SWT.MouseMove, input::mouseMove);
        c.addListener(SWT.MouseUp, input::mouseUp);
        c.addListener(SWT.MouseVerticalWheel, input::wheel);
        c.addListener(SWT.MouseHorizontalWheel, input::horizontalWheel);
        c.addListener(SWT.KeyDown, input::key);
        // arrow keys would otherwise move focus to the next control instead of panning
        c.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                e.doit = false;
            }
        });
        return input;
    }

    /** While a button is down: no tooltip then, it would follow the drag around. */
    boolean dragging() {
        return dragX >= 0;
    }

    private void mouseDown(Event e) {
        timeline.control().setFocus();
        if (e.button == 1 || e.button == 2) {
            downX = e.x;
            dragX = e.x;
            dragged = false;
        }
    }

    private void mouseMove(Event e) {
        if (dragX < 0 || timeline.timeline() == null) {
            return;
        }
        if (!dragged && Math.abs(e.x - downX) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        timeline.pan(dragX - e.x);
        dragX = e.x;
    }

    private void mouseUp(Event e) {
        boolean click = !dragged && dragX >= 0 && e.button == 1;
        dragX = -1;
        dragged = false;
        if (click && timeline.timeline() != null) {
            timeline.clicked(e.x, e.y);
        }
    }

    private void wheel(Event e) {
        if (timeline.timeline() == null) {
            return;
        }
        e.doit = false;
        if ((e.stateMask & SWT.MOD1) != 0) {
            int laneX = Math.max(0, e.x - timeline.nameWidth());
            timeline.zoomAt(e.count > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, laneX);
        } else if ((e.stateMask & SWT.SHIFT) != 0) {
            timeline.pan(-e.count * timeline.scale().width() / 20.0);
        } else {
            timeline.scrollLanes(e.count > 0 ? -1 : 1);
        }
    }

    private void horizontalWheel(Event e) {
        if (timeline.timeline() != null) {
            e.doit = false;
            timeline.pan(-e.count * timeline.scale().width() / 20.0);
        }
    }

    private void key(Event e) {
        if (timeline.timeline() == null) {
            return;
        }
        double tenth = timeline.scale().width() / 10.0;
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> timeline.pan(-tenth);
            case SWT.ARROW_RIGHT -> timeline.pan(tenth);
            case SWT.ARROW_UP -> timeline.scrollLanes(-1);
            case SWT.ARROW_DOWN -> timeline.scrollLanes(1);
            case SWT.HOME -> timeline.resetZoom();
            case SWT.KEYPAD_ADD -> timeline.zoomIn();
            case SWT.KEYPAD_SUBTRACT -> timeline.zoomOut();
            default -> {
                if (e.character == '+' || e.character == '=') {
                    timeline.zoomIn();
                } else if (e.character == '-' || e.character == '_') {
                    timeline.zoomOut();
                }
            }
        }
    }
}
