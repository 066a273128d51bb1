package coyotos.studio.mkimage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.CoyotosSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over random well-formed modules ({@link GeneratedImages}). */
class RoundTripPropertyTest {

    @Provide
    Arbitrary<String> modules() {
        return GeneratedImages.modules("generated");
    }

    @Property(tries = 150)
    void importExportImportKeepsTheModel(@ForAll("modules") String module) throws IOException {
        Path dir = Files.createTempDirectory("mki-property");
        Path file = dir.resolve("generated.mki");
        Files.writeString(file, module);
        MkiImport.Result r = MkiImport.run(file, MkiImport.Options.defaults(), () -> false);
        assertTrue(r.ok(), "a well-formed module did not import:\n" + module + "\n" + r.problems());
        CoyotosSystem s = r.system();
        RoundTrip.check(s, "again", dir);
    }
}
