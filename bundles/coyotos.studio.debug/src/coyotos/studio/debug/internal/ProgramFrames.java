package coyotos.studio.debug.internal;

import java.util.ArrayList;
import java.util.List;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.debug.CoyotosStackFrame;
import coyotos.studio.debug.CoyotosThread;
import coyotos.studio.debug.Disassembly;
import coyotos.studio.x86.cpu.CpuState;

/**
 * The frames of a program process: the instruction it is about to run ("leaf+0x6 · 0x080480ba · 8b 55 08 ·
 * mov 0x8(%ebp),%edx"), then each caller from the frame-pointer chain ({@link CallChain}) at its return address.
 * The instruction frame shows the x86 registers before the process's Coyotos state; a caller's frame shows where
 * it returns to and its frame pointer.
 */
public final class ProgramFrames {

    private ProgramFrames() {
    }

    static void add(List<CoyotosStackFrame> frames, CoyotosThread thread, int p, String prefix) {
        CoyotosDebugTarget target = thread.target();
        CpuState cpu = target.session().probe().cpu(p);
        ProgramSymbols symbols = target.symbols(p);
        ProcessBytes memory = new ProcessBytes(target.session().memory(), p);
        CallChain.Chain chain = CallChain.of(cpu, memory, symbols);
        Disassembly code = new Disassembly(target.session().memory(), p, symbols);
        List<CallChain.Frame> chainFrames = chain.frames();
        for (int i = 0; i < chainFrames.size(); i++) {
            CallChain.Frame f = chainFrames.get(i);
            boolean top = i == 0;
            String name = prefix + (top ? instruction(code.line(f.pc(), true)) : caller(f));
            frames.add(new CoyotosStackFrame(thread, frames.size(), name,
                    top ? CoyotosStackFrame.Kind.INSTRUCTION : CoyotosStackFrame.Kind.CALLER, p, f.pc(),
                    top ? () -> instructionVariables(target, p, chain)
                            : () -> callerVariables(target, f)));
        }
    }

    /** "leaf+0x6 · 0x080480ba · 8b 55 08 · mov 0x8(%ebp),%edx", or without the label when there is none. */
    public static String instruction(Disassembly.Line l) {
        StringBuilder sb = new StringBuilder();
        if (l.label() != null) {
            sb.append(l.label()).append(" · ");
        }
        sb.append(String.format("0x%08x", l.address()));
        if (l.bytes() != null) {
            sb.append(" · ").append(l.hexBytes());
        }
        // one space after the mnemonic: objdump's column padding is for the Disassembly view's table
        return sb.append(" · ").append(l.text().replaceAll(" {2,}", " ")).toString();
    }

    private static String caller(CallChain.Frame f) {
        return (f.label() != null ? f.label() + " · " : "") + String.format("0x%08x", f.pc()) + " (return address)";
    }

    private static List<CoyotosVariable> instructionVariables(CoyotosDebugTarget target, int p,
            CallChain.Chain chain) {
        List<CoyotosVariable> out = new ArrayList<>(X86Registers.of(target, p));
        out.addAll(ProcessVariables.of(target, p));
        Reading reading = ProcessVariables.reading(target);
        out.add(ProcessVariables.variable(target, reading, "frame chain", "frames", chain.frames().size()
                + " frame(s): " + chain.end(), ValueKind.TEXT, null, null));
        return out;
    }

    private static List<CoyotosVariable> callerVariables(CoyotosDebugTarget target, CallChain.Frame f) {
        Reading reading = ProcessVariables.reading(target);
        return List.of(
                ProcessVariables.variable(target, reading, "return address", "address", X86Registers.word((int) f.pc()),
                        ValueKind.NUMBER, null, null),
                ProcessVariables.variable(target, reading, "ebp", "frame pointer", X86Registers.word((int) f.ebp()),
                        ValueKind.NUMBER, null, null));
    }
}
