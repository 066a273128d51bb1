package coyotos.studio.mkimage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken corpus module fails to import, with no system, and its first error is at the file, line and column
 * its first line announces ({@code // expect: [file:]LINE:COLUMN: words}), with those words in the message.
 */
class CorpusErrorsTest {
    private static final Pattern EXPECT = Pattern.compile("// expect: (?:(\\S+\\.mki):)?(\\d+):(\\d+): (.*)");

    static Stream<Path> modules() {
        return Corpus.files("errors").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void failsWhereItSays(Path module) throws IOException {
        Matcher m = EXPECT.matcher(Files.readAllLines(module).get(0));
        assertTrue(m.matches(), module + " has no '// expect:' first line");
        Path file = m.group(1) == null ? module : Corpus.dir().resolve(m.group(1));
        MkiImport.Result r = MkiImport.run(module, Corpus.options(), () -> false);
        assertFalse(r.ok(), module + " imported");
        assertNull(r.system(), "a failed import has no system");
        MkiProblem first = r.errors().get(0);
        String where = file + ":" + m.group(2) + ":" + m.group(3);
        assertTrue(first.where().equals(where) && first.message().contains(m.group(4)),
                "expected " + where + ": ..." + m.group(4) + "...\n     got " + first);
    }
}
