package coyotos.studio.mkimage.internal.ast;

import java.util.Set;

/** The words mkimage's lexer reserves (ccs/mkimage/Lexer.cxx keywords[]). */
public final class Keywords {
    public static final Set<String> ALL = Set.of("capreg", "def", "do", "else", "enum", "export", "external", "false",
            "for", "if", "import", "lambda", "module", "new", "print", "return", "true", "while");

    private Keywords() {
    }
}
