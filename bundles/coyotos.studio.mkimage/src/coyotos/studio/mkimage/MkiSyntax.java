package coyotos.studio.mkimage;

import coyotos.studio.mkimage.internal.ast.Keywords;
import coyotos.studio.mkimage.internal.ast.ModuleParser;
import coyotos.studio.mkimage.internal.ast.SourceFile;
import coyotos.studio.mkimage.internal.eval.Builtins;
import coyotos.studio.mkimage.internal.parser.MkiLexer;
import coyotos.studio.mkimage.internal.parser.MkiParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What an editor needs from the text of a .mki file, computed without running it: tokens to colour, the problems
 * a parse finds (file, line, column), the module's definitions for an Outline, and the modules it imports (to open
 * one). Offsets are UTF-16 character offsets into the text, as a document counts them.
 */
public final class MkiSyntax {

    public enum TokenKind { KEYWORD, BUILTIN, IDENTIFIER, NUMBER, STRING, COMMENT, OPERATOR, ERROR }

    public record Span(TokenKind kind, int offset, int length) {
    }

    public enum DefinitionKind { MODULE, IMPORT, DEF, FUNCTION, ENUM, CAPREG, CONSTANT }

    /** A definition for the Outline: its name, where the name is, whether exported, and what it contains. */
    public record Definition(DefinitionKind kind, String name, int line, int offset, int length, boolean exported,
            List<Definition> children) {
    }

    /** {@code import alias = module;}: the module name and where it is written. */
    public record ModuleReference(String alias, String module, int offset, int length) {
    }

    public record Analysis(List<MkiProblem> problems, String moduleName, List<Definition> outline,
            List<ModuleReference> imports) {
    }

    private static final Set<String> BUILTINS = Builtins.names();

    private MkiSyntax() {
    }

    /** Tokens of the text, comments included; whitespace is not a token. */
    public static List<Span> tokens(String text) {
        Offsets offsets = new Offsets(text);
        MkiLexer lexer = new MkiLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Span> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            TokenKind k = kind(t);
            if (k != null) {
                int start = offsets.of(t.getStartIndex());
                out.add(new Span(k, start, offsets.of(t.getStopIndex() + 1) - start));
            }
        }
        return out;
    }

    private static TokenKind kind(Token t) {
        int type = t.getType();
        if (type == MkiLexer.LINE_COMMENT || type == MkiLexer.BLOCK_COMMENT) {
            return TokenKind.COMMENT;
        }
        if (type == MkiLexer.STRING) {
            return TokenKind.STRING;
        }
        if (type == MkiLexer.INT) {
            return TokenKind.NUMBER;
        }
        if (type == MkiLexer.IDENT) {
            return BUILTINS.contains(t.getText()) ? TokenKind.BUILTIN : TokenKind.IDENTIFIER;
        }
        if (type == MkiLexer.STRAY || type == MkiLexer.UNCLOSED_STRING || type == MkiLexer.RESERVED) {
            return TokenKind.ERROR;
        }
        return Keywords.ALL.contains(t.getText()) ? TokenKind.KEYWORD : TokenKind.OPERATOR;
    }

    /** Problems, outline and imports of {@code text}, the contents of {@code file} (which may not be saved yet). */
    public static Analysis analyze(String text, Path file) {
        List<MkiProblem> problems = new ArrayList<>();
        for (ModuleParser.Problem p : ModuleParser.parse(new SourceFile(file, text)).problems()) {
            problems.add(new MkiProblem(MkiProblem.Severity.ERROR, file, p.pos().line(), p.pos().column(), p.message()));
        }
        Offsets offsets = new Offsets(text);
        MkiLexer lexer = new MkiLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        MkiParser parser = new MkiParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(new BaseErrorListener()); // recover silently: the outline is best effort
        MkiParser.ModuleContext m = parser.module();
        List<Definition> outline = new ArrayList<>();
        List<ModuleReference> imports = new ArrayList<>();
        String name = m.modname() == null ? null : m.modname().getText();
        for (MkiParser.ModStmtContext s : m.modStmt()) {
            Definition d = switch (s) {
                case MkiParser.ExportFnContext e -> function(e.fnDef(), true, offsets);
                case MkiParser.ExportEnumContext e -> enumeration(e.enumStmt(), true, offsets);
                case MkiParser.ExportDefContext e -> ident(DefinitionKind.DEF, e.defStmt().IDENT(), true, offsets);
                case MkiParser.ImportStmtContext i -> {
                    if (i.modname() != null && i.modname().start != null && i.modname().stop != null) {
                        int start = offsets.of(i.modname().start.getStartIndex());
                        imports.add(new ModuleReference(i.IDENT() == null ? null : i.IDENT().getText(), i.modname().getText(),
                                start, offsets.of(i.modname().stop.getStopIndex() + 1) - start));
                    }
                    yield ident(DefinitionKind.IMPORT, i.IDENT(), false, offsets);
                }
                case MkiParser.PlainStmtContext p -> statement(p.statement(), offsets);
                default -> null;
            };
            if (d != null) {
                outline.add(d);
            }
        }
        return new Analysis(problems, name, outline, imports);
    }

    private static Definition statement(MkiParser.StatementContext s, Offsets offsets) {
        return switch (s) {
            case MkiParser.FnDefStmtContext f -> function(f.fnDef(), false, offsets);
            case MkiParser.DefStatementContext d -> ident(DefinitionKind.DEF, d.defStmt().IDENT(), false, offsets);
            case MkiParser.EnumStatementContext e -> enumeration(e.enumStmt(), false, offsets);
            case null, default -> null;
        };
    }

    private static Definition function(MkiParser.FnDefContext f, boolean exported, Offsets offsets) {
        return f == null || f.IDENT().isEmpty() ? null : ident(DefinitionKind.FUNCTION, f.IDENT(0), exported, offsets);
    }

    private static Definition enumeration(MkiParser.EnumStmtContext e, boolean exported, Offsets offsets) {
        if (e == null || e.kind == null) {
            return null;
        }
        DefinitionKind kind = e.kind.getType() == MkiParser.CAPREG ? DefinitionKind.CAPREG : DefinitionKind.ENUM;
        List<Definition> constants = new ArrayList<>();
        for (MkiParser.EnumDeclContext c : e.enumDecl()) {
            Definition d = ident(DefinitionKind.CONSTANT, c.IDENT(), exported, offsets);
            if (d != null) {
                constants.add(d);
            }
        }
        Token at = e.IDENT() != null ? e.IDENT().getSymbol() : e.kind;
        int start = offsets.of(at.getStartIndex());
        String name = e.IDENT() != null ? e.IDENT().getText() : "(" + e.kind.getText() + ")";
        return new Definition(kind, name, at.getLine(), start, offsets.of(at.getStopIndex() + 1) - start, exported,
                constants);
    }

    private static Definition ident(DefinitionKind kind, TerminalNode id, boolean exported, Offsets offsets) {
        if (id == null || id.getSymbol().getStartIndex() < 0) {
            return null;
        }
        Token t = id.getSymbol();
        int start = offsets.of(t.getStartIndex());
        return new Definition(kind, t.getText(), t.getLine(), start, offsets.of(t.getStopIndex() + 1) - start, exported,
                List.of());
    }

    /**
     * The file of module {@code module} as mkimage would find it: in the root directory of {@code from} (the directory
     * its own module name says it is under) and then in {@code includeDirs}; null when it is not there.
     */
    public static Path resolveModule(String module, Path from, String fromModule, List<Path> includeDirs, String target) {
        String rel = (module.equals("coyotos.TargetInfo") ? module + "." + target : module).replace('.', '/') + ".mki";
        List<Path> dirs = new ArrayList<>();
        Path root = from == null || fromModule == null ? null : rootOf(from, fromModule);
        if (root != null) {
            dirs.add(root);
        }
        dirs.addAll(includeDirs);
        for (Path d : dirs) {
            Path p = d.resolve(rel);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static Path rootOf(Path file, String module) {
        Path dir = file.toAbsolutePath().getParent();
        String[] parts = module.split("\\.");
        for (int i = parts.length - 2; i >= 0 && dir != null; i--) {
            dir = dir.getParent();
        }
        return dir;
    }

    /** Code point index (ANTLR's) → UTF-16 offset (the document's), identity when the text has no surrogate pairs. */
    private static final class Offsets {
        private final int[] map;

        Offsets(String text) {
            if (text.codePointCount(0, text.length()) == text.length()) {
                map = null;
            } else {
                map = new int[text.codePointCount(0, text.length()) + 1];
                int cp = 0;
                for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                    map[cp++] = i;
                }
                map[cp] = text.length();
            }
        }

        int of(int codePoint) {
            return map == null ? codePoint : map[Math.min(codePoint, map.length - 1)];
        }
    }
}
