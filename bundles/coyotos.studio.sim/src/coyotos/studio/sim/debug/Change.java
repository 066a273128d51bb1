package coyotos.studio.sim.debug;

import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.FaultCode;

/**
 * A change the user makes to a suspended system, as a handler holding the process capability could make it
 * (Process.idl {@code setState}, {@code setCapReg}, {@code setSlot}), or as a debugger writes memory. A session
 * keeps every change with the position it was made at, so that going back and forward again replays it at
 * the same point: the run with the change stays one deterministic run.
 */
public sealed interface Change {

    /** Puts the change into the kernel the probe looks at. */
    void apply(KernelProbe probe, VirtualMemory memory);

    /** What changed, for labels of runs and of the Debug view ({@code names} gives a process's name). */
    String describe(java.util.function.IntFunction<String> names);

    /** The fault code and fault info of a process (Process.idl setState). */
    record FaultState(int process, int code, long info) implements Change {
        @Override
        public void apply(KernelProbe probe, VirtualMemory memory) {
            probe.setState(process, code, info);
        }

        @Override
        public String describe(java.util.function.IntFunction<String> names) {
            return names.apply(process) + ": fault " + FaultCode.name(code) + " (" + code + "), info 0x"
                    + Long.toHexString(info);
        }
    }

    /** One of the 32 capability registers of a process (Process.idl setCapReg). */
    record CapRegister(int process, int register, Cap cap) implements Change {
        @Override
        public void apply(KernelProbe probe, VirtualMemory memory) {
            probe.setCapRegister(process, register, cap);
        }

        @Override
        public String describe(java.util.function.IntFunction<String> names) {
            return names.apply(process) + ": capability register " + register + " := " + cap;
        }
    }

    /**
     * An x86 register of a program process (i386 Process.idl setFixRegs): {@code register} is a CpuState register
     * number 0-7, {@link KernelProbe#EIP} or {@link KernelProbe#EFLAGS}.
     */
    record Register(int process, int register, int value) implements Change {
        @Override
        public void apply(KernelProbe probe, VirtualMemory memory) {
            probe.setRegister(process, register, value);
        }

        @Override
        public String describe(java.util.function.IntFunction<String> names) {
            String r = register == KernelProbe.EIP ? "eip" : register == KernelProbe.EFLAGS ? "eflags"
                    : coyotos.studio.x86.cpu.CpuState.registerName(register);
            return names.apply(process) + ": " + r + " := 0x" + Integer.toHexString(value);
        }
    }

        /** The handler slot of a process (Process.idl setSlot). */
    record Handler(int process, Cap cap) implements Change {
        @Override
        public void apply(KernelProbe probe, VirtualMemory memory) {
            probe.setHandler(process, cap);
        }

        @Override
        public String describe(java.util.function.IntFunction<String> names) {
            return names.apply(process) + ": handler := " + cap;
        }
    }

    /** Bytes written into a process's virtual memory through its GPT tree. */
    record Memory(int process, long address, byte[] bytes) implements Change {
        public Memory {
            bytes = bytes.clone();
        }

        @Override
        public void apply(KernelProbe probe, VirtualMemory memory) {
            memory.write(process, address, bytes);
        }

        @Override
        public String describe(java.util.function.IntFunction<String> names) {
            return names.apply(process) + ": " + bytes.length + " byte(s) written at 0x" + Long.toHexString(address);
        }
    }
}
