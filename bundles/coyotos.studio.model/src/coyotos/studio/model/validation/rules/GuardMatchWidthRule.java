package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;

import coyotos.studio.model.Capability;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.model.validation.AbstractRule;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;
import coyotos.studio.model.validation.Reporter;

/** A guard match wider than the kernel's 24-bit field. */
public final class GuardMatchWidthRule extends AbstractRule {

    /** obstore/capability.h CAP_MATCH_WIDTH. */
    public static final int MATCH_BITS = 24;

    public GuardMatchWidthRule() {
        super("COY-GUARD-MATCH-WIDTH", ERROR, "obstore/capability.h: the guard match field is 24 bits (CAP_MATCH_WIDTH); "
                + "Memory.idl guard_t keeps it in the top 24 bits of a word");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Capability c : m.capabilities()) {
            if (c instanceof MemoryCapability mc && (mc.getMatch() < 0 || mc.getMatch() >= (1L << MATCH_BITS))) {
                r.report(this, mc, "The guard match 0x" + Long.toHexString(mc.getMatch()) + " of " + Labels.of(mc)
                        + " does not fit the kernel's " + MATCH_BITS + " bits. Use a match below 0x1000000 and move "
                        + "the rest of the guard into l2g or a GPT above.");
            }
        }
    }
}
