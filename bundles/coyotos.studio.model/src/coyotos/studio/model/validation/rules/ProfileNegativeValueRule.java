package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;

import coyotos.studio.model.CpuProfile;
import coyotos.studio.model.SimulationSetup;
import coyotos.studio.model.validation.AbstractRule;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;
import coyotos.studio.model.validation.ProfileLimits;
import coyotos.studio.model.validation.Reporter;

/** A custom CPU profile with a negative cost or size. */
public final class ProfileNegativeValueRule extends AbstractRule {

    public ProfileNegativeValueRule() {
        super("COY-PROFILE-NEGATIVE", ERROR, "simulator cost model: a cost is a number of cycles and a TLB a number of "
                + "entries; neither is negative (0 keeps the base profile's value)");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        SimulationSetup s = m.system().getSimulation();
        CpuProfile p = s == null ? null : s.getCustomProfile();
        if (p == null) {
            return;
        }
        for (ProfileLimits.Setting v : ProfileLimits.settings(p)) {
            if (v.negative()) {
                r.report(this, p, v.name() + " of " + Labels.of(p) + " is " + v.value() + ". Use a positive number, or 0 "
                        + "to keep the value of the profile it is based on.");
            }
        }
    }
}
