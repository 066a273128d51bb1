package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import coyotos.studio.model.CapPage;
import coyotos.studio.model.Capability;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.model.MemoryObject;
import coyotos.studio.model.Page;
import coyotos.studio.model.validation.AbstractRule;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;
import coyotos.studio.model.validation.Reporter;

/** No-call or opaque on a page or cap page capability, which the kernel refuses to fabricate. */
public final class NoCallOnPageRule extends AbstractRule {

    public NoCallOnPageRule() {
        super("COY-NOCALL-ON-PAGE", WARNING, "Memory.idl: noCall and opaque are not meaningful for Page or CapPage "
                + "capabilities; reduce() raises RequestError for them");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Capability c : m.capabilities()) {
            if (c instanceof MemoryCapability mc && (mc.isNoCall() || mc.isOpaque())) {
                MemoryObject t = mc.getTargetObject();
                if (t instanceof Page || t instanceof CapPage) {
                    r.report(this, mc, Labels.of(mc) + " is " + (mc.isNoCall() ? "no-call" : "opaque")
                            + ", which means nothing on a page: no memory handler lies below a page and a page has no "
                            + "structure to hide. Put the restriction on the GPT capability above it.");
                }
            }
        }
    }
}
