package coyotos.studio.sim.model;

import java.io.File;
import java.util.Arrays;
import java.util.List;

/** The shipped example models, found relative to the test bundle (surefire's working directory). */
final class Examples {
    static final File DIR = new File("../../bundles/coyotos.studio.examples/examples");

    private Examples() {
    }

    static File file(String name) {
        return new File(DIR, name + ".coyotos");
    }

    static List<String> names() {
        File[] files = DIR.listFiles((d, n) -> n.endsWith(".coyotos"));
        if (files == null) {
            throw new IllegalStateException("examples not found at " + DIR.getAbsolutePath());
        }
        return Arrays.stream(files).map(f -> f.getName().replace(".coyotos", "")).sorted().toList();
    }
}
