/**
 * Internal: the syntax tree of a module (ccs/mkimage/Parser.y), built from our ANTLR parse tree with the literal and
 * keyword checks of mkimage's lexer. Friends: the .mki editor.
 */
package coyotos.studio.mkimage.internal.ast;
