package coyotos.studio.sim.model;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.NullCapability;
import coyotos.studio.model.Process;
import coyotos.studio.model.RunState;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.Workload;

/** A model process → {@link ProcessSpec} (spec §3.1 Processes), with its program or receive loop. */
final class ProcessTranslator {
    private final Problems problems;
    private final CapabilityTranslator caps;
    private final WorkloadTranslator steps;
    private final HandlerTranslator handlers;

    ProcessTranslator(Problems problems, CapabilityTranslator caps) {
        this.problems = problems;
        this.caps = caps;
        this.steps = new WorkloadTranslator(problems);
        this.handlers = new HandlerTranslator(problems, caps, steps);
    }

    ProcessSpec translate(Process p) {
        ProcessSpec.Builder b = ProcessSpec.builder(Problems.id(p)).name(p.getName() != null ? p.getName() : Problems.id(p));
        boolean[] seen = new boolean[ProcessSpec.CAP_REGISTERS];
        for (CapRegister r : p.getRegisters()) {
            if (r.getIndex() < 0 || r.getIndex() >= ProcessSpec.CAP_REGISTERS) {
                problems.error(r, "capability register index " + r.getIndex() + " is outside 0..31 (§3.1).");
                continue;
            }
            if (seen[r.getIndex()]) {
                problems.error(r, "register " + r.getIndex() + " is defined twice; the simulator keeps the first.");
                continue;
            }
            seen[r.getIndex()] = true;
            b.capRegister(r.getIndex(), caps.translate(r.getCap()));
        }
        b.handler(caps.translate(p.getHandler()));
        b.addressSpace(caps.translate(p.getAddressSpace()));
        b.schedule(schedule(p));
        // §3.1: a process starts by taking faultCode/faultInfo; Startup (25) with faultInfo = initial PC.
        b.initialFault(p.getFaultCode().getValue(), p.isSetFaultInfo() ? p.getFaultInfo() : 0);

        boolean receiver = HandlerTranslator.isReceiver(p);
        if (receiver) {
            b.server(handlers.server(p));
        } else {
            b.workload(new Workload(steps.program(p.getWorkload())));
        }
        if (p.getActivationHandler() != null) {
            b.activation(handlers.activation(p, p.getActivationHandler()));
        }
        boolean runs = receiver || (p.getWorkload() != null && !p.getWorkload().getSteps().isEmpty());
        if (runs && (p.getAddressSpace() == null || p.getAddressSpace() instanceof NullCapability)) {
            problems.warning(p, "has no address space: its first reference faults with InvalidDataReference (the "
                    + "kernel never raises NoAddrSpace, Process.idl).");
        }
        if (p.getRunState() == RunState.FAULTED && (p.getFaultCode().getValue() == 0 || p.getFaultCode().getValue() == 25)) {
            problems.warning(p, "run state FAULTED is not simulated without a fault code: set faultCode.");
        }
        return b.build();
    }

    /**
     * Schedules are not objects of the image: the simulator has one round-robin scheduler and priority is not
     * simulated. What matters is whether the slot holds a schedule at all (NoSchedule at start otherwise).
     */
    private String schedule(Process p) {
        coyotos.studio.model.Capability c = p.getSchedule();
        if (c == null || c instanceof NullCapability) {
            return null;
        }
        if (c instanceof ScheduleCapability s) {
            return caps.target(s, s.getTarget(), "schedule");
        }
        problems.error(c, "the schedule slot holds a " + c.eClass().getName() + ", not a schedule capability.");
        return null;
    }
}
