package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A process whose schedule slot holds no schedule capability. */
public final class ProcessScheduleRule extends AbstractRule {

    public ProcessScheduleRule() {
        super("COY-PROCESS-SCHEDULE", ERROR, "§1.1 Microkernel Objects: a process names the schedule under which it runs (the 2007 kernel never raises NoSchedule: its one ready queue runs the process anyway)");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            Capability s = p.getSchedule();
            if (ModelIndex.isEmpty(s)) {
                r.report(this, p, Labels.of(p) + " has no schedule. Spec 0.6 requires one; the 2007 kernel runs the "
                        + "process anyway on its one ready queue and never raises NoSchedule. Put a schedule capability "
                        + "in its schedule slot.");
            } else if (!(s instanceof ScheduleCapability)) {
                r.report(this, p, Labels.of(p) + " holds a " + s.eClass().getName() + " in its schedule slot. "
                        + "Replace it with a schedule capability.");
            }
        }
    }
}
