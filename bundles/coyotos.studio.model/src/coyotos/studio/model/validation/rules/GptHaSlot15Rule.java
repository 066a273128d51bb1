package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A GPT with ha whose slot 15 holds no entry capability. */
public final class GptHaSlot15Rule extends AbstractRule {

    public GptHaSlot15Rule() {
        super("COY-GPT-HA-SLOT15", ERROR, "§4.3 Address Space Composition: with ha, slot 15 holds the memory handler entry capability (kern_Process.c falls through to the process handler when it does not)");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Gpt g : m.gpts()) {
            if (g.isHa() && !(m.slot(g, 15) instanceof EntryCapability)) {
                r.report(this, g, Labels.of(g) + " has ha set but slot 15 holds "
                        + (m.slot(g, 15) == null ? "nothing" : "a " + m.slot(g, 15).eClass().getName())
                        + ": the kernel still picks this GPT's handler, the upcall fails and the fault goes to the process "
                        + "handler. Put an entry capability to the memory handler endpoint in slot 15, or clear ha.");
            }
        }
    }
}
