package coyotos.studio.debug.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

import coyotos.studio.debug.CoyotosDebugElement;

/**
 * A value of the Variables view: its text, what kind of thing it is, and (computed when it is expanded) its
 * parts. Parts are read from the suspended system; once the system has run on they are no longer read, and the
 * value says so.
 */
public final class CoyotosValue extends CoyotosDebugElement implements IValue {

    private final String type;
    private final String text;
    private final ValueKind kind;
    private final Supplier<List<CoyotosVariable>> parts;
    private final Reading reading;
    private IVariable[] children;

    public CoyotosValue(IDebugTarget target, Reading reading, String type, String text, ValueKind kind,
            Supplier<List<CoyotosVariable>> parts) {
        super(target);
        this.reading = reading;
        this.type = type;
        this.text = text;
        this.kind = kind;
        this.parts = parts;
    }

    public static CoyotosValue of(IDebugTarget target, Reading reading, String type, String text, ValueKind kind) {
        return new CoyotosValue(target, reading, type, text, kind, null);
    }

    public ValueKind kind() {
        return kind;
    }

    @Override
    public String getReferenceTypeName() {
        return type;
    }

    @Override
    public String getValueString() {
        return text;
    }

    @Override
    public boolean isAllocated() {
        return true;
    }

    @Override
    public synchronized IVariable[] getVariables() throws DebugException {
        if (parts == null) {
            return new IVariable[0];
        }
        if (children == null) {
            if (!reading.current()) {
                return new IVariable[] { CoyotosVariable.text(getDebugTarget(), reading, "(not read)",
                        "the system has run since this was shown: select the frame again") };
            }
            children = parts.get().toArray(IVariable[]::new);
        }
        return children;
    }

    @Override
    public boolean hasVariables() {
        return parts != null;
    }
}
