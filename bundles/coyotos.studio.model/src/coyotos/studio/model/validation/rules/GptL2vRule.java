package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** GPT l2v below the page size (or beyond the 64-bit address). */
public final class GptL2vRule extends AbstractRule {

    public GptL2vRule() {
        super("COY-GPT-L2V-RANGE", ERROR, "§4.3 Address Space Composition: l2v >= log2(page size), and below 64");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Gpt g : m.gpts()) {
            if (g.getL2v() < ModelIndex.PAGE_BITS || g.getL2v() > 63) {
                r.report(this, g, Labels.of(g) + " has l2v " + g.getL2v() + ": each slot must span at least a page. "
                        + "Set l2v between " + ModelIndex.PAGE_BITS + " and 63.");
            }
        }
    }
}
