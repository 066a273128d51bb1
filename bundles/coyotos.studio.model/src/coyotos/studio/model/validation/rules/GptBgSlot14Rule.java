package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A GPT with bg whose slot 14 holds no memory capability. */
public final class GptBgSlot14Rule extends AbstractRule {

    public GptBgSlot14Rule() {
        super("COY-GPT-BG-SLOT14", ERROR, "§4.3 Address Space Composition: with bg, slot 14 holds the background space");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Gpt g : m.gpts()) {
            if (g.isBg() && !(m.slot(g, 14) instanceof MemoryCapability)) {
                r.report(this, g, Labels.of(g) + " has bg set but slot 14 holds no memory capability. "
                        + "Put the background space (a GPT or page capability) in slot 14, or clear bg.");
            }
        }
    }
}
