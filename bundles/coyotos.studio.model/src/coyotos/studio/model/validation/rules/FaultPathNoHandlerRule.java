package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A running process with no memory handler, activation handler or process handler. */
public final class FaultPathNoHandlerRule extends AbstractRule {

    public FaultPathNoHandlerRule() {
        super("COY-FAULT-PATH-NO-HANDLER", WARNING, "§3.3.1 Exception Delivery: with no handler a faulted process silently stops");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            if (p.getWorkload() != null && !FaultPaths.anyHandler(m, p)) {
                r.report(this, p, Labels.of(p) + " has a workload but no handler anywhere on its fault path: any fault "
                        + "stops it silently. Give it a process handler (entry capability in its handler slot) or a "
                        + "memory handler (ha on a GPT of its space).");
            }
        }
    }
}
