package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.ast.ModuleParser;
import coyotos.studio.mkimage.internal.ast.Node;
import coyotos.studio.mkimage.internal.ast.Pos;
import coyotos.studio.mkimage.internal.ast.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds, reads and runs modules (ccs/mkimage/UocInfo.cxx): module a.b.c is the file a/b/c.mki in the first
 * include directory that has it, {@code coyotos.TargetInfo} is {@code coyotos/TargetInfo/<target>.mki}, a file's
 * declared module name must be the name it was looked up by, each module runs once, and a module that imports
 * itself through others is an error naming the chain. The module being imported is the top one; its own root
 * directory is searched first, as the Coyotos makefiles put it first with -I.
 */
public final class ModuleLoader {

    /** A module that ran: its name, file and top-level scope (read after the run to name objects). */
    public record Loaded(String name, Path file, Env scope) {
    }

    /** A module that could not be parsed: every problem, and where it was imported from. */
    public static final class ParseFailure extends RuntimeException {
        private final List<ModuleParser.Problem> problems;
        private final List<String> trail = new ArrayList<>();

        ParseFailure(List<ModuleParser.Problem> problems) {
            super("syntax", null, false, false);
            this.problems = problems;
        }

        public List<ModuleParser.Problem> problems() {
            return problems;
        }

        public List<String> trail() {
            return trail;
        }
    }

    public static final String TARGET_INFO = "coyotos.TargetInfo";

    private final List<Path> includeDirs;
    private final List<Path> libraryDirs;
    private final String target;
    private final Map<String, Env> exports = new HashMap<>();
    private final Deque<String[]> importing = new ArrayDeque<>();
    private final List<Loaded> loaded = new ArrayList<>();

    public ModuleLoader(List<Path> includeDirs, List<Path> libraryDirs, String target) {
        this.includeDirs = new ArrayList<>(includeDirs);
        this.libraryDirs = List.copyOf(libraryDirs);
        this.target = target;
    }

    /** The export scopes of the modules that ran (what an import binds: not a record of its own). */
    public java.util.Set<Env> exportScopes() {
        java.util.Set<Env> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(exports.values());
        return set;
    }

    /** Modules in the order they finished running (imports before importers; the top module last). */
    public List<Loaded> loaded() {
        return loaded;
    }

    /** Runs the module in {@code file}: the top of an image. */
    public Loaded runTop(Path file, Interpreter interpreter) {
        file = file.toAbsolutePath().normalize(); // origins and messages name files absolutely, to open them from anywhere
        SourceFile source = read(file, null);
        Node.Module module = parse(source);
        Path root = rootOf(file, module);
        if (root != null) {
            includeDirs.add(0, root);
        }
        run(module.name(), source, module, null, interpreter);
        return loaded.get(loaded.size() - 1);
    }

    Env importModule(String name, Pos at, Interpreter interpreter) {
        Env done = exports.get(name);
        if (done != null) {
            return done;
        }
        for (String[] frame : importing) {
            if (frame[0].equals(name)) {
                List<String[]> chain = new ArrayList<>(importing);
                java.util.Collections.reverse(chain);
                String text = chain.stream().map(f -> f[0] + (f[1] == null ? "" : " (imported at " + f[1] + ")"))
                        .collect(Collectors.joining(" -> "));
                throw new MkiError(at, "Module \"" + name + "\" has a circular import: " + text + " -> " + name + ".");
            }
        }
        Path file = resolve(name);
        if (file == null) {
            throw new MkiError(at, "Module \"" + name + "\" not found: no " + relative(name) + " in the include path ("
                    + includeDirs.stream().map(Path::toString).collect(Collectors.joining(", ")) + ").");
        }
        SourceFile source = read(file, at);
        Node.Module module;
        try {
            module = parse(source);
        } catch (ParseFailure f) {
            f.trail.add("module " + name + " was imported at " + at);
            throw f;
        }
        try {
            return run(name, source, module, at, interpreter);
        } catch (MkiError e) {
            throw e.importedFrom(name, at);
        } catch (ParseFailure f) {
            f.trail.add("module " + name + " was imported at " + at);
            throw f;
        }
    }

    private Env run(String name, SourceFile source, Node.Module module, Pos at, Interpreter interpreter) {
        if (!name.equals(TARGET_INFO) && !module.name().equals(name)) {
            throw new MkiError(module.namePos(), "Defined module name \"" + module.name()
                    + "\" does not match file module name \"" + name + "\".");
        }
        importing.push(new String[] {name, at == null ? null : at.toString()});
        Env scope = interpreter.moduleScope();
        try {
            interpreter.run(module, scope);
        } finally {
            importing.pop();
        }
        Env exported = new Env(null);
        for (Env.Binding b : scope.bindings()) {
            if (b.exported) {
                exported.share(b);
            }
        }
        exports.put(name, exported);
        loaded.add(new Loaded(name, source.path(), scope));
        return exported;
    }

    /** The file of module {@code name} on the include path, or null. */
    public Path resolve(String name) {
        String rel = relative(name);
        for (Path dir : includeDirs) {
            Path p = dir.resolve(rel);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private String relative(String name) {
        String n = name.equals(TARGET_INFO) ? name + "." + target : name;
        return n.replace('.', '/') + ".mki";
    }

    /** A file named on the library path (-L), or an absolute path (Options::resolveLibraryPath). */
    Path libraryFile(String name) {
        if (name.isEmpty()) {
            return null;
        }
        Path p = Path.of(name);
        if (p.isAbsolute()) {
            return Files.isRegularFile(p) ? p : null;
        }
        for (Path dir : libraryDirs) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }

    String librarySearchText() {
        return libraryDirs.isEmpty() ? " (no library directory was given: add one with -L)"
                : " in the library path (" + libraryDirs.stream().map(Path::toString).collect(Collectors.joining(", ")) + ")";
    }

    /** The directory a/b is under when {@code file} is .../a/b/c.mki and declares module a.b.c; else null. */
    private static Path rootOf(Path file, Node.Module module) {
        String[] parts = module.name().split("\\.");
        Path dir = file.toAbsolutePath().normalize().getParent();
        String base = file.getFileName().toString();
        if (!base.equals(parts[parts.length - 1] + ".mki")) {
            throw new MkiError(module.namePos(), "Defined module name \"" + module.name() + "\" does not match the file "
                    + base + ": mkimage finds module " + module.name() + " as " + module.name().replace('.', '/') + ".mki.");
        }
        for (int i = parts.length - 2; i >= 0 && dir != null; i--) {
            if (dir.getFileName() == null || !dir.getFileName().toString().equals(parts[i])) {
                throw new MkiError(module.namePos(), "Defined module name \"" + module.name() + "\" does not match where "
                        + "the file is: mkimage finds it as " + module.name().replace('.', '/') + ".mki under an include directory.");
            }
            dir = dir.getParent();
        }
        return dir;
    }

    private static SourceFile read(Path file, Pos at) {
        try {
            return new SourceFile(file, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MkiError(at, "Couldn't read input file \"" + file + "\": " + e.getMessage());
        }
    }

    private static Node.Module parse(SourceFile source) {
        ModuleParser.Result r = ModuleParser.parse(source);
        if (!r.ok()) {
            throw new ParseFailure(r.problems());
        }
        return r.module();
    }
}
