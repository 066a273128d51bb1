package coyotos.studio.x86.perf;

/**
 * The memory loop (programs/bench/memloop.S): 240 million instructions, half of them loads, stores and
 * read-modify-writes over 16 KiB. Run: {@code java -cp <main>:<tests> coyotos.studio.x86.perf.MemoryLoopBenchmark}.
 * Goal: 100 MIPS on one core.
 */
public final class MemoryLoopBenchmark {
    private MemoryLoopBenchmark() {
    }

    public static void main(String[] args) {
        ProgramTiming.run("memory loop", "memloop");
    }
}
