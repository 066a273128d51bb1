package coyotos.studio.diagram.internal.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;
import coyotos.studio.model.validation.Finding;

/**
 * Puts rule findings on the diagram: a finding about an element the diagram does not draw (a register, a
 * workload step) lands on the nearest drawn element that contains it.
 */
public final class Findings {

    public record Placed(String elementId, Finding finding) {
    }

    public static List<Placed> place(List<Finding> findings, DiagramContent content, EditedModel model) {
        return findings.stream().map(f -> new Placed(drawnHolder(f.element(), content, model), f))
                .filter(p -> p.elementId() != null).toList();
    }

    /** One CSS class per drawn element: the worst severity found on it. */
    public static Map<String, String> cssClasses(List<Placed> placed) {
        Map<String, String> css = new HashMap<>();
        for (Placed p : placed) {
            boolean error = p.finding().severity() >= Diagnostic.ERROR;
            css.merge(p.elementId(), error ? DiagramKinds.ERROR_CLASS : DiagramKinds.WARNING_CLASS,
                    (a, b) -> a.equals(DiagramKinds.ERROR_CLASS) ? a : b);
        }
        return css;
    }

    private static String drawnHolder(EObject element, DiagramContent content, EditedModel model) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            String id = model.idOf(e);
            if (id != null && content.contains(id)) {
                return id;
            }
        }
        return null;
    }

    private Findings() {
    }
}
