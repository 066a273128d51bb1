package coyotos.studio.cli;

import coyotos.studio.mkimage.MkiImport;
import coyotos.studio.mkimage.MkiProblem;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.io.CoyotosResource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * {@code import <file.mki|MODULE> [-t TARGET] [-I DIR]... [-L DIR]... [-o OUT.coyotos]}: runs a Coyotos system image
 * as mkimage would and writes it as a model. The image is a file, or, as on mkimage's command line (the RUN_MKIMAGE
 * lines of the Coyotos makefiles), a module name that the include path resolves. The options mean what they mean to mkimage (-t picks
 * coyotos/TargetInfo/TARGET.mki, -I adds a module directory, -L a directory for loadimage and readfile), and, as
 * mkimage does, $COYOTOS_ROOT/usr/include/mki and $COYOTOS_ROOT/usr/domain are searched last unless --nostdinc or
 * --nostdlib. What the module prints goes to stdout; problems go to stderr as file:line:column: message, with exit
 * code 2 and nothing written.
 */
public final class ImportCommand {
    static final String USAGE = "usage: import <file.mki|MODULE> [-t TARGET] [-I DIR]... [-L DIR]... [-o OUT.coyotos] "
            + "[--nostdinc] [--nostdlib]";
    /** A module name as mkimage's lexer reads one: identifiers (which may hold '-') joined by dots. */
    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*");

    private ImportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        try {
            return importImage(args, out, err, env);
        } catch (RuntimeException | LinkageError e) {
            err.println("import: internal error (" + e + "). Please report it with the .mki files.");
            return SimulateCommand.INTERNAL_ERROR;
        }
    }

    private static int importImage(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        String file = null;
        String output = null;
        String target = MkiImport.TARGET;
        List<Path> include = new ArrayList<>();
        List<Path> library = new ArrayList<>();
        boolean stdinc = true;
        boolean stdlib = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return SimulateCommand.OK;
                }
                case "-t", "-I", "-L", "-o" -> {
                    if (i + 1 >= args.length) {
                        return bad(err, a + " needs a value.");
                    }
                    String v = args[++i];
                    switch (a) {
                        case "-t" -> target = v;
                        case "-I" -> include.add(Path.of(v));
                        case "-L" -> library.add(Path.of(v));
                        default -> output = v;
                    }
                }
                case "--nostdinc" -> stdinc = false;
                case "--nostdlib" -> stdlib = false;
                default -> {
                    if (a.startsWith("-I") || a.startsWith("-L") || a.startsWith("-t") || a.startsWith("-o")) {
                        // mkimage (getopt) also takes the value joined to the option: -I. -Lbuild
                        String v = a.substring(2);
                        switch (a.charAt(1)) {
                            case 'I' -> include.add(Path.of(v));
                            case 'L' -> library.add(Path.of(v));
                            case 't' -> target = v;
                            default -> output = v;
                        }
                    } else if (a.startsWith("-")) {
                        return bad(err, "unknown option '" + a + "'.");
                    } else if (file != null) {
                        return bad(err, "one image file only ('" + file + "' and '" + a + "').");
                    } else {
                        file = a;
                    }
                }
            }
        }
        if (file == null) {
            return bad(err, "no .mki file or module given.");
        }
        for (String root : new String[] {env.get("COYOTOS_ROOT"), env.get("COYOTOS_XENV")}) {
            if (root != null && !root.isEmpty()) {
                if (stdinc) {
                    include.add(Path.of(root, "usr/include/mki"));
                }
                if (stdlib) {
                    library.add(Path.of(root, "usr/domain"));
                }
            }
        }
        Path in = Path.of(file);
        if (!Files.exists(in) && !file.endsWith(".mki") && MODULE_NAME.matcher(file).matches()) {
            MkiImport.Options search = new MkiImport.Options(target, include, library);
            in = search.moduleFile(file);
            if (in == null) {
                err.println("import: module '" + file + "' not found: no " + file.replace('.', '/')
                        + ".mki in the include path " + (include.isEmpty() ? "(none given: add a directory with -I)"
                        : include.toString()) + ", and no file of that name." + (stdinc && !coyotosRootSet(env)
                        ? " COYOTOS_ROOT is not set, so mkimage's standard directory $COYOTOS_ROOT/usr/include/mki"
                                + " was not searched." : ""));
                return SimulateCommand.BAD_INPUT;
            }
        }
        Path to = output != null ? Path.of(output) : sibling(in, ".coyotos");
        if (!to.getFileName().toString().endsWith(".coyotos")) {
            return bad(err, "the output must be a .coyotos file, not " + to + ".");
        }
        MkiImport.Result r = MkiImport.run(in, new MkiImport.Options(target, include, library), () -> false);
        out.print(r.output());
        for (MkiProblem p : r.problems()) {
            err.println(p);
        }
        if (!r.ok()) {
            err.println("import: " + file + " is not a usable image (" + r.errors().size() + " error"
                    + (r.errors().size() == 1 ? "" : "s") + " above); nothing was written.");
            return SimulateCommand.BAD_INPUT;
        }
        try {
            save(r.system(), to);
        } catch (IOException e) {
            err.println("import: cannot write " + to + ": " + e.getMessage());
            return SimulateCommand.BAD_INPUT;
        }
        err.println("import: wrote " + to + " (" + summary(r.system()) + ")");
        return SimulateCommand.OK;
    }

    static void save(CoyotosSystem system, Path to) throws IOException {
        if (to.toAbsolutePath().getParent() != null) {
            Files.createDirectories(to.toAbsolutePath().getParent());
        }
        Resource res = CoyotosModel.newResourceSet().createResource(URI.createFileURI(to.toAbsolutePath().toString()));
        res.getContents().add(system);
        res.save(CoyotosResource.defaultSaveOptions());
    }

    static String summary(CoyotosSystem s) {
        Map<String, Integer> counts = new TreeMap<>();
        for (KernelObject o : s.getObjects()) {
            counts.merge(o.eClass().getName(), 1, Integer::sum);
        }
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(v).append(' ').append(k));
        return b.isEmpty() ? "no objects" : b.toString();
    }

    static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
    }

    private static int bad(PrintStream err, String message) {
        err.println("import: " + message + "\n" + USAGE);
        return SimulateCommand.BAD_INPUT;
    }

    /** Whether mkimage's standard directories exist for this environment (COYOTOS_ROOT or COYOTOS_XENV). */
    private static boolean coyotosRootSet(Map<String, String> env) {
        return !env.getOrDefault("COYOTOS_ROOT", "").isEmpty() || !env.getOrDefault("COYOTOS_XENV", "").isEmpty();
    }
}
