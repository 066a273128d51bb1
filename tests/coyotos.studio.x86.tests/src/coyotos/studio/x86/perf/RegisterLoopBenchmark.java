package coyotos.studio.x86.perf;

/**
 * The register loop (programs/bench/regloop.S): 320 million register-only ALU instructions.
 * Run: {@code java -cp <main>:<tests> coyotos.studio.x86.perf.RegisterLoopBenchmark}. Goal: 200 MIPS on one core.
 */
public final class RegisterLoopBenchmark {
    /** How ./studio bench runs it (a JUnit class in the bundle's test runtime); it prints and asserts nothing. */
    @org.junit.jupiter.api.Test
    void run() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        ProgramTiming.run("register loop", "regloop");
    }
}
