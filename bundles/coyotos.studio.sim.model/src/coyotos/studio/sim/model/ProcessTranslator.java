package coyotos.studio.sim.model;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.NullCapability;
import coyotos.studio.model.Process;
import coyotos.studio.model.RunState;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.ProgramSpace;
import coyotos.studio.sim.image.ProgramStart;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.image.Workload;
import coyotos.studio.sim.memory.FaultCode;

/**
 * A model process → {@link ProcessSpec} (spec §3.1 Processes), with its workload, receive loop, or program image
 * (i386 machine code, {@link ProgramImageTranslator}).
 */
final class ProcessTranslator {
    private final Problems problems;
    private final CapabilityTranslator caps;
    private final WorkloadTranslator steps;
    private final HandlerTranslator handlers;
    private final ProgramImageTranslator programs;
    private Boolean modelCarriesCode;

    ProcessTranslator(Problems problems, CapabilityTranslator caps, SystemImage.Builder image) {
        this.problems = problems;
        this.caps = caps;
        this.steps = new WorkloadTranslator(problems);
        this.handlers = new HandlerTranslator(problems, caps, steps);
        this.programs = new ProgramImageTranslator(problems, image);
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
        if (p.getProgramImage() != null && !p.getProgramImage().isBlank()) {
            return program(p, b, receiver);
        }
        if (!receiver && runsCodeOfItsSpace(p)) {
            // an image's process (mkimage): loadimage put its code in the pages of its space and its PC is the
            // Startup fault info (ccs/mkimage/builtin.cxx, spec §3.1); it runs that code, registers zero
            b.program(new ProgramStart(null, 0, 0, 0, 0, 0, 0, 0, 0));
            return b.build();
        }
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
     * Whether {@code p} runs machine code already in its space: it has no workload, starts with Startup at a PC
     * (its fault info) and has an address space, in a model whose pages carry contents (an imported system image;
     * a model drawn by hand with a PC but no code keeps its old meaning: nothing to run).
     */
    private boolean runsCodeOfItsSpace(Process p) {
        boolean noWorkload = p.getWorkload() == null || p.getWorkload().getSteps().isEmpty();
        boolean startsAtPc = p.getFaultCode().getValue() == FaultCode.STARTUP.code() && p.isSetFaultInfo()
                && p.getFaultInfo() != 0;
        boolean hasSpace = p.getAddressSpace() != null && !(p.getAddressSpace() instanceof NullCapability);
        return noWorkload && startsAtPc && hasSpace && modelCarriesCode(p);
    }

    /** Whether any page of the model has contents; looked at once per translation (models can be large). */
    private boolean modelCarriesCode(Process p) {
        if (modelCarriesCode == null) {
            modelCarriesCode = p.eContainer() instanceof coyotos.studio.model.CoyotosSystem s
                    && s.getObjects().stream().anyMatch(o -> o instanceof coyotos.studio.model.Page page
                            && page.getContents() != null && page.getContents().length > 0);
        }
        return modelCarriesCode;
    }

    /**
     * A process that runs its program image: the image's space is its address space and the entry point its
     * initial PC, as loadimage sets them (ccs/mkimage/builtin.cxx); it has no workload and no receive loop (the
     * program does its own receiving). An activation handler (what-if) is the program's own code at its entry PC.
     */
    private ProcessSpec program(Process p, ProcessSpec.Builder b, boolean receiver) {
        String path = p.getProgramImage();
        if (receiver || (p.getWorkload() != null && !p.getWorkload().getSteps().isEmpty())) {
            problems.error(p, "runs program image '" + path + "' and also has " + (receiver ? "handler actions (a "
                    + "receive loop)" : "a workload") + "; a process runs one or the other.");
        }
        ProgramSpace space = programs.load(p);
        if (space == null) {
            return b.build();
        }
        if (p.getActivationHandler() != null) {
            b.activation(handlers.programActivation(p, p.getActivationHandler(), space, path));
        }
        if (p.getAddressSpace() != null && !(p.getAddressSpace() instanceof NullCapability)) {
            problems.warning(p, "its address space is replaced by the space program image '" + path + "' is loaded "
                    + "into.");
        }
        b.addressSpace(space.space());
        // loadimage sets the PC to the entry point; a process whose Startup fault info (its initial PC, §3.1) is
        // set starts there instead, so several processes can run different parts of one program.
        long pc = space.entry();
        if (p.isSetFaultInfo() && p.getFaultCode().getValue() == FaultCode.STARTUP.code()) {
            pc = p.getFaultInfo();
            if (!space.maps(pc)) {
                problems.error(p, String.format("its initial PC 0x%x lies outside every segment of program image "
                        + "'%s'.", pc, path));
            }
        } else if (p.getFaultCode().getValue() != FaultCode.STARTUP.code()) {
            problems.warning(p, "starts with fault code " + p.getFaultCode().getValue() + " instead of Startup: the "
                    + "program runs once a handler resolves it.");
        }
        b.initialFault(p.getFaultCode().getValue(), p.getFaultCode().getValue() == FaultCode.STARTUP.code() ? pc
                : p.isSetFaultInfo() ? p.getFaultInfo() : 0);
        b.program(ProgramStart.loaded(path));
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
