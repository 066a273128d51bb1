package coyotos.studio.diagram.internal.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

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

    /** The findings placed on each drawn element, each list in the order of {@code placed}. */
    public static Map<String, List<Placed>> byElement(List<Placed> placed) {
        return placed.stream()
                .collect(Collectors.groupingBy(Placed::elementId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Whether any of these findings is an error (the element is drawn as an error, else as a warning). */
    public static boolean anyError(List<Placed> placed) {
        return placed.stream().anyMatch(p -> p.finding().severity() >= Diagnostic.ERROR);
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
