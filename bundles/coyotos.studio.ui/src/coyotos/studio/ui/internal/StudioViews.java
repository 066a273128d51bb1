package coyotos.studio.ui.internal;

/** Ids of the views this bundle contributes in plugin.xml; tests and the perspective refer to them. */
public final class StudioViews {
    public static final String RESULTS = "coyotos.studio.ui.views.results";
    public static final String TIMELINE = "coyotos.studio.ui.views.timeline";
    public static final String COSTS = "coyotos.studio.ui.views.costs";
    public static final String TRACE = "coyotos.studio.ui.views.trace";
    public static final String COMPARE = "coyotos.studio.ui.views.compare";

    private StudioViews() {
    }
}
