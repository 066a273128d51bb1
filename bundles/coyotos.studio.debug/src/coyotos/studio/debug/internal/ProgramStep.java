package coyotos.studio.debug.internal;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.debug.Disassembly;
import coyotos.studio.x86.cpu.CpuState;

/**
 * Where stepping over or out of a program's code stops: the instruction address the process must reach with its
 * stack popped back at least to {@code minEsp} (unsigned), so a recursive call of the same function does not stop
 * it early.
 */
public record ProgramStep(int eip, int minEsp) {

    /**
     * Over the instruction at EIP when it is a call: the next instruction, once the call has popped its return
     * address (ESP back where it is now); null for any other instruction (it is stepped as one).
     */
    public static ProgramStep over(CoyotosDebugTarget target, int process) {
        CpuState cpu = target.session().probe().cpu(process);
        Disassembly.Line l = new Disassembly(target.session().memory(), process, ProgramSymbols.NONE)
                .line(cpu.eip() & 0xFFFFFFFFL, true);
        if (l.unmapped() != null || !l.text().startsWith("call")) {
            return null;
        }
        return new ProgramStep(cpu.eip() + l.length(), cpu.reg(CpuState.ESP));
    }

    /**
     * Out of the current function: its return address from the frame-pointer chain, reached once the frame is gone
     * (ESP above the return address's slot at EBP+4); null when the chain shows no caller.
     */
    public static ProgramStep out(CoyotosDebugTarget target, int process) {
        CpuState cpu = target.session().probe().cpu(process);
        CallChain.Chain chain = CallChain.of(cpu, new ProcessBytes(target.session().memory(), process),
                ProgramSymbols.NONE);
        if (chain.frames().size() < 2) {
            return null;
        }
        return new ProgramStep((int) chain.frames().get(1).pc(), cpu.reg(CpuState.EBP) + 8);
    }
}
