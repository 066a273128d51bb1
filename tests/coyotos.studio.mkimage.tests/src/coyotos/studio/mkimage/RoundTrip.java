package coyotos.studio.mkimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.CoyotosSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** import → export → import, and the checks a round trip must pass. */
public final class RoundTrip {
    private RoundTrip() {
    }

    /** Exports {@code system} as module {@code module} into {@code dir} and imports it back (no -I, no -L needed). */
    public static CoyotosSystem exportAndImport(CoyotosSystem system, String module, Path dir) {
        MkiExport.Result e = MkiExport.write(system, module);
        assertTrue(e.ok(), e.error());
        Path file = dir.resolve(module + ".mki");
        try {
            Files.writeString(file, e.text());
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        MkiImport.Result again = Corpus.importOk(file, MkiImport.Options.defaults());
        // the one construct mkimage documents but cannot run: windows, warned about by the export and the import
        assertTrue(again.problems().stream().allMatch(p -> p.message().contains("pf_mk_window")),
                "the exported module draws warnings: " + again.problems());
        return again.system();
    }

    /** The round trip keeps the model, and exporting the result again writes the same text. */
    public static void check(CoyotosSystem system, String module, Path dir) {
        CoyotosSystem back = exportAndImport(system, module, dir);
        List<String> diff = ModelDifferences.between(system, back);
        assertTrue(diff.isEmpty(), "the round trip changed the model:\n  " + String.join("\n  ", diff.subList(0,
                Math.min(diff.size(), 40))));
        assertEquals(body(MkiExport.write(system, module).text()), body(MkiExport.write(back, module).text()),
                "exporting the re-imported model writes another module");
    }

    /** The module without its first line, which names the system the text was written from. */
    private static String body(String text) {
        return text.substring(text.indexOf('\n') + 1);
    }
}
