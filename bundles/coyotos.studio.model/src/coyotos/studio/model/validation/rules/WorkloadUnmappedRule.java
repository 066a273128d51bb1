package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A Touch that reaches no page and no handler on its path can map one. */
public final class WorkloadUnmappedRule extends AbstractRule {

    public WorkloadUnmappedRule() {
        super("COY-WORKLOAD-UNMAPPED", ERROR, "§4.3.1 Translation Algorithm and §3.3.1 Exception Delivery: an unmapped access nobody can fill stops the process");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            if (p.getWorkload() == null || ModelIndex.isEmpty(p.getAddressSpace())) {
                continue;
            }
            for (Touch t : ModelIndex.touches(p.getWorkload().getSteps())) {
                for (long va : FaultPaths.samples(t)) {
                    SpaceWalker.Walk w = m.walker().walk(p.getAddressSpace(), va);
                    if (w.fault() != null && !FaultPaths.canFill(p, va, w)) {
                        r.report(this, t, Labels.of(t) + " touches 0x" + Long.toHexString(va) + ", which translation of "
                                + Labels.of(p) + " does not reach (" + w.fault() + "), and no handler on its fault path "
                                + "maps pages. Map the range, or give the process a handler that maps fresh pages.");
                        break;
                    }
                }
            }
        }
    }
}
