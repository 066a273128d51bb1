package coyotos.studio.x86.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.x86.cpu.Programs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The disassembler against GNU objdump on every test program (the .lst listings the build makes): for each
 * instruction objdump shows, the same length and the same text (objdump's {@code <symbol>} annotations left
 * out, spacing normalised). Only x87 and SSE instructions, which the interpreter does not have, are skipped.
 */
class DisassemblerTest {
    private static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\t([0-9a-f ]+?)\\s*\\t(.*)$");
    private static final Pattern SYMBOL = Pattern.compile("\\s*<[^>]*>");
    private static final Pattern COMMENT = Pattern.compile("\\s*#.*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @ParameterizedTest
    @ValueSource(strings = {"alu", "shifts", "muldiv", "bits", "stack", "strings", "bcd", "misc", "crc32", "sort",
        "compute", "smc", "faults", "flags", "regloop", "memloop", "cbench"})
    void matchesObjdump(String program) throws IOException {
        Path lst = Programs.path(program).resolveSibling(program + ".lst");
        Set<String> mismatches = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        int compared = 0;
        for (String line : Files.readAllLines(lst)) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            if (!seen.add(m.group(2) + m.group(3))) {
                continue; // the same bytes shown the same way (an address-independent instruction seen before)
            }
            int address = (int) Long.parseLong(m.group(1), 16);
            byte[] bytes = HexFormat.of().parseHex(m.group(2).replace(" ", ""));
            String expected = normalise(m.group(3));
            if (skipped(expected)) {
                continue;
            }
            Disassembler.Line got = Disassembler.disassemble(bytes, 0, address);
            String text = normalise(got.text());
            if (got.length() != bytes.length || !text.equals(expected)) {
                mismatches.add(String.format("%08x %s: objdump '%s' (%d bytes), ours '%s' (%d bytes)", address,
                        m.group(2), expected, bytes.length, text, got.length()));
            }
            compared++;
        }
        assertTrue(compared > 0, "no instructions in " + lst);
        assertEquals(List.of(), new ArrayList<>(mismatches).subList(0, Math.min(40, mismatches.size())),
                mismatches.size() + " of " + compared + " instructions differ");
    }

    static String normalise(String s) {
        String t = s.indexOf('<') >= 0 ? SYMBOL.matcher(s).replaceAll("") : s;
        t = t.indexOf('#') >= 0 ? COMMENT.matcher(t).replaceAll("") : t;
        return SPACES.matcher(t.trim()).replaceAll(" ");
    }

    /** x87 and SSE instructions (the interpreter has none), objdump's "(bad)", and bytes cut off at a section end. */
    static boolean skipped(String objdump) {
        return objdump.startsWith("f") && !objdump.startsWith("fwait") || objdump.startsWith("movaps")
                || objdump.equals("(bad)") || objdump.startsWith("data16") || objdump.startsWith(".byte");
    }

    @Test
    void unreadableBytesAndTheBytesOfAProgram() {
        assertEquals("(unreadable)", Disassembler.disassemble(new byte[] {(byte) 0xb8, 1}, 0, 0x1000).text());
        List<Disassembler.Line> lines = Disassembler.disassembleAll(
                new byte[] {0x55, (byte) 0x89, (byte) 0xe5, (byte) 0xcd, 0x30, (byte) 0xc3}, 0x8048000);
        assertEquals(List.of("push   %ebp", "mov    %esp,%ebp", "int    $0x30", "ret"),
                lines.stream().map(Disassembler.Line::text).toList());
        assertEquals(0x8048003, lines.get(2).address());
    }
}
