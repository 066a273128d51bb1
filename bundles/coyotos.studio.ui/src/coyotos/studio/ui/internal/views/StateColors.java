package coyotos.studio.ui.internal.views;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import coyotos.studio.sim.result.ProcessState;

/**
 * How the Timeline paints each process state. The palette follows Trace Compass's Control Flow view (green =
 * running user code, yellow = blocked waiting, orange = ready for the CPU, red = interrupted/faulted) so people
 * who know that tool read ours without the legend.
 */
final class StateColors {

    private static final Map<ProcessState, RGB> RGBS = new EnumMap<>(ProcessState.class);
    private static final Map<ProcessState, String> LABELS = new EnumMap<>(ProcessState.class);

    static {
        define(ProcessState.READY, new RGB(230, 140, 40), "Ready");
        define(ProcessState.RUNNING, new RGB(60, 170, 70), "Running (user)");
        define(ProcessState.RECEIVING, new RGB(230, 200, 50), "Receiving (IPC wait)");
        define(ProcessState.FAULTED, new RGB(210, 55, 55), "Faulted (handler)");
        define(ProcessState.BLOCKED_SEND, new RGB(120, 110, 200), "Blocked send");
        define(ProcessState.HALTED, new RGB(105, 105, 105), "Halted");
        define(ProcessState.DONE, new RGB(175, 175, 175), "Done");
        define(ProcessState.IN_ACTIVATION, new RGB(40, 150, 200), "In activation handler (what-if, draft 0.5)");
    }

    private final Map<ProcessState, Color> colors = new EnumMap<>(ProcessState.class);

    /** Colours come from (and are disposed with) the given manager, normally one tied to the canvas. */
    StateColors(ResourceManager resources) {
        for (ProcessState s : ProcessState.values()) {
            colors.put(s, resources.create(ColorDescriptor.createFrom(RGBS.get(s))));
        }
    }

    private static void define(ProcessState state, RGB rgb, String label) {
        RGBS.put(state, rgb);
        LABELS.put(state, label);
    }

    Color color(ProcessState state) {
        return colors.get(state);
    }

    static String label(ProcessState state) {
        return LABELS.get(state);
    }

    /**
     * States where the process no longer competes for the CPU are drawn as a thin line instead of a full bar,
     * so the eye goes to the stretches where something happens.
     */
    static boolean thin(ProcessState state) {
        return state == ProcessState.DONE;
    }
}
