package coyotos.studio.x86.perf;

/**
 * Compiled C (programs/bench/cbench.c, gcc -m32 -O2): CRC-32 over 1 MiB four times and a quicksort of
 * 200 000 integers. Run: {@code java -cp <main>:<tests> coyotos.studio.x86.perf.CompiledCBenchmark}.
 */
public final class CompiledCBenchmark {
    private CompiledCBenchmark() {
    }

    public static void main(String[] args) {
        ProgramTiming.run("compiled C", "cbench");
    }
}
