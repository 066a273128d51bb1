package coyotos.studio.mkimage.internal.ast;

import coyotos.studio.mkimage.internal.parser.MkiLexer;
import coyotos.studio.mkimage.internal.parser.MkiParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Text → {@link Node.Module}, or the problems that stop it: characters mkimage has no token for, strings and
 * comments left open, syntax errors (with what was expected), and the literal checks of {@link AstBuilder}.
 * Parses with ANTLR's fast SLL mode first and falls back to full LL only when SLL fails, which keeps large
 * generated images quick.
 */
public final class ModuleParser {

    /** The tree (null when the text has errors) and every problem found. */
    public record Result(Node.Module module, List<Problem> problems) {
        public boolean ok() {
            return module != null;
        }
    }

    /** A problem at a place of the file. */
    public record Problem(Pos pos, String message) {
    }

    private static final int MAX_SYNTAX_ERRORS = 25;

    private ModuleParser() {
    }

    public static Result parse(SourceFile file) {
        List<Problem> problems = new ArrayList<>();
        MkiLexer lexer = new MkiLexer(CharStreams.fromString(file.text(), String.valueOf(file.path())));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        for (Token t : tokens.getTokens()) {
            String lexical = lexicalProblem(t);
            if (lexical != null) {
                problems.add(new Problem(file.at(t.getLine(), t.getCharPositionInLine() + 1), lexical));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        MkiParser parser = new MkiParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        MkiParser.ModuleContext tree;
        try {
            tree = parser.module();
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(new BaseErrorListener() {
                @Override
                public void syntaxError(Recognizer<?, ?> r, Object offending, int line, int col, String msg, RecognitionException e) {
                    if (problems.size() < MAX_SYNTAX_ERRORS) {
                        problems.add(new Problem(file.at(line, col + 1), syntaxMessage((Token) offending, msg)));
                    }
                }
            });
            tree = parser.module();
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        AstBuilder builder = new AstBuilder(file, (pos, message) -> problems.add(new Problem(pos, message)));
        Node.Module module = builder.module(tree);
        return new Result(problems.isEmpty() ? module : null, problems);
    }

    /** Lexical problems the grammar leaves to us, or null. */
    static String lexicalProblem(Token t) {
        return switch (t.getType()) {
            case MkiLexer.STRAY -> "mkimage has no token that starts with '" + printable(t.getText()) + "'";
            case MkiLexer.UNCLOSED_STRING -> "the string is not closed: the file ends before its '\"'";
            case MkiLexer.BLOCK_COMMENT -> t.getText().length() >= 4 && t.getText().endsWith("*/") ? null
                    : "the comment is not closed: the file ends before its '*/'";
            default -> null;
        };
    }

    private static String syntaxMessage(Token offending, String antlr) {
        if (offending != null && offending.getType() == MkiLexer.RESERVED) {
            return "syntax error at '" + offending.getText() + "': it is reserved in mkimage and cannot be used"
                    + (offending.getText().startsWith("__") ? " (names starting with __ are reserved)" : "");
        }
        if (offending != null && offending.getType() == Token.EOF) {
            return "syntax error at the end of the file: " + antlr.replace("<EOF>", "the end of the file");
        }
        return "syntax error: " + antlr.replace("<EOF>", "the end of the file");
    }

    private static String printable(String s) {
        int c = s.codePointAt(0);
        return Character.isISOControl(c) ? String.format("U+%04X", c) : s;
    }
}
