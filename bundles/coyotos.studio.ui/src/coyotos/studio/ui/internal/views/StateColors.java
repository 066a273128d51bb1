package coyotos.studio.ui.internal.views;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import coyotos.studio.sim.result.ProcessState;

/**
 * How the Timeline paints each process state (the names are {@link ProcessState#label()}). The palette
 * follows Trace Compass's Control Flow view (green = running user code, yellow = blocked waiting, orange =
 * ready for the CPU, red = interrupted/faulted) so people who know that tool read ours without the legend.
 */
final class StateColors {

    private static final Map<ProcessState, RGB> RGBS = new EnumMap<>(Map.of(
            ProcessState.READY, new RGB(230, 140, 40),
            ProcessState.RUNNING, new RGB(60, 170, 70),
            ProcessState.RECEIVING, new RGB(230, 200, 50),
            ProcessState.FAULTED, new RGB(210, 55, 55),
            ProcessState.BLOCKED_SEND, new RGB(120, 110, 200),
            ProcessState.HALTED, new RGB(105, 105, 105),
            ProcessState.DONE, new RGB(175, 175, 175),
            ProcessState.IN_ACTIVATION, new RGB(40, 150, 200)));

    private final Map<ProcessState, Color> colors = new EnumMap<>(ProcessState.class);

    /** Colours come from (and are disposed with) the given manager, normally one tied to the canvas. */
    StateColors(ResourceManager resources) {
        for (ProcessState s : ProcessState.values()) {
            colors.put(s, resources.create(ColorDescriptor.createFrom(RGBS.get(s))));
        }
    }

    Color color(ProcessState state) {
        return colors.get(state);
    }

    /**
     * States where the process no longer competes for the CPU are drawn as a thin line instead of a full bar,
     * so the eye goes to the stretches where something happens.
     */
    static boolean thin(ProcessState state) {
        return state == ProcessState.DONE;
    }
}
