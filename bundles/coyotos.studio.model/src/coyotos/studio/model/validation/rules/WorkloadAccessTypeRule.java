package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** Data access into a CapPage, capability access into a Page. */
public final class WorkloadAccessTypeRule extends AbstractRule {

    public WorkloadAccessTypeRule() {
        super("COY-WORKLOAD-ACCESS-TYPE", ERROR, "§4.1.2 References and Access Violations: DataAccessTypeError / CapAccessTypeError, checked after the rights");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            if (p.getWorkload() == null || ModelIndex.isEmpty(p.getAddressSpace())) {
                continue;
            }
            for (Touch t : ModelIndex.touches(p.getWorkload().getSteps())) {
                boolean capAccess = t.getAccess() == AccessKind.CAP_READ || t.getAccess() == AccessKind.CAP_WRITE;
                for (long va : FaultPaths.samples(t)) {
                    SpaceWalker.Walk w = m.walker().walk(p.getAddressSpace(), va);
                    if (w.leaf() instanceof CapPage && !capAccess || w.leaf() instanceof Page && capAccess) {
                        r.report(this, t, Labels.of(t) + " makes a " + (capAccess ? "capability" : "data") + " access at 0x"
                                + Long.toHexString(va) + ", which lands in " + Labels.of(w.leaf()) + " ("
                                + (capAccess ? "CapAccessTypeError" : "DataAccessTypeError") + "). Map a "
                                + (capAccess ? "CapPage" : "Page") + " there or change the access kind.");
                        break;
                    }
                }
            }
        }
    }
}
