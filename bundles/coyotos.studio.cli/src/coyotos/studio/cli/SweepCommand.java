package coyotos.studio.cli;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.sweep.Shard;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.SweepFile;
import coyotos.studio.sweep.SweepSpec;
import coyotos.studio.sweep.model.PointModel;
import coyotos.studio.sweep.model.SweepModel;
import coyotos.studio.sweep.result.PointResult;
import coyotos.studio.sweep.result.SweepFiles;
import coyotos.studio.sweep.result.SweepInfo;
import coyotos.studio.sweep.result.SweepResult;
import coyotos.studio.sweep.run.SweepProgress;
import coyotos.studio.sweep.run.SweepRunner;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code sweep <model.coyotos | config.sweep> --vary AXIS=VALUES ... [--profile NAME] [--kernel NAME] [--seed N]
 * [--format table|json|csv] [--jobs N] [--shard I/N] [--force]}: the sweep of the IDE's Coyotos Sweep launch,
 * headless. The result goes to stdout, progress and notes to stderr; bad input is a message and exit code 2, as
 * with {@code simulate}. With {@code --shard I/N} only slice I of N runs, and {@code sweep-merge} joins the
 * slices' JSON, so a batch system can spread one sweep over many machines.
 */
public final class SweepCommand {
    static final String USAGE = "usage: sweep <model.coyotos | config.sweep> --vary AXIS=VALUES ... [--profile NAME] "
            + "[--kernel NAME] [--seed N] [--format table|json|csv] [--jobs N] [--shard I/N] [--force]\n"
            + "  AXIS: profile, kernel, design[:PROCESS], replicate[:PROCESS] or a model attribute path "
            + "(OBJECT/feature/.../attribute)\n  VALUES: a list (1,2,4) or a range (1..64, 1..64:4)";

    private SweepCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return sweep(args, out, err);
        } catch (RuntimeException | LinkageError e) {
            err.println("sweep: internal error (" + e + "). Please report it with the model file and the command line.");
            return SimulateCommand.INTERNAL_ERROR;
        }
    }

    private record Options(String input, List<String> vary, String profile, String kernel, Long seed, String format,
            int jobs, Shard shard, boolean force) {
    }

    private static int sweep(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = parse(args);
        } catch (SweepException e) {
            err.println("sweep: " + e.getMessage() + "\n" + USAGE);
            return SimulateCommand.BAD_INPUT;
        }
        if (o == null) {
            out.println(USAGE);
            return SimulateCommand.OK;
        }
        String modelPath = o.input();
        SweepSpec spec;
        try {
            List<String> vary = new ArrayList<>();
            String profile = o.profile();
            String kernel = o.kernel();
            Long seed = o.seed();
            if (o.input().endsWith(SweepFile.EXTENSION)) {
                SweepFile file = SweepFile.read(Path.of(o.input()));
                modelPath = file.model().toString();
                vary.addAll(file.spec().vary());
                profile = profile != null ? profile : file.spec().profile();
                kernel = kernel != null ? kernel : file.spec().kernel();
                seed = seed != null ? seed : file.spec().seed();
            }
            vary.addAll(o.vary());
            spec = SweepSpec.parse(vary, profile, kernel, seed);
        } catch (SweepException e) {
            err.println("sweep: " + e.getMessage());
            return SimulateCommand.BAD_INPUT;
        }
        ModelInput input = new ModelInput("sweep", err);
        CoyotosSystem system = input.load(modelPath, o.force());
        if (system == null) {
            return SimulateCommand.BAD_INPUT;
        }
        SweepModel model;
        SweepInfo info;
        try {
            model = SweepModel.of(system, spec);
            SweepRunner.checkSize(spec.points(), o.shard());
            File f = new File(modelPath);
            info = SweepFiles.info(f.toPath(), f.getName(), system.getName(), spec);
            // the slice's first point stands for the rest: a model that cannot run is reported once, not N times
            PointModel first = model.point(o.shard().index() - 1L < spec.points() ? o.shard().index() - 1L : 0);
            if (!input.report(modelPath, " (point " + first.index() + ": " + String.join(", ", first.values()) + ")",
                    SweepModel.translate(first))) {
                return SimulateCommand.BAD_INPUT;
            }
        } catch (SweepException e) {
            err.println("sweep: " + e.getMessage());
            return SimulateCommand.BAD_INPUT;
        }
        long slice = o.shard().size(spec.points());
        err.println("sweep: " + slice + " point(s)" + (o.shard().isAll() ? "" : " of " + spec.points() + " (shard " + o.shard() + ")")
                + " on " + o.jobs() + " thread(s)");
        SweepResult result;
        try {
            result = new SweepRunner(model, info).run(o.jobs(), o.shard(), progress(err), null);
        } catch (SweepException e) {
            err.println("sweep: " + e.getMessage());
            return SimulateCommand.BAD_INPUT;
        }
        out.print(SweepOutput.render(result, o.format()));
        notes(result, err);
        return SimulateCommand.OK;
    }

    /** A line per tenth of the sweep (batch logs stay short) with the time left. */
    private static SweepProgress progress(PrintStream err) {
        return (p, done, total, elapsed) -> {
            if (done == total || done * 10 / total != (done - 1) * 10 / total) {
                err.println("sweep: " + done + "/" + total + " points, "
                        + (done == total ? "done in " + SweepProgress.duration(elapsed)
                                : SweepProgress.duration(SweepProgress.remainingNanos(done, total, elapsed)) + " left"));
            }
        };
    }

    /** Each distinct note once, and the failed points. */
    private static void notes(SweepResult r, PrintStream err) {
        Set<String> notes = new LinkedHashSet<>();
        for (PointResult p : r.points()) {
            for (String n : p.notes()) {
                notes.add(n.replaceAll("\\d+ copies", "N copies"));
            }
        }
        notes.forEach(n -> err.println("note: " + n));
        long failed = r.failedPoints();
        if (failed > 0) {
            err.println("sweep: " + failed + " point(s) could not run; their termination column says why.");
        }
        long cut = r.points().stream().filter(p -> !p.failed() && !PointResult.COMPLETED.equals(p.termination())).count();
        if (cut > 0) {
            err.println("note: " + cut + " point(s) ended before completing (a cycle or event limit, or a stall); "
                    + "see their termination.");
        }
    }

    /** Null for --help. */
    private static Options parse(String[] args) throws SweepException {
        String input = null;
        List<String> vary = new ArrayList<>();
        String profile = null;
        String kernel = null;
        Long seed = null;
        String format = "table";
        int jobs = SweepRunner.allCores();
        Shard shard = Shard.ALL;
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--vary" -> vary.add(value(args, ++i, a));
                case "--profile" -> profile = value(args, ++i, a);
                case "--kernel" -> kernel = value(args, ++i, a);
                case "--seed" -> seed = number(value(args, ++i, a), a);
                case "--format" -> format = SweepOutput.format(value(args, ++i, a));
                case "--jobs" -> {
                    long n = number(value(args, ++i, a), a);
                    if (n < 1 || n > 4096) {
                        throw new SweepException("--jobs takes 1..4096 threads, not " + n + ".");
                    }
                    jobs = (int) n;
                }
                case "--shard" -> shard = Shard.parse(value(args, ++i, a));
                case "--force" -> force = true;
                default -> {
                    if (a.startsWith("-")) {
                        throw new SweepException("unknown option '" + a + "'.");
                    }
                    if (input != null) {
                        throw new SweepException("one model or .sweep file only ('" + input + "' and '" + a + "').");
                    }
                    input = a;
                }
            }
        }
        if (input == null) {
            throw new SweepException("no model file given.");
        }
        if (vary.isEmpty() && !input.endsWith(SweepFile.EXTENSION)) {
            throw new SweepException("no axis given: add --vary AXIS=VALUES.");
        }
        return new Options(input, vary, profile, kernel, seed, format, jobs, shard, force);
    }

    static String value(String[] args, int i, String option) throws SweepException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new SweepException(option + " needs a value.");
        }
        return args[i];
    }

    private static long number(String v, String option) throws SweepException {
        try {
            return Long.decode(v);
        } catch (NumberFormatException e) {
            throw new SweepException(option + " needs a whole number, not '" + v + "'.");
        }
    }
}
