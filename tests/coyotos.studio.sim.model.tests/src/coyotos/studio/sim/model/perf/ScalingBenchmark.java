package coyotos.studio.sim.model.perf;

import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.model.validation.RuleEngine;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sim.model.Translation;
import coyotos.studio.sim.result.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: generated models that used to take super-linear time, timed at two sizes so the ratio shows the
 * growth (about 2 for linear work, 4 for quadratic). Prints one line per case:
 * <ul>
 * <li>a chain of processes, each the fault handler of the one before (the mutual-handler rule walked every
 * chain from every process);</li>
 * <li>a file whose capabilities all name ids that are not in it (load diagnostics were de-duplicated
 * pairwise);</li>
 * <li>processes with one address space each (the kernel looked a process's space up by a list scan).</li>
 * </ul>
 * Usage: ScalingBenchmark [chain dangling spaces] (sizes; defaults 30000 40000 20000; each case also runs at half
 * its size).
 */
public final class ScalingBenchmark {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<coyotos:CoyotosSystem xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:coyotos=\"http://coyotos.org/studio/model/0.1\" xmi:id=\"sys\" name=\"scaling\">\n"
            + "  <objects xsi:type=\"coyotos:Schedule\" xmi:id=\"sched\" name=\"sched\"/>\n";
    private static final String TAIL = "  <simulation xmi:id=\"sim\" maxEvents=\"100000000\" maxCycles=\"100000000000\"/>\n"
            + "</coyotos:CoyotosSystem>\n";

    private ScalingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = {30_000, 40_000, 20_000};
        for (int i = 0; i < args.length && i < sizes.length; i++) {
            sizes[i] = Integer.parseInt(args[i]);
        }
        CoyotosModel.registerGlobally();
        Path dir = Files.createTempDirectory("scaling");
        for (int half = 2; half >= 1; half--) {
            int n = sizes[0] / half;
            Path chain = write(dir.resolve("chain-" + n + ".coyotos"), handlerChain(n));
            ModelLoader.Result loaded = new ModelLoader().load(chain.toFile());
            long t0 = System.nanoTime();
            int findings = RuleEngine.INSTANCE.check(loaded.system()).size();
            report("validate a handler chain of " + n + " processes", n, t0, findings + " findings");

            n = sizes[1] / half;
            Path dangling = write(dir.resolve("dangling-" + n + ".coyotos"), dangling(n));
            t0 = System.nanoTime();
            ModelLoader.Result d = new ModelLoader().load(dangling.toFile());
            report("load " + n + " dangling references", n, t0, d.diagnostics().size() + " diagnostics");

            n = sizes[2] / half;
            Path spaces = write(dir.resolve("spaces-" + n + ".coyotos"), ownSpaces(n));
            ModelLoader.Result s = new ModelLoader().load(spaces.toFile());
            Translation t = ModelSimulation.translate(s.system(), SimulationOverrides.NONE);
            t0 = System.nanoTime();
            RunResult r = ModelSimulation.simulation(t).run();
            report("simulate " + n + " processes with a space each", n, t0, r.termination() + ", " + r.events() + " events");
        }
    }

    private static void report(String what, int n, long t0, String outcome) {
        System.out.printf("%-48s %9.3f s  (%s)%n", what, (System.nanoTime() - t0) / 1e9, outcome);
    }

    private static Path write(Path p, CharSequence text) throws IOException {
        return Files.writeString(p, text);
    }

    /** Process i is handled by process i+1 (through endpoint i+1); the last one has no handler. */
    static String handlerChain(int n) {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 0; i < n; i++) {
            sb.append("  <objects xsi:type=\"coyotos:Endpoint\" xmi:id=\"e").append(i).append("\" name=\"ep-").append(i)
                    .append("\" recipient=\"#p").append(i).append("\"/>\n");
            sb.append("  <objects xsi:type=\"coyotos:Process\" xmi:id=\"p").append(i).append("\" name=\"proc-").append(i)
                    .append("\" runState=\"RECEIVING\">\n");
            if (i + 1 < n) {
                sb.append("    <handler xsi:type=\"coyotos:EntryCapability\" xmi:id=\"h").append(i).append("\" target=\"#e")
                        .append(i + 1).append("\"/>\n");
            }
            sb.append("    <schedule xsi:type=\"coyotos:ScheduleCapability\" xmi:id=\"s").append(i)
                    .append("\" target=\"#sched\"/>\n");
            sb.append("    <handlerActions xsi:type=\"coyotos:RefuseFault\" xmi:id=\"r").append(i).append("\"/>\n");
            sb.append("  </objects>\n");
        }
        return sb.append(TAIL).toString();
    }

    /** Every process's handler names an endpoint id the file does not have. */
    static String dangling(int n) {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 0; i < n; i++) {
            sb.append("  <objects xsi:type=\"coyotos:Process\" xmi:id=\"p").append(i).append("\" name=\"proc-").append(i)
                    .append("\">\n    <handler xsi:type=\"coyotos:EntryCapability\" xmi:id=\"h").append(i)
                    .append("\" target=\"#missing-").append(i).append("\"/>\n  </objects>\n");
        }
        return sb.append(TAIL).toString();
    }

    /** Process i has GPT i as its space with one page, and touches it once. */
    static String ownSpaces(int n) {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 0; i < n; i++) {
            sb.append("  <objects xsi:type=\"coyotos:Page\" xmi:id=\"pg").append(i).append("\" name=\"page-").append(i).append("\"/>\n");
            sb.append("  <objects xsi:type=\"coyotos:Gpt\" xmi:id=\"g").append(i).append("\" name=\"space-").append(i)
                    .append("\">\n    <slots xmi:id=\"sl").append(i).append("\">\n      <cap xsi:type=\"coyotos:PageCapability\" xmi:id=\"pc")
                    .append(i).append("\" target=\"#pg").append(i).append("\"/>\n    </slots>\n  </objects>\n");
            sb.append("  <objects xsi:type=\"coyotos:Process\" xmi:id=\"p").append(i).append("\" name=\"proc-").append(i)
                    .append("\" faultInfo=\"0\">\n");
            sb.append("    <addressSpace xsi:type=\"coyotos:GptCapability\" xmi:id=\"a").append(i).append("\" l2g=\"16\" target=\"#g")
                    .append(i).append("\"/>\n");
            sb.append("    <schedule xsi:type=\"coyotos:ScheduleCapability\" xmi:id=\"s").append(i).append("\" target=\"#sched\"/>\n");
            sb.append("    <workload xmi:id=\"w").append(i).append("\">\n      <steps xsi:type=\"coyotos:Touch\" xmi:id=\"t").append(i)
                    .append("\" length=\"4096\"/>\n    </workload>\n  </objects>\n");
        }
        return sb.append(TAIL).toString();
    }
}
