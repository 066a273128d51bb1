package coyotos.studio.mkimage.internal.eval;

import java.util.List;

/** The code of a built-in function; {@code call} gives the interpreter, the image and the call's position. */
@FunctionalInterface
public interface BuiltinBody {
    Value apply(CallContext call, List<Value> args);
}
