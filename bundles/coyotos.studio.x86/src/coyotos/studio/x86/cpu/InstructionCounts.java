package coyotos.studio.x86.cpu;

import java.util.Arrays;

/** Retired instructions per {@link InstructionClass}, and string elements processed; what a run adds to. */
public final class InstructionCounts {
    private static final InstructionClass[] CLASSES = InstructionClass.values();
    final long[] byClass = new long[CLASSES.length];
    long stringElements;

    public long get(InstructionClass c) {
        return byClass[c.ordinal()];
    }

    public long total() {
        long t = 0;
        for (long c : byClass) {
            t += c;
        }
        return t;
    }

    /** Elements moved, compared, stored, loaded or scanned by string instructions (each REP iteration is one). */
    public long stringElements() {
        return stringElements;
    }

    public void add(InstructionCounts o) {
        for (int i = 0; i < byClass.length; i++) {
            byClass[i] += o.byClass[i];
        }
        stringElements += o.stringElements;
    }

    public void reset() {
        Arrays.fill(byClass, 0);
        stringElements = 0;
    }

    public InstructionCounts copy() {
        InstructionCounts c = new InstructionCounts();
        c.add(this);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstructionCounts c && Arrays.equals(byClass, c.byClass)
                && stringElements == c.stringElements;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(byClass) * 31 + Long.hashCode(stringElements);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (InstructionClass c : CLASSES) {
            sb.append(c.name().toLowerCase()).append('=').append(byClass[c.ordinal()]).append(' ');
        }
        return sb.append("stringElements=").append(stringElements).toString();
    }
}
