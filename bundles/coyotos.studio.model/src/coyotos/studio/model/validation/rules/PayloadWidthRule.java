package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;

import coyotos.studio.model.Capability;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.validation.AbstractRule;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;
import coyotos.studio.model.validation.Reporter;

/** A protected payload outside the kernel's 32 bits (entry capabilities and endpoints). */
public final class PayloadWidthRule extends AbstractRule {

    static final long LIMIT = 0xFFFF_FFFFL;

    public PayloadWidthRule() {
        super("COY-PAYLOAD-WIDTH", ERROR, "§5.3 Endpoints and obstore/capability.h, obstore/Endpoint.h: protected "
                + "payloads are 32 bits");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Capability c : m.capabilities()) {
            if (c instanceof EntryCapability e && out(e.getProtectedPayload())) {
                r.report(this, e, Labels.of(e) + " carries protected payload " + e.getProtectedPayload()
                        + ", which does not fit the kernel's 32 bits. Use 0 .. 4294967295.");
            }
        }
        for (Endpoint ep : m.endpoints()) {
            if (out(ep.getProtectedPayload())) {
                r.report(this, ep, Labels.of(ep) + " has protected payload " + ep.getProtectedPayload()
                        + ", which does not fit the kernel's 32 bits. Use 0 .. 4294967295.");
            }
        }
    }

    private static boolean out(long payload) {
        return payload < 0 || payload > LIMIT;
    }
}
