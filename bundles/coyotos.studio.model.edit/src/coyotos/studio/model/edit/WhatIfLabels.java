package coyotos.studio.model.edit;

import coyotos.studio.model.ActivationDesign;
import coyotos.studio.model.ActivationHandler;

/**
 * How an activation handler reads wherever a user meets it (tree, Properties, diagram, results): as a what-if of
 * the spec draft before 0.6, never as a Coyotos 0.6 mechanism (spec 0.6 preface: activations were tried and
 * removed; the 2007 kernel has no implementation).
 */
public final class WhatIfLabels {

    /** {@code activation handler (what-if, draft-0.5)}. */
    public static String activation(ActivationHandler handler) {
        ActivationDesign d = handler == null ? ActivationDesign.DRAFT_05 : handler.getDesign();
        return "activation handler (what-if, " + d.getLiteral() + ")";
    }

    private WhatIfLabels() {
    }
}
