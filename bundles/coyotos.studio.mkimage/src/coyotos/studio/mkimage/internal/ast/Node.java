package coyotos.studio.mkimage.internal.ast;

import java.math.BigInteger;
import java.util.List;

/**
 * The syntax tree of a module: statements and expressions as mkimage's parser builds them
 * (ccs/mkimage/Parser.y), each with the position of the token mkimage reports errors at.
 */
public sealed interface Node {

    Pos pos();

    // ---- statements ----
    sealed interface Stmt extends Node {
    }

    record Import(Pos pos, String alias, String module, Pos modulePos) implements Stmt {
    }

    record Def(Pos pos, String name, Expr value, boolean exported) implements Stmt {
    }

    record FnDef(Pos pos, String name, List<String> params, Block body, boolean exported) implements Stmt {
    }

    /** enum or capreg; {@code name} null for an anonymous one (its constants go into the enclosing scope). */
    record EnumDef(Pos pos, String name, List<EnumConst> constants, boolean capreg, boolean exported) implements Stmt {
    }

    record EnumConst(Pos pos, String name, Expr value) {
    }

    record Assign(Pos pos, Expr target, Expr value) implements Stmt {
    }

    record ExprStmt(Pos pos, Expr expr) implements Stmt {
    }

    record Print(Pos pos, Expr expr, boolean star) implements Stmt {
    }

    /** {@code otherwise} is null, a Block, or another If. */
    record If(Pos pos, Expr condition, Block then, Stmt otherwise) implements Stmt {
    }

    record While(Pos pos, Expr condition, Block body) implements Stmt {
    }

    record DoWhile(Pos pos, Block body, Expr condition) implements Stmt {
    }

    record Return(Pos pos, Expr value) implements Stmt {
    }

    // ---- expressions ----
    sealed interface Expr extends Node {
    }

    record IntLit(Pos pos, BigInteger value) implements Expr {
    }

    record StringLit(Pos pos, String value) implements Expr {
    }

    record Ident(Pos pos, String name) implements Expr {
    }

    record Call(Pos pos, Expr function, List<Expr> args) implements Expr {
    }

    /** {@code new Kind(args)}: the object constructors (Bank, CapPage, GPT, Endpoint, Page, Process). */
    record New(Pos pos, String kind, List<Expr> args) implements Expr {
    }

    record Index(Pos pos, Expr target, Expr index) implements Expr {
    }

    record Field(Pos pos, Expr target, String name) implements Expr {
    }

    /** {@code op} is the operator's text: + - * / % < > <= >= == != and, for unary ones, "unary-" and "!". */
    record Unary(Pos pos, String op, Expr operand) implements Expr {
    }

    record Binary(Pos pos, String op, Expr left, Expr right) implements Expr {
    }

    /** A block is a statement list and, as an expression, has the value of its last statement. */
    record Block(Pos pos, List<Stmt> statements) implements Expr, Stmt {
    }

    /** A whole module: its declared name and top-level statements. */
    record Module(Pos pos, String name, Pos namePos, List<Stmt> statements) implements Node {
    }
}
