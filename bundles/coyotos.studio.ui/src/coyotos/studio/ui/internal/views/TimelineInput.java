package coyotos.studio.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

/**
 * Mouse and keyboard of the Timeline, with the bindings of Trace Compass's time graph: Ctrl+wheel and +/-
 * zoom, drag and the arrow keys pan, a click selects. A drag only counts after a few pixels, so a slightly
 * shaky click still selects instead of nudging the view.
 */
final class TimelineInput {

    private static final int DRAG_THRESHOLD = 4;
    private static final double WHEEL_ZOOM = 1.25;

    private final TimelineCanvas timeline;
    private int downX;

    private TimelineInput(TimelineCanvas timeline) {
        this.timeline = timeline;
    }

    static void install(TimelineCanvas timeline) {
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
    }

    private void mouseDown(Event e) {
        timeline.control().setFocus();
        if (e.button == 1 || e.button == 2) {
            downX = e.x;
            timeline.setDragX(e.x);
            timeline.setDragged(false);
        }
    }

    private void mouseMove(Event e) {
        if (timeline.dragX() < 0 || timeline.timeline() == null) {
            return;
        }
        if (!timeline.dragged() && Math.abs(e.x - downX) < DRAG_THRESHOLD) {
            return;
        }
        timeline.setDragged(true);
        timeline.pan(timeline.dragX() - e.x);
        timeline.setDragX(e.x);
    }

    private void mouseUp(Event e) {
        boolean click = !timeline.dragged() && timeline.dragX() >= 0 && e.button == 1;
        timeline.setDragX(-1);
        timeline.setDragged(false);
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
