package coyotos.studio.x86.cpu;

import coyotos.studio.x86.elf.ElfImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The test programs the build made (programs/Makefile, run by this bundle's pom into target/programs). A
 * missing program fails the test with what to do, never skips it.
 */
public final class Programs {
    private Programs() {
    }

    public static Path directory() {
        String set = System.getProperty("coyotos.x86.programs");
        if (set != null) {
            return Path.of(set);
        }
        for (Path p : new Path[] {Path.of("target/programs"), Path.of("tests/coyotos.studio.x86.tests/target/programs")}) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("target/programs");
    }

    public static Path path(String name) {
        Path p = directory().resolve(name + ".elf");
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("test program " + p.toAbsolutePath() + " is missing: the build makes it with "
                    + "'make -C programs' (as --32, gcc -m32: Debian packages gcc-multilib and binutils); "
                    + "run the Maven build of coyotos.studio.x86.tests, or ./studio test");
        }
        return p;
    }

    public static ElfImage elf(String name) {
        try {
            return ElfImage.read(path(name));
        } catch (Exception e) {
            throw new AssertionError("cannot read " + path(name) + ": " + e.getMessage(), e);
        }
    }

    /** A machine with the program loaded and EAX = 1 (the harness's "under the interpreter" mark). */
    public static TestMachine load(String name) {
        TestMachine m = new TestMachine();
        m.load(elf(name));
        m.state.setReg(CpuState.EAX, 1);
        return m;
    }

    public static Map<String, Long> symbols(String name) {
        try {
            return elf(name).symbols();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** "symbol+0xoffset" for the nearest symbol at or below {@code address}. */
    public static String nameOf(String program, int address) {
        String best = null;
        long bestValue = -1;
        for (Map.Entry<String, Long> e : symbols(program).entrySet()) {
            long v = e.getValue();
            if (v <= (address & 0xffffffffL) && v > bestValue && !e.getKey().startsWith("__")) {
                best = e.getKey();
                bestValue = v;
            }
        }
        return best == null ? "?" : String.format("%s+0x%x", best, (address & 0xffffffffL) - bestValue);
    }

    public static int symbol(String program, String symbol) {
        Long v = symbols(program).get(symbol);
        if (v == null) {
            throw new AssertionError(program + " has no symbol " + symbol);
        }
        return v.intValue();
    }
}
