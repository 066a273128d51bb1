package coyotos.studio.x86.perf;

/**
 * The register loop (programs/bench/regloop.S): 320 million register-only ALU instructions.
 * Run: {@code java -cp <main>:<tests> coyotos.studio.x86.perf.RegisterLoopBenchmark}. Goal: 200 MIPS on one core.
 */
public final class RegisterLoopBenchmark {
    private RegisterLoopBenchmark() {
    }

    public static void main(String[] args) {
        ProgramTiming.run("register loop", "regloop");
    }
}
