package coyotos.studio.mkimage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties over random well-formed modules ({@link GeneratedImages}), drawn from a fixed seed. */
class RoundTripPropertyTest {

    /** The edge sizes and seeds, then 150 drawn modules. */
    static Stream<Arguments> importExportImportKeepsTheModel() {
        return GeneratedImages.sizesAndSeeds(150);
    }

    @ParameterizedTest(name = "size {0}, seed {1}")
    @MethodSource
    void importExportImportKeepsTheModel(int size, long seed, @TempDir Path dir) throws IOException {
        String module = GeneratedImages.module("generated", size, seed);
        Path file = dir.resolve("generated.mki");
        Files.writeString(file, module);
        MkiImport.Result r = MkiImport.run(file, MkiImport.Options.defaults(), () -> false);
        assertTrue(r.ok(), () -> "a well-formed module (size " + size + ", seed " + seed + ") did not import:\n" + module
                + "\n" + r.problems());
        RoundTrip.check(r.system(), "again", dir);
    }
}
