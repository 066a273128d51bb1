package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A guard whose match lies above the bits the capability receives from its parent. */
public final class GuardNeverMatchesRule extends AbstractRule {

    public GuardNeverMatchesRule() {
        super("COY-GUARD-NEVER-MATCHES", ERROR, "§4.3.1 Translation Algorithm: guard check");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Capability c : m.capabilities()) {
            if (!(c instanceof MemoryCapability mc)) {
                continue;
            }
            int bits = incomingBits(mc);
            if (bits < 0) {
                continue;
            }
            int l2g = mc.getL2g();
            long match = mc.getMatch();
            boolean never;
            if (l2g >= bits || l2g >= 64) {
                never = match != 0;
            } else {
                int width = bits - l2g;
                never = width < 64 && (match >>> width) != 0;
            }
            if (never) {
                r.report(this, mc, "The guard of " + Labels.of(mc) + " (match 0x" + Long.toHexString(match) + ", l2g "
                        + l2g + ") needs address bits above bit " + bits + ", which its position never supplies: "
                        + "no address gets through. Lower match or raise l2g.");
            }
        }
    }

    /** Address bits a memory capability receives: 64 in a space slot, the parent l2v in a GPT slot. */
    static int incomingBits(MemoryCapability mc) {
        EObject c = mc.eContainer();
        if (c instanceof Process p && p.getAddressSpace() == mc) {
            return 64;
        }
        if (c instanceof Slot s && s.eContainer() instanceof Gpt g) {
            if ((g.isHa() && s.getIndex() == 15) || (g.isBg() && s.getIndex() == 14)) {
                return -1;
            }
            return Math.max(0, g.getL2v());
        }
        return -1;
    }
}
