package coyotos.studio.x86.perf;

import coyotos.studio.x86.cpu.Exit;
import coyotos.studio.x86.cpu.ExitKind;
import coyotos.studio.x86.cpu.Programs;
import coyotos.studio.x86.cpu.Reference;
import coyotos.studio.x86.cpu.TestMachine;
import coyotos.studio.x86.cpu.Vector;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one benchmark program (programs/bench) in the interpreter, timed after a warm-up, and the same
 * program under qemu-i386 when it is installed, and prints both: million instructions per second (retired
 * instructions, each REP-prefixed instruction counted once) and the time ratio. The programs are built by the
 * test bundle's Maven build; pass -Dcoyotos.x86.programs=DIR to point elsewhere.
 */
final class ProgramTiming {
    private static final int RUNS = 3;
    private static long lastWall;

    private ProgramTiming() {
    }

    static void run(String title, String program) {
        Path elf = Programs.path(program);
        measure(program); // warm-up: the JIT compiles the interpreter's loop
        long best = Long.MAX_VALUE;
        long wall = 0;
        long instructions = 0;
        for (int i = 0; i < RUNS; i++) {
            long[] r = measure(program);
            if (r[0] < best) {
                best = r[0];
                wall = lastWall;
            }
            instructions = r[1];
        }
        double seconds = best / 1e9;
        System.out.printf("%-15s interpreter: %,d instructions in %.3f s CPU (%.3f s wall) = %.1f MIPS "
                + "(best of %d)%n", title, instructions, seconds, wall / 1e9, instructions / seconds / 1e6, RUNS);
        String qemu = Reference.qemu();
        if (qemu == null) {
            System.out.printf("%-15s qemu-i386: not installed (apt-get install qemu-user), no ratio%n", title);
            return;
        }
        long q = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            q = Math.min(q, cpuTime(qemu, elf));
        }
        double qs = q / 1e9;
        System.out.printf("%-15s qemu-i386:   %.3f s CPU (a JIT; its start-up included) = %.1f MIPS; "
                + "interpreter/qemu time ratio %.2f%n", title, qs, instructions / qs / 1e6, seconds / qs);
    }

    /**
     * One run: {nanoseconds, retired instructions}. The time is the thread's CPU time, so that other work on a
     * shared machine does not count against the interpreter (the wall time is printed beside it).
     */
    private static long[] measure(String program) {
        TestMachine m = Programs.load(program);
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long w0 = System.nanoTime();
        long t0 = bean.getCurrentThreadCpuTime();
        Exit e = m.run(Long.MAX_VALUE);
        long t = bean.getCurrentThreadCpuTime() - t0;
        lastWall = System.nanoTime() - w0;
        if (e.kind() != ExitKind.TRAP || e.vector() != Vector.BP) {
            throw new IllegalStateException(program + " did not end at the harness's int3: " + e);
        }
        return new long[] {t, e.retired()};
    }

    /** The CPU time (user + system) of running the program under qemu-i386, as bash's time reports it. */
    private static long cpuTime(String qemu, Path elf) {
        List<String> cmd = List.of("bash", "-c", "TIMEFORMAT='%3U %3S'; { time \"$0\" \"$1\" >/dev/null 2>&1; } 2>&1",
                qemu, elf.toAbsolutePath().toString());
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(qemu + " " + elf + " failed: " + out);
            }
            String[] parts = out.split("\\s+");
            return (long) ((Double.parseDouble(parts[parts.length - 2]) + Double.parseDouble(parts[parts.length - 1]))
                    * 1e9);
        } catch (Exception e) {
            throw new IllegalStateException(qemu + " " + elf + ": " + e.getMessage(), e);
        }
    }
}
