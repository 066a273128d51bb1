package coyotos.studio.sim.perf;

import coyotos.studio.sim.debug.DebugSession;
import coyotos.studio.sim.debug.Stop;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.kernel.TestPrograms;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.run.SimulationLimits;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (not a test: it prints figures and asserts nothing; {@code ./studio bench} runs it): what stepping a
 * program by instructions costs under the debugger (programs/spin.S, a loop with no kernel events: checkpoints come
 * only from the kernel-step interval, 4,096 slices of 2,048 instructions). Forward, each step runs one instruction
 * watched; back, a step restores the last checkpoint and replays to the instruction before. Also a main.
 */
public final class InstructionSteppingBenchmark {
    @Test
    void instructionSteps() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        SystemImage.Builder b = SystemImage.builder("spin");
        b.process(TestPrograms.process(b, "p", "spin", "_start", 0x10).build());
        SystemImage image = b.build();
        var profile = CpuProfiles.withBuiltins().get(image.setup().profile());

        try (DebugSession s = DebugSession.open(image, profile, SimulationLimits.of(image.setup()),
                DebugSession.Recorder.NONE, DebugSession.DEFAULT_HISTORY_BYTES,
                DebugSession.DEFAULT_CHECKPOINT_INTERVAL)) {
            for (int i = 0; i < 2_000; i++) {
                s.stepInstruction(0); // warm-up
            }
            int n = 20_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                s.stepInstruction(0);
            }
            System.out.printf("instruction steps forward: %.1f us each (%,d steps)%n",
                    (System.nanoTime() - t0) / 1e3 / n, n);
        }

        System.out.println("one step back from the end of a run (the first run warms up):");
        // the debugger's step limit ends the loop: four kernel steps (program slices of 2,048 instructions) per event
        for (long events : new long[] {128, 128, 1024, 16384}) {
            try (DebugSession s = DebugSession.open(image, profile, new SimulationLimits(Long.MAX_VALUE, events,
                    SimulationLimits.DEFAULT_CANCEL_CHECK), DebugSession.Recorder.NONE,
                    DebugSession.DEFAULT_HISTORY_BYTES, DebugSession.DEFAULT_CHECKPOINT_INTERVAL)) {
                s.resume();
                long retired = s.probe().retired(0);
                long t0 = System.nanoTime();
                Stop back = s.stepBackInstruction(0);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("  after %,d instructions: %,d ms (to point %d of step %,d); %s%n", retired, ms,
                        back.point().index(), back.steps(), s.history().describe());
            }
        }
    }
}
