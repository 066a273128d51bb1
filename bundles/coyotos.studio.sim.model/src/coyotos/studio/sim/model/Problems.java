package coyotos.studio.sim.model;

import coyotos.studio.model.validation.Labels;
import coyotos.studio.sim.model.TranslationProblem.Severity;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Collects translation problems, labelling elements the way validation findings do. */
final class Problems {
    private final List<TranslationProblem> list = new ArrayList<>();

    void error(EObject e, String message) {
        add(Severity.ERROR, e, message);
    }

    void warning(EObject e, String message) {
        add(Severity.WARNING, e, message);
    }

    void info(EObject e, String message) {
        add(Severity.INFO, e, message);
    }

    void add(Severity s, EObject e, String message) {
        list.add(new TranslationProblem(s, e == null ? null : id(e), e == null ? null : label(e), message));
    }

    List<TranslationProblem> all() {
        return list;
    }

    /** The image id of a model element: its URI fragment (the UUID xmi:id in a saved model). */
    static String id(EObject e) {
        if (e.eResource() != null) {
            return e.eResource().getURIFragment(e);
        }
        return EcoreUtil.getURI(e).fragment();
    }

    static String label(EObject e) {
        return Labels.of(e);
    }
}
