package coyotos.studio.diagram.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Errors the diagram page reports go to the Error Log, so they are not lost in a browser console. */
final class DiagramLog {

    static final String BUNDLE = "coyotos.studio.diagram.ui";

    static void fromPage(String level, String text) {
        int severity = "error".equalsIgnoreCase(level) ? IStatus.ERROR
                : "warn".equalsIgnoreCase(level) || "warning".equalsIgnoreCase(level) ? IStatus.WARNING : IStatus.INFO;
        ILog.of(DiagramLog.class).log(new Status(severity, BUNDLE, "Diagram page: " + text));
    }

    private DiagramLog() {
    }
}
