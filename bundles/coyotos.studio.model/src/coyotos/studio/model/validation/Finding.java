package coyotos.studio.model.validation;

import org.eclipse.emf.ecore.EObject;

/** One rule violation: kept by tests and tools that want findings as data rather than Diagnostics. */
public record Finding(String ruleId, int severity, EObject element, String message) {
}
