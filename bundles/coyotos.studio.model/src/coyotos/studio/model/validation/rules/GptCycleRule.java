package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A GPT reachable from itself. */
public final class GptCycleRule extends AbstractRule {

    public GptCycleRule() {
        super("COY-GPT-CYCLE", ERROR, "§4.3.3 Cycle Detection: a cyclic space faults with MalformedSpace; the kernel bounds a walk at MEMWALK_MAX (32) capabilities (kern_MemWalk.c)");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Gpt g : m.spaces().cycleEntries()) {
            r.report(this, g, Labels.of(g) + " reaches itself through GPT capabilities: a walk through it faults "
                    + "with MalformedSpace after 32 capabilities. Break the cycle by replacing one of the GPT capabilities on it.");
        }
    }
}
