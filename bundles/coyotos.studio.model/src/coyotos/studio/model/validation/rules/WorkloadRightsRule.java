package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A store through a read-only or weak path, a fetch through a no-execute path. */
public final class WorkloadRightsRule extends AbstractRule {

    public WorkloadRightsRule() {
        super("COY-WORKLOAD-RIGHTS", ERROR, "§4.1.2 References and Access Violations: RO/WK stores fault AccessViolation; NX fetches fault NoExecute where NX is enforced (§4.1.1)");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            if (p.getWorkload() == null || ModelIndex.isEmpty(p.getAddressSpace())) {
                continue;
            }
            for (Touch t : ModelIndex.touches(p.getWorkload().getSteps())) {
                boolean store = t.getAccess() == AccessKind.WRITE || t.getAccess() == AccessKind.CAP_WRITE;
                for (long va : FaultPaths.samples(t)) {
                    SpaceWalker.Walk w = m.walker().walk(p.getAddressSpace(), va);
                    // kern_MemWalk.c checks a store's rights on the path walked so far before it looks for the
                    // page: a store through RO/WK faults AccessViolation even where a pager would fill the page.
                    String why = store && (w.readOnly() || w.weak()) ? "a store through a " + (w.readOnly() ? "read-only" : "weak")
                            + " path (AccessViolation" + (w.fault() != null ? ", before any handler could fill the missing "
                            + "page there" : "") + ")"
                            : w.fault() == null && t.getAccess() == AccessKind.EXECUTE && w.noExecute()
                            ? "an instruction fetch through a no-execute path (NoExecute where NX is enforced: PAE with "
                                    + "NX under eros-design; the 2007 kernel never enables NX)" : null;
                    if (why != null) {
                        r.report(this, t, Labels.of(t) + " makes " + why + " at 0x" + Long.toHexString(va)
                                + ". Drop the restriction on the capabilities of that path, or change the access.");
                        break;
                    }
                }
            }
        }
    }
}
