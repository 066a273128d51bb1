package coyotos.studio.mkimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every valid corpus module imports and prints exactly its .out file. */
class CorpusOutputTest {

    static Stream<Path> modules() {
        return Corpus.files("valid").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    @DisplayName("imports and prints what its .out file says")
    void printsItsOutFile(Path module) throws IOException {
        MkiImport.Result r = Corpus.importOk(module, Corpus.options());
        Path expected = Path.of(module.toString().replaceAll("\\.mki$", ".out"));
        assertTrue(Files.isRegularFile(expected), "no " + expected);
        assertEquals(Files.readString(expected), r.output());
        assertTrue(r.problems().stream().allMatch(p -> p.severity() == MkiProblem.Severity.WARNING), r.problems().toString());
    }

    @Test
    @DisplayName("binary '-' and '!=' import with a warning that the 2007 mkimage reads them otherwise")
    void deviationsFromMkimage2007AreWarned() {
        MkiImport.Result r = Corpus.importOk(Corpus.valid("arithmetic"), Corpus.options());
        List<String> warnings = r.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.message().substring(0, 20)).toList();
        assertEquals(List.of("11:11 the 2007 mkimage com", "11:15 the 2007 mkimage com", "22:11 the 2007 mkimage's l"),
                warnings);
    }

    @Test
    @DisplayName("a module imported by two modules runs once; its exported variable is shared")
    void modulesRunOnce() {
        MkiImport.Result r = Corpus.importOk(Corpus.valid("modules"), Corpus.options());
        assertEquals(1, r.output().split("studio.Shared runs once", -1).length - 1);
    }
}
