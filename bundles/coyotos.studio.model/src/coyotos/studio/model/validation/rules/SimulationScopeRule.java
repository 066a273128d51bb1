package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.ArrayList;
import java.util.List;

import coyotos.studio.model.Capability;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.AbstractRule;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;
import coyotos.studio.model.validation.Reporter;
import coyotos.studio.model.validation.SimulatedCapabilities;

/**
 * What a system image holds that a simulation leaves out. An imported image keeps everything it says (so that an
 * export writes it back), but the simulator models only GPT, page, cap page, window, endpoint, entry, process,
 * bank, schedule and KernLog capabilities, and runs workloads, program images and the code an image placed in its
 * pages; this rule says which elements will not take part.
 */
public final class SimulationScopeRule extends AbstractRule {

    public SimulationScopeRule() {
        super("COY-SIM-NOT-MODELLED", WARNING, "What the simulator models (coyotos.studio.sim.model SystemTranslator): "
                + "kept from the image, left out of a simulation");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Capability c : m.capabilities()) {
            String what = SimulatedCapabilities.notSimulated(c);
            if (what != null) {
                r.report(this, c, Labels.of(c) + " is " + what + ", which the simulator does not have yet: a simulation "
                        + "treats it as empty.");
            }
        }
        for (KernelObject o : m.system().getObjects()) {
            if (o instanceof Process p) {
                List<String> kept = new ArrayList<>();
                addIfSet(kept, "brand", p.getBrand());
                addIfSet(kept, "cohort", p.getCohort());
                addIfSet(kept, "ioSpace", p.getIoSpace());
                if (p.getFlags() != 0) {
                    kept.add("flags");
                }
                if (!kept.isEmpty()) {
                    r.report(this, p, Labels.of(p) + " has " + String.join(", ", kept) + ", which a simulation does not use.");
                }
            }
        }
    }

    private static void addIfSet(List<String> kept, String name, Capability c) {
        if (c != null && !ModelIndex.isEmpty(c)) {
            kept.add(name);
        }
    }
}
