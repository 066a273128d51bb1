package coyotos.studio.ui.internal.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import coyotos.studio.model.io.LoadDiagnostic;
import coyotos.studio.model.validation.Finding;
import coyotos.studio.model.validation.RuleEngine;

/**
 * Problems markers for one .coyotos file. Each marker remembers the element it is about (its URI fragment,
 * which the UUID ids keep stable across saves) so double-clicking it selects that element in the editor.
 */
public final class ModelMarkers {

    public static final String TYPE = "coyotos.studio.ui.problem";
    public static final String ELEMENT = "coyotos.element";
    public static final String RULE = "coyotos.rule";

    private ModelMarkers() {
    }

    public static void replace(IFile file, List<Finding> findings) throws CoreException {
        IWorkspaceRunnable write = monitor -> {
            file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
            for (Finding finding : findings) {
                IMarker marker = file.createMarker(TYPE);
                // the engine's message already starts with the rule id in brackets
                String tag = "[" + finding.ruleId() + "]";
                marker.setAttribute(IMarker.MESSAGE,
                        finding.message().startsWith(tag) ? finding.message() : tag + " " + finding.message());
                marker.setAttribute(IMarker.SEVERITY, severity(finding.severity()));
                marker.setAttribute(RULE, finding.ruleId());
                EObject element = finding.element();
                if (element != null) {
                    marker.setAttribute(IMarker.LOCATION, RuleEngine.label(element));
                    marker.setAttribute(ELEMENT, EcoreUtil.getURI(element).fragment());
                }
            }
        };
        ResourcesPlugin.getWorkspace().run(write, file, IResource.NONE, null);
    }

    /** A file that does not load gets one marker per load problem, with its line. */
    public static void replaceWithLoadProblems(IFile file, List<LoadDiagnostic> diagnostics) throws CoreException {
        IWorkspaceRunnable write = monitor -> {
            file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
            for (LoadDiagnostic d : diagnostics) {
                IMarker marker = file.createMarker(TYPE);
                marker.setAttribute(IMarker.MESSAGE, d.message());
                marker.setAttribute(IMarker.SEVERITY, d.severity() == LoadDiagnostic.Severity.ERROR
                        ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
                if (d.line() > 0) {
                    marker.setAttribute(IMarker.LINE_NUMBER, d.line());
                }
                marker.setAttribute(IMarker.LOCATION, d.line() > 0 ? "line " + d.line() : file.getName());
            }
        };
        ResourcesPlugin.getWorkspace().run(write, file, IResource.NONE, null);
    }

    static int severity(int diagnosticSeverity) {
        return switch (diagnosticSeverity) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> IMarker.SEVERITY_ERROR;
            case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }
}
