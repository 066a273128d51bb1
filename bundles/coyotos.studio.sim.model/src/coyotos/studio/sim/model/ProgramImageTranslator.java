package coyotos.studio.sim.model;

import coyotos.studio.model.Process;
import coyotos.studio.sim.image.ProgramImageException;
import coyotos.studio.sim.image.ProgramSpace;
import coyotos.studio.sim.image.SystemImage;
import java.nio.file.Path;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A process's program image ({@code Process.programImage}, a path relative to the model file) → the pages and
 * GPTs of its space in the image, built as mkimage's loadimage builds them ({@link ProgramSpace}). A file that
 * cannot be loaded is an error problem naming the process, the file and what is wrong with it.
 */
final class ProgramImageTranslator {
    private final Problems problems;
    private final SystemImage.Builder image;

    ProgramImageTranslator(Problems problems, SystemImage.Builder image) {
        this.problems = problems;
        this.image = image;
    }

    /** The loaded space of {@code p}'s program image, its objects added to the image; null after an error. */
    ProgramSpace load(Process p) {
        String path = p.getProgramImage();
        Path file = resolve(p, path, problems);
        if (file == null) {
            return null;
        }
        try {
            ProgramSpace space = ProgramSpace.load(file, path, Problems.id(p) + "/image/");
            space.addTo(image);
            return space;
        } catch (ProgramImageException e) {
            problems.error(p, e.getMessage() + ".");
            return null;
        }
    }

    /**
     * The file {@code path} names, relative to the model file's folder; null when it names none (with an error
     * when {@code problems} is given).
     */
    static Path resolve(Process p, String path, Problems problems) {
        Path given;
        try {
            given = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            if (problems != null) {
                problems.error(p, "program image '" + path + "' is not a valid path: " + e.getReason() + ".");
            }
            return null;
        }
        if (given.isAbsolute()) {
            return given;
        }
        Resource r = p.eResource();
        URI uri = r == null ? null : r.getURI();
        // In the IDE a model's URI is platform:/resource/...; CommonPlugin.resolve gives its file.
        URI file = uri == null ? null : CommonPlugin.resolve(uri);
        if (file == null || !file.isFile()) {
            if (problems == null) {
                return null;
            }
            problems.error(p, "program image '" + path + "' is relative, and the model is not in a file it could "
                    + "be relative to.");
            return null;
        }
        Path model = Path.of(file.toFileString()).toAbsolutePath();
        Path dir = model.getParent();
        return dir == null ? given : dir.resolve(given).normalize();
    }
}
