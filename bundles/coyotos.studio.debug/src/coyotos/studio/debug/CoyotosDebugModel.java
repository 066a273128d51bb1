package coyotos.studio.debug;

/** Identifiers of the Coyotos debug model, as the Eclipse debug platform knows it. */
public final class CoyotosDebugModel {
    /** The debug model id of every element and breakpoint (IDebugElement#getModelIdentifier). */
    public static final String ID = "coyotos.studio.debug";
    /** The launch configuration type this model debugs (declared by coyotos.studio.ui: Run As and Debug As). */
    public static final String LAUNCH_TYPE = "coyotos.studio.ui.launch.simulation";

    private CoyotosDebugModel() {
    }
}
