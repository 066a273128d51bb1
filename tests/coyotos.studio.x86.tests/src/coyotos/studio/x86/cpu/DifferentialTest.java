package coyotos.studio.x86.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each differential program runs twice: as a 32-bit Linux program (the reference, see {@link Reference}) and
 * in the interpreter. Their data and .bss (every result the program stored, and the registers and EFLAGS its
 * harness stored last) must be equal byte for byte, and the interpreter's final registers must be those stored.
 */
class DifferentialTest {
    static final long LIMIT = 500_000_000L;
    private static final String[] REGS = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "eflags"};

    @ParameterizedTest
    @ValueSource(strings = {"alu", "shifts", "muldiv", "bits", "stack", "strings", "bcd", "misc", "crc32", "sort", "compute", "flags", "smc"})
    void interpreterMatchesLinux(String program) {
        byte[] ref = Reference.run(Programs.path(program));
        ByteBuffer b = ByteBuffer.wrap(ref).order(ByteOrder.LITTLE_ENDIAN);
        int address = b.getInt(0);
        int length = b.getInt(4);
        assertEquals(8 + length, ref.length, program + ": the reference printed a header and " + length + " bytes");

        TestMachine m = Programs.load(program);
        Exit e = m.run(LIMIT);
        assertEquals(ExitKind.TRAP, e.kind(), program + " ends at the harness's int3: " + e);
        assertEquals(Vector.BP, e.vector());
        assertEquals(Programs.symbol(program, "harness_end"), e.pc(), "the int3 after the dump");

        ByteBuffer mine = ByteBuffer.wrap(m.bytes(address, length)).order(ByteOrder.LITTLE_ENDIAN);
        for (int off = 0; off < length; off += 4) {
            int want = b.getInt(8 + off);
            int got = mine.getInt(off);
            if (want != got) {
                String what = off < 36 ? REGS[off / 4] + " as stored by the harness"
                        : String.format("the word at 0x%08x (%s)", address + off, Programs.nameOf(program,
                                address + off));
                throw new AssertionError(String.format("%s: %s is 0x%08x under %s, 0x%08x in the interpreter",
                        program, what, want, Reference.describe(), got));
            }
        }
        for (int i = 0; i < 8; i++) {
            assertEquals(b.getInt(8 + 4 * i), m.state.reg(i), program + ": final " + REGS[i]);
        }
        assertEquals(b.getInt(8 + 32), m.state.eflags(), program + ": final eflags");
    }
}
