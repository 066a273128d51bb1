package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.Endpoint;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.ProgramSpace;
import coyotos.studio.sim.image.ProgramStart;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.x86.elf.ElfFormatException;
import coyotos.studio.x86.elf.ElfImage;
import coyotos.studio.x86.elf.LoadImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Test helper: the i386 programs of {@code programs/} (built by the Maven build into the directory the system
 * property {@code coyotos.sim.programs} names), loaded as mkimage's loadimage loads them, and processes that run
 * them from a symbol of the program. Public for the benchmarks of perf/.
 */
public final class TestPrograms {
    private TestPrograms() {
    }

    static Path file(String name) {
        String dir = System.getProperty("coyotos.sim.programs", "target/programs");
        Path p = Path.of(dir, name + ".elf");
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p.toAbsolutePath() + " is missing: the test programs are built by "
                    + "programs/Makefile during the Maven build (gcc-multilib needed)");
        }
        return p;
    }

    static ElfImage elf(String name) {
        try {
            return ElfImage.read(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ElfFormatException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Long> symbols(String name) {
        try {
            return elf(name).symbols();
        } catch (ElfFormatException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    static long symbol(String program, String symbol) {
        Long v = symbols(program).get(symbol);
        if (v == null) {
            throw new IllegalArgumentException(program + " has no symbol " + symbol);
        }
        return v;
    }

    /**
     * Adds a process {@code id} that runs {@code program} from {@code entrySymbol} in a space of its own (its own
     * copy of the program's pages), with an endpoint {@code id + "-ep"} (endpoint id {@code endpointId}) it
     * receives on; returns the builder of the process for its capability registers.
     */
    public static ProcessSpec.Builder process(SystemImage.Builder image, String id, String program, String entrySymbol,
            long endpointId) {
        ProgramSpace space = ProgramSpace.of(LoadImage.of(elf(program)), id + "-");
        space.addTo(image);
        image.endpoint(new Endpoint(id + "-ep", id, false, endpointId));
        return ProcessSpec.builder(id).name(id).addressSpace(space.space())
                .initialFault(FaultCode.STARTUP.code(), symbol(program, entrySymbol))
                .program(ProgramStart.loaded(program + ".elf"));
    }

    /** The endpoint capability to a process's own endpoint (made by {@link #process}). */
    static Capability ownEndpoint(String id) {
        return Capability.endpoint(id + "-ep");
    }
}
