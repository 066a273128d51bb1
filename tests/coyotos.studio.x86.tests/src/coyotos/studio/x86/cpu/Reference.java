package coyotos.studio.x86.cpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test program as a 32-bit Linux program, the differential tests' reference: natively when this
 * kernel runs i386 binaries, otherwise under qemu-i386 (Debian package qemu-user). When neither is possible
 * the test fails saying so.
 */
public final class Reference {
    private static Boolean nativeWorks;

    private Reference() {
    }

    public static String describe() {
        return nativeWorks != null && nativeWorks ? "native i386" : "qemu-i386";
    }

    /** The program's standard output; fails when it cannot run or exits with an error. */
    public static byte[] run(Path elf) {
        List<String> cmd = command(elf);
        try {
            Path out = Files.createTempFile("x86-ref", ".out");
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError(String.join(" ", cmd) + " did not finish within 2 minutes");
                }
                if (p.exitValue() != 0) {
                    throw new AssertionError(String.join(" ", cmd) + " exited with " + p.exitValue());
                }
                return Files.readAllBytes(out);
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", cmd) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** How to run an i386 program here, or an AssertionError naming what to install. */
    public static List<String> command(Path elf) {
        String file = elf.toAbsolutePath().toString();
        if (nativeWorks == null) {
            nativeWorks = tryNative(file);
        }
        List<String> cmd = new ArrayList<>();
        if (!nativeWorks) {
            String qemu = qemu();
            if (qemu == null) {
                throw new AssertionError("the differential tests need a way to run 32-bit Linux programs: this "
                        + "kernel does not run i386 binaries and qemu-i386 is not installed "
                        + "(apt-get install qemu-user; ./studio test installs it)");
            }
            cmd.add(qemu);
        }
        cmd.add(file);
        return cmd;
    }

    /** The qemu-i386 executable, or null. */
    public static String qemu() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, "qemu-i386");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return Files.isExecutable(Path.of("/usr/bin/qemu-i386")) ? "/usr/bin/qemu-i386" : null;
    }

    private static boolean tryNative(String file) {
        try {
            Process p = new ProcessBuilder(file).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false; // "Exec format error": no IA-32 support in this kernel
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
