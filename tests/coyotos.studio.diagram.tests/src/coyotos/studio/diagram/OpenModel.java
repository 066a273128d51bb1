package coyotos.studio.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import coyotos.studio.diagram.internal.server.StandaloneModels;

/** An example model copied to a scratch folder and registered as open, the way an editor registers its model. */
final class OpenModel implements AutoCloseable {

    static final Path EXAMPLES = Path.of("../../bundles/coyotos.studio.examples/examples");

    final Path file;
    final String uri;
    final EditedModel model;

    OpenModel(Path scratch, String example) throws IOException {
        file = scratch.resolve(example + ".coyotos");
        Files.copy(EXAMPLES.resolve(example + ".coyotos"), file);
        uri = file.toUri().toString();
        model = StandaloneModels.open(uri);
        EditedModels.register(uri, model);
    }

    /** The model as it would be written now: two equal texts mean two equal models. */
    String text() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.resource().save(out, Map.of());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        EditedModels.unregister(uri, model);
        model.dispose();
    }
}
