package coyotos.studio.sim.kernel;

/**
 * The 92-byte invocation parameter block of IA-32 ({@code InvParameterBlock_t}, sys/coyotos/syscall.h): ECX points
 * to it at {@code int $0x30} (and it becomes ESP). Words 0-3 travel in EAX, EBX, ESI, EDI; the kernel reads the
 * rest from here ({@code get_stack_pw}, arch/i386/kernel/target-hal/syscall.h) and writes the received soft words
 * back on copy-out. Offsets in bytes; a caploc_t and the other fields are 32 bits, the endpoint id 64.
 */
final class ParameterBlock {
    static final int SIZE = 92;
    /** pw[0..7]. */
    static final int PW = 0;
    /** The invoked capability on entry, the received protected payload on exit. */
    static final int INV_CAP = 32;
    static final int SND_CAP = 36;
    static final int RCV_CAP = 52;
    static final int SND_LEN = 68;
    static final int RCV_BOUND = 72;
    static final int SND_PTR = 76;
    static final int RCV_PTR = 80;
    static final int EP_ID = 84;
    /** The longest string a send may carry (COYOTOS_MAX_SNDLEN). */
    static final int MAX_SNDLEN = 65536;

    private ParameterBlock() {
    }

    static int word(byte[] block, int offset) {
        return UserMemory.le32(block, offset);
    }

    static long epId(byte[] block) {
        return (word(block, EP_ID) & 0xFFFF_FFFFL) | (long) word(block, EP_ID + 4) << 32;
    }
}
