package coyotos.studio.mkimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.mkimage.MkiSyntax.DefinitionKind;
import coyotos.studio.mkimage.MkiSyntax.TokenKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the editor asks of a .mki text: tokens, problems while typing, the outline, imports to open. */
class SyntaxTest {

    @Test
    @DisplayName("tokens: keywords, built-ins, identifiers, numbers, strings, comments, operators, each where it is")
    void tokens() {
        String text = "def pg = new Page(PrimeBank); // a page\nprint \"x\" + 0x10;";
        List<String> got = MkiSyntax.tokens(text).stream()
                .map(t -> t.kind() + " " + text.substring(t.offset(), t.offset() + t.length())).toList();
        assertEquals(List.of("KEYWORD def", "IDENTIFIER pg", "OPERATOR =", "KEYWORD new", "IDENTIFIER Page", "OPERATOR (",
                "BUILTIN PrimeBank", "OPERATOR )", "OPERATOR ;", "COMMENT // a page", "KEYWORD print", "STRING \"x\"",
                "OPERATOR +", "NUMBER 0x10", "OPERATOR ;"), got);
    }

    @Test
    @DisplayName("token offsets count UTF-16 characters, also after a character outside the BMP")
    void offsetsAfterSurrogates() {
        String text = "print \"\uD83D\uDE00\"; def a = 1;";
        MkiSyntax.Span last = MkiSyntax.tokens(text).get(MkiSyntax.tokens(text).size() - 2);
        assertEquals("1", text.substring(last.offset(), last.offset() + last.length()));
    }

    @Test
    @DisplayName("analysis: outline of definitions, imports with their place, no problems in a good module")
    void outline() {
        String text = """
                module demo {
                  import rt = coyotos.RunTime;
                  export def bank = new Bank(PrimeBank);
                  def make(b) { return new Page(b); }
                  export capreg APP { FIRST = 8, SECOND };
                  enum { A, B };
                }
                """;
        MkiSyntax.Analysis a = MkiSyntax.analyze(text, Path.of("demo.mki"));
        assertTrue(a.problems().isEmpty(), a.problems().toString());
        assertEquals("demo", a.moduleName());
        assertEquals(List.of("IMPORT rt", "DEF bank exported", "FUNCTION make", "CAPREG APP exported", "ENUM (enum)"),
                a.outline().stream().map(d -> d.kind() + " " + d.name() + (d.exported() ? " exported" : "")).toList());
        MkiSyntax.Definition app = a.outline().get(3);
        assertEquals(List.of("FIRST", "SECOND"), app.children().stream().map(MkiSyntax.Definition::name).toList());
        assertEquals(DefinitionKind.CONSTANT, app.children().get(0).kind());
        assertEquals(5, app.line());
        MkiSyntax.ModuleReference ref = a.imports().get(0);
        assertEquals("coyotos.RunTime", text.substring(ref.offset(), ref.offset() + ref.length()));
    }

    @Test
    @DisplayName("analysis of a broken text: the problems with line and column, and the outline of what parses")
    void brokenText() {
        String text = "module demo {\n  def a = 1\n  def b = 2;\n}\n";
        MkiSyntax.Analysis a = MkiSyntax.analyze(text, Path.of("demo.mki"));
        assertEquals(1, a.problems().size(), a.problems().toString());
        MkiProblem p = a.problems().get(0);
        assertEquals(List.of(3, 3), List.of(p.line(), p.column()));
        assertTrue(p.message().contains("missing ';'"), p.message());
        assertTrue(a.outline().stream().anyMatch(d -> d.name().equals("b")), a.outline().toString());
    }

    @Test
    @DisplayName("an imported module resolves as mkimage finds it: under the file's root, then the include path")
    void resolveModule() {
        Path shared = MkiSyntax.resolveModule("studio.Shared", Corpus.valid("modules"), "modules",
                List.of(Corpus.dir().resolve("lib")), "i386");
        assertEquals(Corpus.dir().resolve("lib/studio/Shared.mki"), shared);
        assertNull(MkiSyntax.resolveModule("studio.Nothing", Corpus.valid("modules"), "modules",
                List.of(Corpus.dir().resolve("lib")), "i386"));
        assertEquals(Corpus.valid("control"), MkiSyntax.resolveModule("control", Corpus.valid("modules"), "modules",
                List.of(), "i386"), "a sibling module, through the file's own root");
    }

    @Test
    @DisplayName("an element's origin parses back to file, line and column; anything else is no origin")
    void origins() {
        assertEquals(new MkiOrigin(Path.of("/src/a b/x.mki"), 12, 5), MkiOrigin.parse("/src/a b/x.mki:12:5"));
        assertNull(MkiOrigin.parse(null));
        assertNull(MkiOrigin.parse("made in the tool"));
        assertNull(MkiOrigin.parse("x.mki:0:1"));
        assertNull(MkiOrigin.parse("x.mki:a:1"));
    }
}
