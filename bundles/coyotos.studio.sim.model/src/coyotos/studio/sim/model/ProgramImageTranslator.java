package coyotos.studio.sim.model;

import coyotos.studio.model.Process;
import coyotos.studio.sim.image.ProgramSpace;
import coyotos.studio.sim.image.SystemImage;

/**
 * A process's program image → the pages and GPTs of its space in the image, loaded by {@link ProgramImage} as
 * mkimage's loadimage builds them. A file that cannot be loaded is an error problem naming the process, the file
 * and what is wrong with it.
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
        ProgramImage loaded = ProgramImage.of(p);
        if (loaded == null) {
            return null;
        }
        if (loaded.space() == null) {
            problems.error(p, loaded.problem());
            return null;
        }
        loaded.space().addTo(image);
        return loaded.space();
    }
}
