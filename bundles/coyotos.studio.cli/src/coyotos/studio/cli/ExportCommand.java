package coyotos.studio.cli;

import coyotos.studio.mkimage.MkiExport;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.io.LoadDiagnostic;
import coyotos.studio.model.io.ModelLoader;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code export <model.coyotos> [-o OUT.mki]}: writes a model as an mkimage module named after the output file
 * (mkimage finds module M in M.mki). What mkimage cannot say is listed as warnings on stderr; a model that does not
 * load is an error with its line, exit code 2, and nothing written.
 */
public final class ExportCommand {
    static final String USAGE = "usage: export <model.coyotos> [-o OUT.mki]";

    private ExportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return export(args, out, err);
        } catch (RuntimeException | LinkageError e) {
            err.println("export: internal error (" + e + "). Please report it with the model file.");
            return SimulateCommand.INTERNAL_ERROR;
        }
    }

    private static int export(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        String output = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                out.println(USAGE);
                return SimulateCommand.OK;
            } else if (a.equals("-o")) {
                if (i + 1 >= args.length) {
                    return bad(err, "-o needs a value.");
                }
                output = args[++i];
            } else if (a.startsWith("-")) {
                return bad(err, "unknown option '" + a + "'.");
            } else if (file != null) {
                return bad(err, "one model file only ('" + file + "' and '" + a + "').");
            } else {
                file = a;
            }
        }
        if (file == null) {
            return bad(err, "no model file given.");
        }
        File in = new File(file);
        if (!in.isFile()) {
            err.println("export: " + file + ": no such file" + (in.isDirectory() ? " (it is a directory)" : "") + ".");
            return SimulateCommand.BAD_INPUT;
        }
        Path to = output != null ? Path.of(output) : ImportCommand.sibling(in.toPath(), ".mki");
        String module = MkiExport.moduleNameFor(to);
        if (!to.getFileName().toString().endsWith(".mki")) {
            return bad(err, "the output must be a .mki file, not " + to + ".");
        }
        CoyotosModel.registerGlobally();
        ModelLoader.Result loaded = new ModelLoader().load(in);
        if (loaded.hasErrors() || loaded.system() == null) {
            err.println("export: " + file + " is not a usable Coyotos model:");
            for (LoadDiagnostic d : loaded.diagnostics()) {
                err.println("  " + file + (d.line() > 0 ? ":" + d.line() + (d.column() > 0 ? ":" + d.column() : "") : "")
                        + ": " + d.message());
            }
            return SimulateCommand.BAD_INPUT;
        }
        MkiExport.Result r = MkiExport.write(loaded.system(), module);
        if (!r.ok()) {
            err.println("export: " + to + ": " + r.error() + ".");
            return SimulateCommand.BAD_INPUT;
        }
        for (String w : r.warnings()) {
            err.println("warning: " + file + ": " + w);
        }
        try {
            if (to.toAbsolutePath().getParent() != null) {
                Files.createDirectories(to.toAbsolutePath().getParent());
            }
            Files.writeString(to, r.text());
        } catch (IOException e) {
            err.println("export: cannot write " + to + ": " + e.getMessage());
            return SimulateCommand.BAD_INPUT;
        }
        err.println("export: wrote " + to + " (module " + module + ")");
        return SimulateCommand.OK;
    }

    private static int bad(PrintStream err, String message) {
        err.println("export: " + message + "\n" + USAGE);
        return SimulateCommand.BAD_INPUT;
    }
}
