package coyotos.studio.sim.perf;

import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.ProgramSpace;
import coyotos.studio.sim.image.ProgramStart;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.run.Simulation;
import coyotos.studio.sim.run.SimulationLimits;
import coyotos.studio.x86.elf.ElfImage;
import coyotos.studio.x86.elf.LoadImage;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (not a test: it prints figures and asserts nothing; {@code ./studio bench} runs it): the interpreter
 * inside the kernel simulator, every instruction fetch and data access through the process's space (GPT walk, TLB,
 * hardware page tables), on programs/spin.S (a register loop) and programs/memloop.S (a load and a store per five
 * instructions). The first run of each is cold (the JIT has not compiled the loop yet); the figures after it are
 * what a long run sees. Also a main: {@code ProgramKernelBenchmark [instructions]}.
 */
public final class ProgramKernelBenchmark {
    private static final int WARM_RUNS = 5;

    @Test
    void programsInsideTheKernel() {
        main(new String[0]);
    }

    /** One process running {@code program} from its entry point, loaded as mkimage's loadimage does. */
    static SystemImage alone(String program) {
        Path file = Path.of(System.getProperty("coyotos.sim.programs", "target/programs"), program + ".elf");
        try {
            ProgramSpace space = ProgramSpace.of(LoadImage.of(ElfImage.read(file)), program + "-");
            SystemImage.Builder b = SystemImage.builder(program);
            space.addTo(b);
            b.process(ProcessSpec.builder(program).name(program).addressSpace(space.space())
                    .initialFault(FaultCode.STARTUP.code(), space.entry()).program(ProgramStart.loaded(program + ".elf"))
                    .build());
            return b.build();
        } catch (IOException | coyotos.studio.x86.elf.ElfFormatException e) {
            throw new IllegalStateException(file.toAbsolutePath() + " cannot be read (built by programs/Makefile): "
                    + e.getMessage(), e);
        }
    }

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 200_000_000L;
        for (String program : new String[] {"spin", "memloop"}) {
            SystemImage img = alone(program);
            System.out.printf("%s inside the kernel, %,d instructions per run:%n", program, n);
            for (int i = 0; i <= WARM_RUNS; i++) {
                long start = System.nanoTime();
                RunResult r = Simulation.of(img).limits(SimulationLimits.of(img.setup()).withMaxInstructions(n)).run();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("  %s %,d instructions in %.2f s: %.0f MIPS%n", i == 0 ? "cold" : "warm",
                        r.instructions(), seconds, r.instructions() / seconds / 1e6);
            }
        }
    }
}
