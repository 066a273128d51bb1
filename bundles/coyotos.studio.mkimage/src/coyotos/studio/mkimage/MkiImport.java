package coyotos.studio.mkimage;

import coyotos.studio.mkimage.internal.ast.Keywords;
import coyotos.studio.mkimage.internal.ast.ModuleParser;
import coyotos.studio.mkimage.internal.ast.Pos;
import coyotos.studio.mkimage.internal.convert.ImageChecks;
import coyotos.studio.mkimage.internal.convert.ModelWriter;
import coyotos.studio.mkimage.internal.convert.ObjectNamer;
import coyotos.studio.mkimage.internal.eval.Builtins;
import coyotos.studio.mkimage.internal.eval.Interpreter;
import coyotos.studio.mkimage.internal.eval.MkiError;
import coyotos.studio.mkimage.internal.eval.ModuleLoader;
import coyotos.studio.mkimage.internal.eval.Output;
import coyotos.studio.mkimage.internal.eval.Warnings;
import coyotos.studio.mkimage.internal.export.MkiWriter;
import coyotos.studio.mkimage.internal.image.Image;
import coyotos.studio.mkimage.internal.image.ImageObject;
import coyotos.studio.model.CoyotosSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Imports a Coyotos system image written in mkimage's language: runs the module (and what it imports) as mkimage
 * would, checks the image as mkimage checks it before writing, and turns it into a {@link CoyotosSystem}. Never
 * throws on bad input: every problem is an {@link MkiProblem} with file, line and column, and a failed import has no
 * system, so nothing is written.
 */
public final class MkiImport {

    /** The only target whose images Coyotos Studio builds (libcoyimage arch.def: i386, coldfire, arm). */
    public static final String TARGET = "i386";
    /** Deep mkimage recursion runs on a thread with a large stack rather than failing with a Java stack overflow. */
    private static final long STACK_BYTES = 256L << 20;

    /**
     * mkimage's options: -t (the target; it picks {@code coyotos/TargetInfo/<target>.mki}), -I include directories
     * searched for modules, -L library directories searched for program files.
     */
    public record Options(String target, List<Path> includeDirs, List<Path> libraryDirs) {
        public Options {
            includeDirs = List.copyOf(includeDirs);
            libraryDirs = List.copyOf(libraryDirs);
        }

        public static Options defaults() {
            return new Options(TARGET, List.of(), List.of());
        }

        public Options withInclude(Path dir) {
            List<Path> l = new ArrayList<>(includeDirs);
            l.add(dir);
            return new Options(target, l, libraryDirs);
        }

        public Options withLibrary(Path dir) {
            List<Path> l = new ArrayList<>(libraryDirs);
            l.add(dir);
            return new Options(target, includeDirs, l);
        }

        /**
         * The file of module {@code name} ({@code a.b.c}) as mkimage finds a module named on its command line: the
         * first include directory holding {@code a/b/c.mki} (UocInfo::resolveModulePath); null when none does.
         */
        public Path moduleFile(String name) {
            return new ModuleLoader(includeDirs, libraryDirs, target).resolve(name);
        }
    }

    /** The system (null when the import failed), every problem, and what the module printed. */
    public record Result(CoyotosSystem system, List<MkiProblem> problems, String output) {
        public boolean ok() {
            return system != null;
        }

        public List<MkiProblem> errors() {
            return problems.stream().filter(MkiProblem::isError).toList();
        }
    }

    private MkiImport() {
    }

    /** Names an imported model may not take: keywords, built-ins, and what an exported module defines itself. */
    public static Set<String> reservedNames() {
        Set<String> s = new HashSet<>(Keywords.ALL);
        s.addAll(Builtins.names());
        s.add(MkiWriter.WORDS_HELPER);
        return s;
    }

    public static Result run(Path file, Options options, BooleanSupplier cancelled) {
        AtomicReference<Result> result = new AtomicReference<>();
        Thread worker = new Thread(null, () -> result.set(runHere(file, options, cancelled)), "mkimage import", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(List.of(problem(MkiProblem.Severity.ERROR, null, "the import was interrupted")), "");
        }
        return result.get();
    }

    private static Result runHere(Path file, Options options, BooleanSupplier cancelled) {
        List<MkiProblem> problems = new ArrayList<>();
        if (!TARGET.equals(options.target())) {
            return failed(List.of(new MkiProblem(MkiProblem.Severity.ERROR, null, 0, 0, "target '" + options.target()
                    + "' is not supported: Coyotos Studio builds " + TARGET + " images (mkimage also knows coldfire and arm)")), "");
        }
        if (!Files.isRegularFile(file)) {
            return failed(List.of(new MkiProblem(MkiProblem.Severity.ERROR, file, 0, 0,
                    Files.isDirectory(file) ? "is a directory, not a .mki file" : "no such file")), "");
        }
        Image image = new Image();
        Output output = new Output();
        Warnings warnings = new Warnings();
        ModuleLoader loader = new ModuleLoader(options.includeDirs(), options.libraryDirs(), options.target());
        Interpreter interpreter = new Interpreter(image, loader, output, warnings, cancelled);
        String systemName;
        try {
            systemName = loader.runTop(file, interpreter).name();
        } catch (MkiError e) {
            problems.add(at(MkiProblem.Severity.ERROR, e.pos(), e.getMessage() + trail(e.trail())));
            return failed(withWarnings(problems, warnings), output.text());
        } catch (ModuleLoader.ParseFailure f) {
            for (ModuleParser.Problem p : f.problems()) {
                problems.add(at(MkiProblem.Severity.ERROR, p.pos(), p.message() + trail(f.trail())));
            }
            return failed(problems, output.text());
        } catch (Interpreter.Cancelled c) {
            return failed(List.of(problem(MkiProblem.Severity.ERROR, file, "the import was cancelled")), output.text());
        } catch (StackOverflowError e) {
            return failed(List.of(problem(MkiProblem.Severity.ERROR, file, "the module recurses too deeply to run")), output.text());
        }
        for (ImageChecks.Problem p : ImageChecks.check(image)) {
            problems.add(at(MkiProblem.Severity.ERROR, p.pos(), p.message()));
        }
        List<ImageObject> objects = ModelWriter.modelled(image);
        Map<ImageObject, String> names = ObjectNamer.name(image, objects, loader.loaded(), loader.exportScopes(),
                reservedNames());
        List<ModelWriter.Problem> writeProblems = new ArrayList<>();
        CoyotosSystem system = ModelWriter.write(image, objects, names, systemName, writeProblems);
        for (ModelWriter.Problem p : writeProblems) {
            problems.add(at(MkiProblem.Severity.ERROR, p.pos(), p.message()));
        }
        withWarnings(problems, warnings);
        boolean failed = problems.stream().anyMatch(MkiProblem::isError);
        return new Result(failed ? null : system, List.copyOf(problems), output.text());
    }

    private static List<MkiProblem> withWarnings(List<MkiProblem> problems, Warnings warnings) {
        for (Warnings.Warning w : warnings.all()) {
            problems.add(at(MkiProblem.Severity.WARNING, w.pos(), w.message()));
        }
        return problems;
    }

    private static String trail(List<String> trail) {
        return trail.isEmpty() ? "" : " (" + String.join("; ", trail) + ")";
    }

    static MkiProblem at(MkiProblem.Severity s, Pos pos, String message) {
        if (pos == null) {
            return new MkiProblem(s, null, 0, 0, message);
        }
        return new MkiProblem(s, pos.file() == null ? null : pos.file().path(), pos.line(), pos.column(), message);
    }

    private static MkiProblem problem(MkiProblem.Severity s, Path file, String message) {
        return new MkiProblem(s, file, 0, 0, message);
    }

    private static Result failed(List<MkiProblem> problems, String output) {
        return new Result(null, List.copyOf(problems), output);
    }
}
