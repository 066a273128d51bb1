package coyotos.studio.model.validation.fixes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.Process;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;

/**
 * COY-PROCESS-SCHEDULE: a process without a schedule never runs (spec §3.1.1, NoSchedule). One fix per schedule
 * the model has; a model with none gets one made.
 */
final class ProcessScheduleFix implements RuleFix {

    @Override
    public String ruleId() {
        return "COY-PROCESS-SCHEDULE";
    }

    @Override
    public List<Fix> fixes(ModelIndex model, EObject element) {
        if (!(element instanceof Process process)) {
            return List.of();
        }
        CoyotosSystem system = model.system();
        List<Fix> fixes = new ArrayList<>();
        for (KernelObject object : system.getObjects()) {
            if (object instanceof Schedule schedule) {
                fixes.add(new Fix("schedule:" + FixKeys.of(schedule), "Schedule " + Labels.of(process) + " with "
                        + Labels.of(schedule), "Puts a schedule capability to it in the schedule slot.",
                        () -> process.setSchedule(capabilityTo(schedule))));
            }
        }
        if (fixes.isEmpty()) {
            String name = freeName(system, "schedule");
            fixes.add(new Fix("new-schedule", "Add schedule '" + name + "' and schedule " + Labels.of(process)
                    + " with it", "The model has no schedule yet.", () -> {
                        Schedule schedule = CoyotosFactory.eINSTANCE.createSchedule();
                        schedule.setName(name);
                        system.getObjects().add(schedule);
                        process.setSchedule(capabilityTo(schedule));
                    }));
        }
        return fixes;
    }

    private static ScheduleCapability capabilityTo(Schedule schedule) {
        ScheduleCapability cap = CoyotosFactory.eINSTANCE.createScheduleCapability();
        cap.setTarget(schedule);
        return cap;
    }

    static String freeName(CoyotosSystem system, String base) {
        Set<String> taken = system.getObjects().stream().map(KernelObject::getName).collect(Collectors.toSet());
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
