package coyotos.studio.model.validation;

import org.eclipse.emf.ecore.EObject;

/** Receives the findings of rules. */
public interface Reporter {

    /** Reports that {@code element} breaks {@code rule}; the message names the element and says what to do. */
    void report(Rule rule, EObject element, String message);
}
