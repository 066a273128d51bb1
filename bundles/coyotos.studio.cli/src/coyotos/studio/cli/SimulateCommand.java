package coyotos.studio.cli;

import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.io.LoadDiagnostic;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.model.validation.Finding;
import coyotos.studio.model.validation.RuleEngine;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.OutOfCapacity;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sim.model.Translation;
import coyotos.studio.sim.model.TranslationProblem;
import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.report.CsvReport;
import coyotos.studio.sim.report.JsonReport;
import coyotos.studio.sim.report.ProfileReport;
import coyotos.studio.sim.report.TableReport;
import coyotos.studio.sim.report.TerminalText;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.Cancellation;
import java.io.File;
import java.io.PrintStream;
import java.util.List;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * {@code simulate <file.coyotos> [--profile NAME] [--kernel NAME] [--format table|json|csv] [--seed N]
 * [--max-cycles N] [--max-events N] [--max-seconds N] [--force] [--explain]}, or {@code simulate --profile NAME
 * --explain} for the profile's constants and their sources: a plain JVM main (EMF runs standalone). The report goes to
 * stdout; anything wrong with the input goes to stderr as a message naming the problem and where it is, with
 * exit code 2 and never a stack trace (a model too large for the heap or nested too deeply included), so
 * scripts can tell "your model is wrong" (2) from "the run happened" (0, however the run ended: the report
 * says how). The run goes through {@link ModelSimulation} exactly as the IDE's launch does.
 */
public final class SimulateCommand {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    static final String USAGE = "usage: simulate <file.coyotos> [--profile NAME] [--kernel coyotos-2007|eros-design] "
            + "[--format table|json|csv] [--seed N] [--max-cycles N] [--max-events N] [--max-seconds N] [--force] "
            + "[--explain]\n"
            + "       simulate --profile NAME --explain   (the profile's constants, each with its source or 'estimate')";

    private SimulateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The whole command without System.exit, for tests and embedding. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return simulate(args, out, err);
        } catch (RuntimeException | LinkageError e) {
            err.println("simulate: internal error (" + e + "). Please report it with the model file.");
            return INTERNAL_ERROR;
        }
    }

    private record Options(String file, SimulationOverrides overrides, String format, boolean force, boolean explain) {
    }

    private static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message, null, false, false);
        }
    }

    private static int simulate(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = parse(args);
        } catch (BadInput e) {
            err.println("simulate: " + TerminalText.escape(e.getMessage()) + "\n" + USAGE);
            return BAD_INPUT;
        }
        if (o == null) {
            out.println(USAGE);
            return OK;
        }
        if (o.file() == null) {
            return explain(o.overrides().profile(), out, err);
        }
        File file = new File(o.file());
        String name = TerminalText.escape(o.file());
        String notAFile = ModelLoader.notARegularFile(file.toPath());
        if (notAFile != null) {
            err.println("simulate: " + name + ": " + notAFile + ".");
            return BAD_INPUT;
        }
        String doing = OutOfCapacity.loading(file);
        try {
            CoyotosModel.registerGlobally();
            ModelLoader.Result loaded = new ModelLoader().load(file);
            ProblemPrinter problems = new ProblemPrinter(err);
            if (loaded.hasErrors() || loaded.system() == null) {
                err.println("simulate: " + name + " is not a usable Coyotos model:");
                for (LoadDiagnostic d : loaded.diagnostics()) {
                    problems.print("load problems", "  " + o.file() + (d.line() > 0 ? ":" + d.line()
                            + (d.column() > 0 ? ":" + d.column() : "") : "") + ": " + d.message());
                }
                problems.printRest();
                return BAD_INPUT;
            }
            doing = "validating " + file.getName();
            List<Finding> findings = RuleEngine.INSTANCE.check(loaded.system());
            long errors = findings.stream().filter(f -> f.severity() >= Diagnostic.ERROR).count();
            for (Finding f : findings) {
                if (f.severity() >= Diagnostic.WARNING) {
                    String severity = f.severity() >= Diagnostic.ERROR ? "error" : "warning";
                    problems.print(severity + "s of " + f.ruleId(), severity + ": " + o.file() + ": "
                            + RuleEngine.label(f.element()) + ": " + f.message());
                }
            }
            problems.printRest();
            if (errors > 0 && !o.force()) {
                err.println("simulate: " + name + " has " + errors + " validation error(s) (listed above); "
                        + "refusing to run. Fix them, or pass --force to simulate anyway.");
                return BAD_INPUT;
            }
            doing = "translating " + file.getName();
            Translation t = ModelSimulation.translate(loaded.system(), o.overrides());
            for (TranslationProblem p : t.problems()) {
                if (p.severity() != TranslationProblem.Severity.INFO) {
                    problems.print("translation " + (p.isError() ? "errors" : "warnings"), (p.isError() ? "error: "
                            : "warning: ") + o.file() + ": " + (p.elementLabel() != null ? p.elementLabel() + ": " : "")
                            + p.message());
                }
            }
            problems.printRest();
            if (t.hasErrors()) {
                err.println("simulate: " + name + " cannot be simulated as it is (translation errors listed above).");
                return BAD_INPUT;
            }
            doing = OutOfCapacity.simulating(file.getName(), t.image());
            RunResult r = ModelSimulation.simulation(t, o.overrides()).cancel(new Cancellation()).run();
            doing = "writing the report of " + file.getName();
            out.print(switch (o.format()) {
                case "json" -> JsonReport.render(r);
                case "csv" -> CsvReport.render(r);
                default -> TableReport.render(r);
            });
            if (o.explain()) {
                out.print(ProfileReport.render(t.customProfile() != null && t.customProfile().name().equals(r.profile())
                        ? t.customProfile() : CpuProfiles.builtin(r.profile())));
            }
            if (r.termination() != Termination.COMPLETED) {
                // the diagnosis starts with the termination: "note: HALTED: process 'app' halted on ..."
                err.println("note: " + TerminalText.escape(r.diagnosis()));
            }
            return OK;
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println("simulate: " + TerminalText.escape(OutOfCapacity.message(e, doing)));
            return BAD_INPUT;
        }
    }

    /** {@code --explain} without a model: the built-in profile's constants with their sources. */
    private static int explain(String profile, PrintStream out, PrintStream err) {
        CpuProfiles known = CpuProfiles.withBuiltins();
        String name = profile == null ? known.names().get(0) : profile;
        if (!known.contains(name)) {
            err.println("simulate: unknown CPU profile '" + TerminalText.escape(name) + "'; known: " + known.knownText()
                    + ".");
            return BAD_INPUT;
        }
        out.print(ProfileReport.render(known.get(name)));
        return OK;
    }

    /** Null for --help. */
    private static Options parse(String[] args) throws BadInput {
        String file = null;
        String format = "table";
        String profile = null;
        String seed = null;
        String maxCycles = null;
        String maxEvents = null;
        String maxSeconds = null;
        boolean force = false;
        String kernel = null;
        boolean explain = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--profile" -> profile = value(args, ++i, a);
                case "--format" -> {
                    format = value(args, ++i, a);
                    if (!List.of("table", "json", "csv").contains(format)) {
                        throw new BadInput("unknown format '" + format + "'; use table, json or csv.");
                    }
                }
                case "--seed" -> seed = value(args, ++i, a);
                case "--max-cycles" -> maxCycles = value(args, ++i, a);
                case "--max-events" -> maxEvents = value(args, ++i, a);
                case "--max-seconds" -> maxSeconds = value(args, ++i, a);
                case "--force" -> force = true;
                case "--explain" -> explain = true;
                case "--kernel" -> {
                    kernel = value(args, ++i, a);
                    try {
                        KernelVariant.of(kernel);
                    } catch (IllegalArgumentException e) {
                        throw new BadInput(e.getMessage() + ".");
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new BadInput("unknown option '" + a + "'.");
                    }
                    if (file != null) {
                        throw new BadInput("one model file only ('" + file + "' and '" + a + "').");
                    }
                    file = a;
                }
            }
        }
        if (file == null && !explain) {
            throw new BadInput("no model file given.");
        }
        try {
            // The same reading of numbers as the launch configuration's fields: decimal ("010" is ten) or 0x hex.
            SimulationOverrides overrides = new SimulationOverrides(profile,
                    SimulationOverrides.number("--seed", seed, false),
                    SimulationOverrides.number("--max-cycles", maxCycles, true),
                    SimulationOverrides.number("--max-events", maxEvents, true),
                    SimulationOverrides.number("--max-seconds", maxSeconds, true)).withKernel(kernel);
            return new Options(file, overrides, format, force, explain);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
    }

    private static String value(String[] args, int i, String option) throws BadInput {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new BadInput(option + " needs a value.");
        }
        return args[i];
    }
}
