package coyotos.studio.model.validation.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import coyotos.studio.model.Capability;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;

/**
 * COY-CAP-DANGLING: a capability to nothing is replaced by the Null capability, which is what the kernel finds in
 * a slot whose object is gone (spec chapter 2: a capability always names an existing object).
 */
final class CapDanglingFix implements RuleFix {

    @Override
    public String ruleId() {
        return "COY-CAP-DANGLING";
    }

    @Override
    public List<Fix> fixes(ModelIndex model, EObject element) {
        if (!(element instanceof Capability cap) || cap.eContainer() == null) {
            return List.of();
        }
        EStructuralFeature feature = cap.eContainingFeature();
        if (feature.isMany()) {
            return List.of();
        }
        EObject holder = cap.eContainer();
        return List.of(new Fix("null-capability", "Replace " + Labels.of(cap) + " with the Null capability",
                "The object it named is gone; an empty slot holds the Null capability.",
                () -> holder.eSet(feature, CoyotosFactory.eINSTANCE.createNullCapability())));
    }
}
