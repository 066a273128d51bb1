package coyotos.studio.sim.image;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A process (spec §3 "Processes"): 32 capability registers, the handler slot (an entry capability or
 * null), the address-space slot, the schedule, the initial fault code/info (a process starts with
 * {@code faultCode = Startup (25)} and {@code faultInfo = initial PC}), and what it runs: either i386 machine
 * code from its initial PC ({@code program} set: a loaded program image or an mkimage process), or a workload
 * program, and/or a server behaviour (receive loop), and optionally an activation handler.
 */
public record ProcessSpec(String id, String name, List<Capability> capRegisters, Capability handler,
        Capability addressSpace, String schedule, int initialFaultCode, long initialPc, Workload workload,
        ServerBehavior server, ActivationConfig activation, ProgramStart program) {

    public static final int CAP_REGISTERS = 32;

    public ProcessSpec {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        if (capRegisters.size() != CAP_REGISTERS) {
            throw new IllegalArgumentException("process " + id + " needs 32 capability registers");
        }
        capRegisters = List.copyOf(capRegisters);
        handler = handler == null ? Capability.NULL : handler;
        addressSpace = addressSpace == null ? Capability.NULL : addressSpace;
        workload = workload == null ? Workload.NONE : workload;
        if (program != null && (server != null || !workload.steps().isEmpty())) {
            throw new IllegalArgumentException("process " + id + " runs machine code: it has no workload and no "
                    + "receive loop");
        }
    }

    /** A process that runs a workload or a receive loop, not machine code. */
    public ProcessSpec(String id, String name, List<Capability> capRegisters, Capability handler,
            Capability addressSpace, String schedule, int initialFaultCode, long initialPc, Workload workload,
            ServerBehavior server, ActivationConfig activation) {
        this(id, name, capRegisters, handler, addressSpace, schedule, initialFaultCode, initialPc, workload, server,
                activation, null);
    }

    /** True when the process runs i386 machine code rather than a workload. */
    public boolean runsProgram() {
        return program != null;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Mutable builder; defaults: Startup fault code, schedule "default", empty registers. */
    public static final class Builder {
        private final String id;
        private String name;
        private final List<Capability> regs = new ArrayList<>(Collections.nCopies(CAP_REGISTERS, Capability.NULL));
        private Capability handler = Capability.NULL;
        private Capability space = Capability.NULL;
        private String schedule = "default";
        private int faultCode = 25;
        private long pc = 0x1000;
        private Workload workload = Workload.NONE;
        private ServerBehavior server;
        private ActivationConfig activation;
        private ProgramStart program;

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String n) { this.name = n; return this; }
        public Builder capRegister(int i, Capability c) { regs.set(i, c); return this; }
        public Builder handler(Capability c) { this.handler = c; return this; }
        public Builder addressSpace(Capability c) { this.space = c; return this; }
        public Builder schedule(String s) { this.schedule = s; return this; }
        public Builder initialFault(int code, long info) { this.faultCode = code; this.pc = info; return this; }
        public Builder workload(Workload w) { this.workload = w; return this; }
        public Builder workload(Step... steps) { this.workload = Workload.of(steps); return this; }
        public Builder server(ServerBehavior s) { this.server = s; return this; }
        public Builder activation(ActivationConfig a) { this.activation = a; return this; }
        /** Runs machine code from the initial PC with these registers. */
        public Builder program(ProgramStart p) { this.program = p; return this; }

        public ProcessSpec build() {
            return new ProcessSpec(id, name, regs, handler, space, schedule, faultCode, pc, workload, server,
                    activation, program);
        }
    }
}
