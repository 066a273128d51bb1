package coyotos.studio.x86.cpu;

import coyotos.studio.x86.decode.Insn;
import coyotos.studio.x86.decode.Opcode;

/**
 * A decoded basic block: instructions from {@link #eip} up to a control transfer, the end of a page, or a
 * length cap. Valid while the bytes it was decoded from are unchanged; it remembers the page arrays they came
 * from, so a block found by address is used only while the same pages are mapped executable there.
 */
final class Block {
    final int eip;
    final byte[] page;
    /** The next page, when the block's (single) instruction runs into it; else null. */
    final byte[] page2;
    final Insn[] code;
    /** Each instruction's execution id, in an array of its own so the dispatch does not wait for the Insn load. */
    final int[] ops;
    final int endEip;
    /** The last instruction does not set EIP itself (it is no branch): execution continues at {@link #endEip}. */
    final boolean fallsThrough;
    /** Retired instructions per class when the whole block runs. */
    final int[] classCounts;
    /** The page map's epoch when the block's pages were last found mapped executable where it runs. */
    int epoch = -1;
    /** The blocks that last followed this one (a branch has two successors), to skip the table lookup. */
    Block next, other;
    /** Complete runs not yet added to the caller's counts (nonzero: the block is on the touched list). */
    long runs;

    Block(int eip, byte[] page, byte[] page2, Insn[] code) {
        this.eip = eip;
        this.page = page;
        this.page2 = page2;
        this.code = code;
        this.ops = new int[code.length];
        for (int i = 0; i < code.length; i++) {
            ops[i] = code[i].op;
        }
        Insn last = code[code.length - 1];
        this.endEip = last.next();
        this.fallsThrough = !last.opcode.has(Opcode.BRANCH);
        this.classCounts = new int[InstructionClass.values().length];
        for (Insn in : code) {
            classCounts[in.cls]++;
        }
    }
}
