/**
 * Internal: the lexer and parser ANTLR 4 generates from grammar/coyotos/studio/mkimage/internal/parser (our grammar of
 * the .mki language) during the build. Friends: the .mki editor, which colours with the lexer.
 */
package coyotos.studio.mkimage.internal.parser;
