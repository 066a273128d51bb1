package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.ast.Pos;
import coyotos.studio.mkimage.internal.image.Image;

/** What a built-in may use: the image, where it was called from, the print output and the library path. */
public record CallContext(Interpreter interpreter, Pos pos, String name) {

    public Image image() {
        return interpreter.image();
    }

    public MkiError error(String message) {
        return new MkiError(pos, message);
    }
}
