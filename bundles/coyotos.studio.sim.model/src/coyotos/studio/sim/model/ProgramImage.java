package coyotos.studio.sim.model;

import coyotos.studio.model.Process;
import coyotos.studio.sim.image.ProgramImageException;
import coyotos.studio.sim.image.ProgramSpace;
import java.nio.file.Path;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A process's program image ({@code Process.programImage}, a path relative to the model file) loaded into the
 * space mkimage's loadimage makes of it ({@link ProgramSpace}). The one place a model's program image is found
 * and loaded: the translator runs this space, the Address Space diagram draws it. A file is read again only when it
 * changed ({@link LoadedProgramSpaces}).
 *
 * @param path    the path as the model gives it
 * @param file    the file it names; null when it names none
 * @param space   the loaded space; null when the file could not be loaded
 * @param problem what is wrong with the file or path, naming it; null when {@code space} is set
 */
public record ProgramImage(String path, Path file, ProgramSpace space, String problem) {

    /** The loaded image of {@code p}; null when {@code p} names no program image. */
    public static ProgramImage of(Process p) {
        ProgramImage at = locate(p);
        if (at == null || at.file() == null) {
            return at;
        }
        try {
            ProgramSpace space = LoadedProgramSpaces.load(at.file(), at.path(), idPrefix(p));
            return new ProgramImage(at.path(), at.file(), space, null);
        } catch (ProgramImageException e) {
            return new ProgramImage(at.path(), at.file(), null, e.getMessage() + ".");
        }
    }

    /**
     * The file {@code p}'s program image names, as {@link #of} loads it, without loading it (the debugger reads its
     * symbols); null when {@code p} names none or the path cannot be resolved.
     */
    public static Path fileOf(Process p) {
        ProgramImage at = locate(p);
        return at == null ? null : at.file();
    }

    /** Where {@code p}'s program image is: its file, or the problem with its path; null when it names none. */
    private static ProgramImage locate(Process p) {
        String path = p.getProgramImage();
        if (path == null || path.isBlank()) {
            return null;
        }
        Path given;
        try {
            given = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            return new ProgramImage(path, null, null,
                    "program image '" + path + "' is not a valid path: " + e.getReason() + ".");
        }
        if (given.isAbsolute()) {
            return new ProgramImage(path, given, null, null);
        }
        Resource r = p.eResource();
        URI uri = r == null ? null : r.getURI();
        // In the IDE a model's URI is platform:/resource/...; CommonPlugin.resolve gives its file.
        URI resolved = uri == null ? null : CommonPlugin.resolve(uri);
        if (resolved == null || !resolved.isFile()) {
            return new ProgramImage(path, null, null, "program image '" + path + "' is relative, and the model "
                    + "is not in a file it could be relative to.");
        }
        Path dir = Path.of(resolved.toFileString()).toAbsolutePath().getParent();
        return new ProgramImage(path, dir == null ? given : dir.resolve(given).normalize(), null, null);
    }

    /** The prefix of the loaded objects' ids: the process's id, so two processes' images never share ids. */
    public static String idPrefix(Process p) {
        return Problems.id(p) + "/image/";
    }
}
