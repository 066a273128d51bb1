package coyotos.studio.x86.perf;

/**
 * The memory loop (programs/bench/memloop.S): 240 million instructions, half of them loads, stores and
 * read-modify-writes over 16 KiB. Run: {@code java -cp <main>:<tests> coyotos.studio.x86.perf.MemoryLoopBenchmark}.
 * Goal: 100 MIPS on one core.
 */
public final class MemoryLoopBenchmark {
    /** How ./studio bench runs it (a JUnit class in the bundle's test runtime); it prints and asserts nothing. */
    @org.junit.jupiter.api.Test
    void run() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        ProgramTiming.run("memory loop", "memloop");
    }
}
