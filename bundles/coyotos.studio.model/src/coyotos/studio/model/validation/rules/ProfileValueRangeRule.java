package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;

import coyotos.studio.model.CpuProfile;
import coyotos.studio.model.SimulationSetup;
import coyotos.studio.model.validation.AbstractRule;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;
import coyotos.studio.model.validation.ProfileLimits;
import coyotos.studio.model.validation.Reporter;

/** A custom CPU profile with a cost or size beyond any real x86 (and beyond what the simulator can hold). */
public final class ProfileValueRangeRule extends AbstractRule {

    public ProfileValueRangeRule() {
        super("COY-PROFILE-RANGE", ERROR, "simulator cost model: at most " + String.format("%,d", ProfileLimits.MAX_CYCLES)
                + " cycles per operation, " + String.format("%,d", ProfileLimits.MAX_TLB_ENTRIES) + " TLB entries and "
                + String.format("%,d", ProfileLimits.MAX_CLOCK_MHZ) + " MHz; larger values are typos that would overflow "
                + "or exhaust memory");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        SimulationSetup s = m.system().getSimulation();
        CpuProfile p = s == null ? null : s.getCustomProfile();
        if (p == null) {
            return;
        }
        for (ProfileLimits.Setting v : ProfileLimits.settings(p)) {
            if (v.tooLarge()) {
                r.report(this, p, v.name() + " of " + Labels.of(p) + " is " + String.format("%,d", v.value())
                        + ", beyond the largest value it may have (" + String.format("%,d", v.max()) + "). Check the "
                        + "number: no x86 comes near it.");
            }
        }
    }
}
