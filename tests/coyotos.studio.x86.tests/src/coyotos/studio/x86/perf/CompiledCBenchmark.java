package coyotos.studio.x86.perf;

/**
 * Compiled C (programs/bench/cbench.c, gcc -m32 -O2): CRC-32 over 1 MiB four times and a quicksort of
 * 200 000 integers. Run: {@code java -cp <main>:<tests> coyotos.studio.x86.perf.CompiledCBenchmark}.
 */
public final class CompiledCBenchmark {
    /** How ./studio bench runs it (a JUnit class in the bundle's test runtime); it prints and asserts nothing. */
    @org.junit.jupiter.api.Test
    void run() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        ProgramTiming.run("compiled C", "cbench");
    }
}
