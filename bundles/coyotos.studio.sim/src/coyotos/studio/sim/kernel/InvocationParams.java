package coyotos.studio.sim.kernel;

import coyotos.studio.sim.memory.Cap;

/**
 * One invocation in progress, the kernel's {@code InvParam_t} (kerninc/InvParam.h): who invokes and who receives
 * the answer, the invoked and sent capabilities (and the registers they came from, so a stale payload-matched
 * capability can be cleared where it is held), the invoker's control word and string length, and for a kernel
 * object the opcode and the output words it answers with. One instance per kernel, reset for each invocation.
 */
final class InvocationParams {
    KernelProcess invoker;
    KernelProcess invokee;
    /** The endpoint (index) the answer goes through, or -1. */
    int invokeeEndpoint = -1;
    Cap iCap;
    int iCapRegister = -1;
    final Cap[] srcCap = new Cap[4];
    final int[] srcRegister = new int[4];
    final CapLocations.Destination[] destCap = new CapLocations.Destination[4];
    int ipw0;
    int sndLen;
    int sndPtr;
    /** The invoker's data words 1-7 (1-3 from registers, 4-7 from the parameter block). */
    final int[] words = new int[8];
    long opCode;
    /** Next input word to read and next output word to write (get_iparam32 / put_oparam32). */
    int nextIdw;
    int nextOdw;
    /** Output words: opw[0] is the answer's control word. */
    final int[] opw = new int[8];

    void reset(KernelProcess p) {
        invoker = p;
        invokee = null;
        invokeeEndpoint = -1;
        iCap = Cap.NULL;
        iCapRegister = -1;
        java.util.Arrays.fill(srcCap, null);
        java.util.Arrays.fill(srcRegister, -1);
        java.util.Arrays.fill(destCap, null);
        java.util.Arrays.fill(words, 0);
        java.util.Arrays.fill(opw, 0);
        opCode = 0;
        nextIdw = 1;
        nextOdw = 1;
        sndLen = 0;
        sndPtr = 0;
    }

    /** get_iparam32: the next input word, 0 past the last word sent. */
    int inWord() {
        if (ControlWord.ldw(ipw0) < nextIdw) {
            return 0;
        }
        return words[nextIdw++];
    }

    /** put_oparam32. */
    void outWord(int v) {
        opw[nextOdw++] = v;
    }

    /** put_oparam64 on a 32-bit machine: low word first. */
    void outLong(long v) {
        outWord((int) v);
        outWord((int) (v >>> 32));
    }

    /** InvResult: the answer's control word for the words written so far and no capabilities. */
    int result() {
        return ControlWord.makeLdw(nextOdw - 1);
    }

    /**
     * InvTestArguments: the invoker sent exactly the words read so far and the reply capability alone, and a
     * string of {@code min}..{@code max} bytes (0..0 for none).
     */
    boolean argumentsAre(int min, int max) {
        int expected = ControlWord.makeLdw(nextIdw - 1) | ControlWord.SC | ControlWord.makeLsc(0);
        int mask = ControlWord.LDW_MASK | ControlWord.LSC_MASK | ControlWord.SC | ControlWord.EX;
        long len = sndLen & 0xFFFF_FFFFL;
        return len >= min && len <= max && (ipw0 & mask) == expected;
    }
}
