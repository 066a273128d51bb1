package coyotos.studio.cli;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.io.LoadDiagnostic;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.model.validation.Finding;
import coyotos.studio.model.validation.RuleEngine;
import coyotos.studio.sim.model.Translation;
import coyotos.studio.sim.model.TranslationProblem;
import java.io.File;
import java.io.PrintStream;
import java.util.List;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * A model file given on the command line of the sweep commands: loaded, validated and its problems printed the
 * way {@code simulate} prints them ({@code error:}/{@code warning:} lines naming the file and the element), so a
 * user reads one style of message whichever command they ran.
 */
final class ModelInput {
    private final String command;
    private final PrintStream err;

    ModelInput(String command, PrintStream err) {
        this.command = command;
        this.err = err;
    }

    /** The loaded system, or null after printing why it cannot be used. */
    CoyotosSystem load(String path, boolean force) {
        File file = new File(path);
        if (!file.isFile()) {
            err.println(command + ": " + path + ": no such file" + (file.isDirectory() ? " (it is a directory)" : "") + ".");
            return null;
        }
        CoyotosModel.registerGlobally();
        ModelLoader.Result loaded = new ModelLoader().load(file);
        if (loaded.hasErrors() || loaded.system() == null) {
            err.println(command + ": " + path + " is not a usable Coyotos model:");
            for (LoadDiagnostic d : loaded.diagnostics()) {
                err.println("  " + path + (d.line() > 0 ? ":" + d.line() + (d.column() > 0 ? ":" + d.column() : "") : "")
                        + ": " + d.message());
            }
            return null;
        }
        List<Finding> findings = RuleEngine.INSTANCE.check(loaded.system());
        long errors = findings.stream().filter(f -> f.severity() >= Diagnostic.ERROR).count();
        for (Finding f : findings) {
            if (f.severity() >= Diagnostic.WARNING) {
                err.println((f.severity() >= Diagnostic.ERROR ? "error: " : "warning: ") + path + ": "
                        + RuleEngine.label(f.element()) + ": " + f.message());
            }
        }
        if (errors > 0 && !force) {
            err.println(command + ": " + path + " has " + errors + " validation error(s) (listed above); refusing to run. "
                    + "Fix them, or pass --force to run anyway.");
            return null;
        }
        return loaded.system();
    }

    /** Prints a translation's warnings and errors; true when it can run. */
    boolean report(String path, String what, Translation t) {
        for (TranslationProblem p : t.problems()) {
            if (p.severity() != TranslationProblem.Severity.INFO) {
                err.println((p.isError() ? "error: " : "warning: ") + path + what + ": "
                        + (p.elementLabel() != null ? p.elementLabel() + ": " : "") + p.message());
            }
        }
        if (t.hasErrors()) {
            err.println(command + ": " + path + what + " cannot be simulated as it is (translation errors listed above).");
            return false;
        }
        return true;
    }
}
