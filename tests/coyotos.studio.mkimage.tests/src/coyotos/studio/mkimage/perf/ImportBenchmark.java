package coyotos.studio.mkimage.perf;

import coyotos.studio.mkimage.MkiExport;
import coyotos.studio.mkimage.MkiImport;
import coyotos.studio.mkimage.internal.ast.ModuleParser;
import coyotos.studio.mkimage.internal.ast.SourceFile;
import coyotos.studio.mkimage.internal.eval.Interpreter;
import coyotos.studio.mkimage.internal.eval.ModuleLoader;
import coyotos.studio.mkimage.internal.eval.Output;
import coyotos.studio.mkimage.internal.eval.Warnings;
import coyotos.studio.mkimage.internal.image.Image;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parse + evaluate a generated image of 50,000 objects (5,000 processes, each with two endpoints, a GPT space of
 * five pages with contents and a capability page, wired with entries, guards and restrictions), and the whole import
 * (with naming and the conversion to the model) and export. Benchmark, not a test: it prints figures and asserts
 * nothing ({@code ./studio bench} runs it). Also a main: {@code ImportBenchmark [processes]}.
 */
public final class ImportBenchmark {

    @Test
    void fiftyThousandObjects() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        int processes = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        String text = module(processes);
        Path dir = Files.createTempDirectory("mki-bench");
        Path file = dir.resolve("bench.mki");
        Files.writeString(file, text);
        System.out.printf("generated: %d processes, %d objects, %d lines, %.1f MB%n", processes, processes * 10,
                text.lines().count(), text.length() / 1e6);
        System.out.println("times: wall clock / CPU of the whole process (GC included); on a shared machine the CPU "
                + "figure is the one to compare");
        for (int round = 1; round <= 5; round++) {
            Clock parse = new Clock();
            ModuleParser.Result parsed = ModuleParser.parse(new SourceFile(file, text));
            parse.stop();
            Clock evaluate = new Clock();
            Image image = new Image();
            ModuleLoader loader = new ModuleLoader(List.of(), List.of(), MkiImport.TARGET);
            loader.runTop(file, new Interpreter(image, loader, new Output(), new Warnings(), () -> false));
            evaluate.stop();
            Clock whole = new Clock();
            MkiImport.Result r = MkiImport.run(file, MkiImport.Options.defaults(), () -> false);
            whole.stop();
            if (!parsed.ok() || !r.ok()) {
                throw new IllegalStateException("benchmark module did not import: " + r.problems());
            }
            Clock export = new Clock();
            String exported = MkiExport.write(r.system(), "bench").text();
            export.stop();
            System.out.printf("round %d: parse %s | parse + evaluate %s | whole import (+ names, model) %s | export %s"
                    + " (%d objects, %.1f MB of .mki)%n", round, parse, evaluate, whole, export,
                    r.system().getObjects().size(), exported.length() / 1e6);
        }
    }

    /** Wall clock and process CPU time of a step. */
    private static final class Clock {
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        private final long wall0 = System.nanoTime();
        private final long cpu0 = OS.getProcessCpuTime();
        private long wall;
        private long cpu;

        void stop() {
            wall = System.nanoTime() - wall0;
            cpu = OS.getProcessCpuTime() - cpu0;
        }

        @Override
        public String toString() {
            return String.format("%5d / %5d ms", wall / 1_000_000, cpu / 1_000_000);
        }
    }

    static String module(int processes) {
        StringBuilder s = new StringBuilder("module bench {\n");
        s.append("  def make(bank, n) {\n");
        s.append("    def p = new Process(bank);\n    p.faultCode = 25;\n    p.faultInfo = 0x1000 + n;\n");
        s.append("    return p;\n  }\n");
        for (int i = 0; i < processes; i++) {
            String p = "p" + i;
            s.append("  def ").append(p).append(" = make(PrimeBank, ").append(i).append(");\n");
            s.append("  def ").append(p).append("_reply = new Endpoint(PrimeBank);\n");
            s.append("  def ").append(p).append("_init = new Endpoint(PrimeBank);\n");
            s.append("  def ").append(p).append("_space = new GPT(PrimeBank);\n");
            s.append("  def ").append(p).append("_tools = new CapPage(PrimeBank);\n");
            s.append("  ").append(p).append("_reply.recipient = ").append(p).append(";\n");
            s.append("  ").append(p).append("_reply.pm = 1;\n");
            s.append("  ").append(p).append("_init.recipient = ").append(p).append(";\n");
            s.append("  ").append(p).append(".capReg[1] = ").append(p).append("_reply;\n");
            s.append("  ").append(p).append(".capReg[5] = ").append(p).append("_init;\n");
            s.append("  ").append(p).append(".capReg[4] = readonly(").append(p).append("_tools);\n");
            s.append("  ").append(p).append(".addrSpace = guard(").append(p).append("_space, 0, 16);\n");
            for (int k = 0; k < 5; k++) {
                String pg = p + "_pg" + k;
                s.append("  def ").append(pg).append(" = new Page(PrimeBank);\n");
                s.append("  set_page_uint64(").append(pg).append(", ").append(8 * k).append(", 0x").append(Long.toHexString(i * 31L + k))
                        .append(");\n");
                s.append("  ").append(p).append("_space.cap[").append(k + 1).append("] = ").append(k == 0 ? "readonly(" + pg + ")" : "noexec(" + pg + ")")
                        .append(";\n");
            }
            s.append("  ").append(p).append("_tools[0] = KernLog();\n");
            s.append("  ").append(p).append("_tools[1] = enter(p").append(i == 0 ? 0 : i - 1).append("_init, ").append(i).append(");\n");
        }
        return s.append("}\n").toString();
    }
}
