package coyotos.studio.x86.cpu;

import coyotos.studio.x86.decode.Insn;

/**
 * Counts retired instructions per class without work per instruction: a block run to completion only counts
 * its runs, and the blocks run in a {@link X86Interpreter#run} add their class counts times their runs to the
 * caller's counts when it ends. Blocks left early count their retired instructions one by one.
 */
final class Retirement {
    private Block[] touched = new Block[256];
    private int count;
    private InstructionCounts counts;

    void start(InstructionCounts into) {
        this.counts = into;
    }

    /** A run of the whole block. */
    void touch(Block b) {
        if (b.runs++ == 0) {
            if (count == touched.length) {
                flush();
            }
            touched[count++] = b;
        }
    }

    /** The first {@code n} instructions of {@code code} retired. */
    void retire(Insn[] code, int n) {
        long[] by = counts.byClass;
        for (int k = 0; k < n; k++) {
            by[code[k].cls]++;
        }
    }

    void finish() {
        flush();
        counts = null;
    }

    private void flush() {
        long[] by = counts.byClass;
        for (int k = 0; k < count; k++) {
            Block b = touched[k];
            int[] per = b.classCounts;
            for (int c = 0; c < per.length; c++) {
                by[c] += per[c] * b.runs;
            }
            b.runs = 0;
            touched[k] = null;
        }
        count = 0;
    }
}
