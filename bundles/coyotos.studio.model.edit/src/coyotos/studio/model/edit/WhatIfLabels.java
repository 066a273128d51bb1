package coyotos.studio.model.edit;

import coyotos.studio.model.ActivationDesign;
import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.Process;

/**
 * How an activation handler reads wherever a user meets it (tree, Properties, diagram, results): as a what-if of
 * the spec draft before 0.6, never as a Coyotos 0.6 mechanism (spec 0.6 preface: activations were tried and
 * removed; the 2007 kernel has no implementation).
 */
public final class WhatIfLabels {

    /**
     * {@code activation handler (what-if, draft-0.5)}; {@code activation handler (what-if, draft-0.5, register level)}
     * for a process that runs a program image, whose handler is its own code under the simulator's register-level
     * convention (a what-if of its own: the draft never wrote the IA-32 layout; sim.kernel ProgramActivation).
     */
    public static String activation(ActivationHandler handler) {
        ActivationDesign d = handler == null ? ActivationDesign.DRAFT_05 : handler.getDesign();
        boolean program = handler != null && handler.eContainer() instanceof Process p && p.getProgramImage() != null
                && !p.getProgramImage().isBlank();
        return "activation handler (what-if, " + d.getLiteral() + (program ? ", register level" : "") + ")";
    }

    private WhatIfLabels() {
    }
}
