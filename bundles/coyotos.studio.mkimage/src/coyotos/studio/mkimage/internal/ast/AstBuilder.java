package coyotos.studio.mkimage.internal.ast;

import coyotos.studio.mkimage.internal.parser.MkiParser;
import coyotos.studio.mkimage.internal.parser.MkiParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the {@link Node} tree from a parse tree that had no syntax errors, checking what the grammar leaves
 * to the token text. Problems go to {@code problems} (position, message); the tree is built regardless so that
 * every problem of a file is reported at once.
 */
final class AstBuilder {
    private final SourceFile file;
    private final BiConsumer<Pos, String> problems;

    AstBuilder(SourceFile file, BiConsumer<Pos, String> problems) {
        this.file = file;
        this.problems = problems;
    }

    Node.Module module(ModuleContext m) {
        List<Node.Stmt> stmts = new ArrayList<>();
        for (ModStmtContext s : m.modStmt()) {
            stmts.add(modStmt(s));
        }
        return new Node.Module(pos(m.MODULE().getSymbol()), modname(m.modname()), pos(m.modname().start), stmts);
    }

    /** Module name parts: letters, digits, '_' and inner hyphens without spaces (Lexer.cxx interface identifiers). */
    String modname(ModnameContext n) {
        StringBuilder name = new StringBuilder();
        for (NamePartContext part : n.namePart()) {
            if (!name.isEmpty()) {
                name.append('.');
            }
            Token previous = null;
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < part.getChildCount(); i++) {
                Token t = part.getChild(i) instanceof TerminalNode tn ? tn.getSymbol()
                        : ((ParserRuleContext) part.getChild(i)).start;
                if (previous != null && t.getStartIndex() != previous.getStopIndex() + 1) {
                    problems.accept(pos(t), "a module name may not have spaces around '-'");
                }
                text.append(t.getText());
                previous = t;
            }
            if (!text.toString().matches("[a-zA-Z_][-a-zA-Z0-9_]*")) {
                problems.accept(pos(part.start), "'" + text + "' is not a module name part: use letters, digits, '_' and "
                        + "'-' (not first), as mkimage does");
            }
            name.append(text);
        }
        return name.toString();
    }

    private Node.Stmt modStmt(ModStmtContext s) {
        return switch (s) {
            case ExportFnContext e -> fnDef(e.fnDef(), true);
            case ExportEnumContext e -> enumDef(e.enumStmt(), true);
            case ExportDefContext e -> def(e.defStmt(), true);
            case ImportStmtContext i -> new Node.Import(pos(i.IMPORT().getSymbol()), i.IDENT().getText(),
                    modname(i.modname()), pos(i.modname().start));
            case PlainStmtContext p -> statement(p.statement());
            default -> throw new IllegalStateException(s.getClass().getName());
        };
    }

    private Node.Stmt statement(StatementContext s) {
        return switch (s) {
            case FnDefStmtContext f -> fnDef(f.fnDef(), false);
            case DefStatementContext d -> def(d.defStmt(), false);
            case EnumStatementContext e -> enumDef(e.enumStmt(), false);
            case IfStatementContext i -> ifStmt(i.ifStmt());
            case WhileStmtContext w -> new Node.While(pos(w.WHILE().getSymbol()), expr(w.expr()), block(w.block()));
            case DoStmtContext d -> new Node.DoWhile(pos(d.DO().getSymbol()), block(d.block()), expr(d.expr()));
            case PrintStarStmtContext p -> new Node.Print(pos(p.PRINT().getSymbol()), expr(p.expr()), true);
            case PrintStmtContext p -> new Node.Print(pos(p.PRINT().getSymbol()), expr(p.expr()), false);
            case ExprStmtContext e -> e.ASSIGN() != null
                    ? new Node.Assign(pos(e.ASSIGN().getSymbol()), expr(e.expr(0)), expr(e.expr(1)))
                    : new Node.ExprStmt(pos(e.start), expr(e.expr(0)));
            default -> throw new IllegalStateException(s.getClass().getName());
        };
    }

    private Node.If ifStmt(IfStmtContext i) {
        Node.Stmt otherwise = null;
        if (i.ifStmt() != null) {
            otherwise = ifStmt(i.ifStmt());
        } else if (i.block().size() > 1) {
            otherwise = block(i.block(1));
        }
        return new Node.If(pos(i.IF().getSymbol()), expr(i.expr()), block(i.block(0)), otherwise);
    }

    private Node.FnDef fnDef(FnDefContext f, boolean exported) {
        List<TerminalNode> ids = f.IDENT();
        List<String> params = new ArrayList<>();
        for (int i = 1; i < ids.size(); i++) {
            String p = ids.get(i).getText();
            if (params.contains(p)) {
                problems.accept(pos(ids.get(i).getSymbol()), "parameter '" + p + "' is named twice");
            }
            params.add(p);
        }
        return new Node.FnDef(pos(f.DEF().getSymbol()), ids.get(0).getText(), params, block(f.block()), exported);
    }

    private Node.Def def(DefStmtContext d, boolean exported) {
        return new Node.Def(pos(d.DEF().getSymbol()), d.IDENT().getText(), expr(d.expr()), exported);
    }

    private Node.EnumDef enumDef(EnumStmtContext e, boolean exported) {
        List<Node.EnumConst> constants = new ArrayList<>();
        for (EnumDeclContext c : e.enumDecl()) {
            constants.add(new Node.EnumConst(pos(c.IDENT().getSymbol()), c.IDENT().getText(),
                    c.expr() == null ? null : expr(c.expr())));
        }
        return new Node.EnumDef(pos(e.kind), e.IDENT() == null ? null : e.IDENT().getText(), constants,
                e.kind.getType() == MkiParser.CAPREG, exported);
    }

    private Node.Block block(BlockContext b) {
        List<Node.Stmt> stmts = new ArrayList<>();
        for (BlockStmtContext s : b.blockStmt()) {
            if (s instanceof ReturnStmtContext r) {
                stmts.add(new Node.Return(pos(r.RETURN().getSymbol()), expr(r.expr())));
            } else {
                stmts.add(statement(((InnerStmtContext) s).statement()));
            }
        }
        return new Node.Block(pos(b.LBRACE().getSymbol()), stmts);
    }

    private List<Node.Expr> exprs(List<ExprContext> list) {
        List<Node.Expr> out = new ArrayList<>(list.size());
        for (ExprContext e : list) {
            out.add(expr(e));
        }
        return out;
    }

    Node.Expr expr(ExprContext e) {
        return switch (e) {
            case CallExprContext c -> new Node.Call(pos(c.start), expr(c.expr(0)), exprs(c.expr().subList(1, c.expr().size())));
            case IndexExprContext i -> new Node.Index(pos(i.LBRACK().getSymbol()), expr(i.expr(0)), expr(i.expr(1)));
            case FieldExprContext f -> new Node.Field(pos(f.DOT().getSymbol()), expr(f.expr()), f.IDENT().getText());
            case NewExprContext n -> new Node.New(pos(n.NEW().getSymbol()), n.IDENT().getText(), exprs(n.expr()));
            case NotExprContext n -> new Node.Unary(pos(n.BANG().getSymbol()), "!", expr(n.expr()));
            case NegExprContext n -> new Node.Unary(pos(n.MINUS().getSymbol()), "unary-", expr(n.expr()));
            case MulExprContext b -> new Node.Binary(pos(b.op), b.op.getText(), expr(b.expr(0)), expr(b.expr(1)));
            case AddExprContext b -> new Node.Binary(pos(b.op), b.op.getText(), expr(b.expr(0)), expr(b.expr(1)));
            case RelExprContext b -> new Node.Binary(pos(b.op), b.op.getText(), expr(b.expr(0)), expr(b.expr(1)));
            case EqExprContext b -> new Node.Binary(pos(b.op), b.op.getText(), expr(b.expr(0)), expr(b.expr(1)));
            case BlockExprContext b -> block(b.block());
            case IntExprContext i -> intLit(i.INT().getSymbol());
            case StringExprContext s -> stringLit(s.STRING().getSymbol());
            case IdentExprContext i -> new Node.Ident(pos(i.IDENT().getSymbol()), i.IDENT().getText());
            default -> throw new IllegalStateException(e.getClass().getName());
        };
    }

    private Node.IntLit intLit(Token t) {
        try {
            return new Node.IntLit(pos(t), Literals.integer(t.getText()));
        } catch (Literals.BadLiteral bad) {
            problems.accept(file.at(t.getLine(), t.getCharPositionInLine() + 1 + bad.offset), bad.getMessage());
            return new Node.IntLit(pos(t), java.math.BigInteger.ZERO);
        }
    }

    private Node.StringLit stringLit(Token t) {
        try {
            return new Node.StringLit(pos(t), Literals.string(t.getText()));
        } catch (Literals.BadLiteral bad) {
            // columns in the token's first line: a string cannot span lines without being an error here anyway
            String before = t.getText().substring(0, bad.offset);
            int nl = before.lastIndexOf('\n');
            int line = t.getLine() + (int) before.chars().filter(c -> c == '\n').count();
            int col = nl < 0 ? t.getCharPositionInLine() + 1 + bad.offset : bad.offset - nl;
            problems.accept(file.at(line, col), bad.getMessage());
            return new Node.StringLit(pos(t), "");
        }
    }

    Pos pos(Token t) {
        return file.at(t.getLine(), t.getCharPositionInLine() + 1);
    }
}
