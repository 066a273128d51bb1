package coyotos.studio.sim.debug;

import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.x86.cpu.CpuState;

/**
 * Where an instruction step of a program stops: the next instruction point of {@code process} after at least one
 * more retired instruction ({@code fromRetired} is the count it must pass), and, when {@code eip} is not -1, only
 * the one at that address with ESP at or above {@code minEsp} (unsigned: over a call, out of a function).
 */
record InstructionGoal(int process, long eip, int minEsp, long fromRetired) {

    /**
     * The goal of a step of {@code process} begun at {@code from}: from the process's own instruction point one
     * instruction must retire; from any other stop, its next instruction point is the step.
     */
    static InstructionGoal of(int process, long eip, int minEsp, Stop from, KernelProbe probe) {
        Stop.Point p = from == null ? null : from.point();
        boolean own = p != null && p.process() == process;
        return new InstructionGoal(process, eip, minEsp, probe.retired(process) + (own ? p.index() : -1));
    }

    /**
     * Whether the process's instruction point {@code point} (of its slice going on), about to run the instruction
     * at {@code eipNow}, is the goal. An instruction that faulted and runs again once the kernel mapped its page
     * is still to come, so the count of retired instructions decides (within a slice, point k follows k of them).
     */
    boolean reached(KernelProbe probe, int point, int eipNow) {
        if (probe.retired(process) + point <= fromRetired) {
            return false;
        }
        if (eip < 0) {
            return true;
        }
        int esp = probe.cpu(process).reg(CpuState.ESP);
        return (eipNow & 0xFFFFFFFFL) == eip && Integer.compareUnsigned(esp, minEsp) >= 0;
    }
}
