package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A capability, handler action or endpoint whose target is missing or unresolved. */
public final class CapDanglingRule extends AbstractRule {

    public CapDanglingRule() {
        super("COY-CAP-DANGLING", ERROR, "§2 Capabilities: a capability always names an existing object");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (EObject o : m.all()) {
            if (o instanceof NullCapability) {
                continue;
            }
            if (o instanceof Capability || o instanceof MapFreshPage || o instanceof ForwardFault) {
                for (org.eclipse.emf.ecore.EReference ref : o.eClass().getEAllReferences()) {
                    if (ref.isContainment() || ref.isContainer() || ref.isMany()) {
                        continue;
                    }
                    EObject t = (EObject) o.eGet(ref, false);
                    // a MapFreshPage without a GPT serves any client: it maps wherever the faulting walk stopped
                    if (t == null && !(o instanceof MapFreshPage && ref.getName().equals("gpt"))) {
                        r.report(this, o, Labels.of(o) + " has no " + ref.getName() + ". Set it, or use a Null capability.");
                    } else if (t != null && (t.eIsProxy() || org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(t) != m.system())) {
                        r.report(this, o, "The " + ref.getName() + " of " + Labels.of(o) + " no longer exists"
                                + (t.eIsProxy() ? " (" + ((org.eclipse.emf.ecore.InternalEObject) t).eProxyURI() + ")" : "")
                                + ". Re-point it at an existing object.");
                    }
                }
            }
        }
    }
}
