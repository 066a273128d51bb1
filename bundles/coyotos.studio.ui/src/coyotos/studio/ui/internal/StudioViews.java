package coyotos.studio.ui.internal;

/** Ids of the views this bundle contributes in plugin.xml; tests and the perspective refer to them. */
public final class StudioViews {
    public static final String RESULTS = "coyotos.studio.ui.views.results";

    private StudioViews() {
    }
}
