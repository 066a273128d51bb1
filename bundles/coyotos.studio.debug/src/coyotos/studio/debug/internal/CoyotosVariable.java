package coyotos.studio.debug.internal;

import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

import coyotos.studio.debug.CoyotosDebugElement;

/**
 * A variable of the Variables view. Where the kernel would let a handler change the value (Process.idl setState,
 * setCapReg, setSlot), it can be edited: the change is made in the suspended system and kept with the run.
 */
public final class CoyotosVariable extends CoyotosDebugElement implements IVariable {

    /** How an editable value is changed. */
    public interface Editor {
        /** Null when the text is a value the kernel would take, else why not. */
        String check(String text);

        /** @throws IllegalArgumentException when the kernel refuses it */
        void set(String text);
    }

    private final String name;
    private final CoyotosValue value;
    private final Editor editor;
    private final Reading reading;

    public CoyotosVariable(IDebugTarget target, Reading reading, String name, CoyotosValue value, Editor editor) {
        super(target);
        this.reading = reading;
        this.name = name;
        this.value = value;
        this.editor = editor;
    }

    public static CoyotosVariable text(IDebugTarget target, Reading reading, String name, String text) {
        return new CoyotosVariable(target, reading, name, CoyotosValue.of(target, reading, "text", text,
                ValueKind.TEXT), null);
    }

    @Override
    public IValue getValue() {
        return value;
    }

    public CoyotosValue value() {
        return value;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getReferenceTypeName() {
        return value.getReferenceTypeName();
    }

    @Override
    public boolean hasValueChanged() {
        return false;
    }

    @Override
    public boolean supportsValueModification() {
        return editor != null && reading.current();
    }

    @Override
    public boolean verifyValue(String expression) {
        return editor != null && editor.check(expression) == null;
    }

    @Override
    public boolean verifyValue(IValue v) throws DebugException {
        return verifyValue(v.getValueString());
    }

    /** Why the text cannot be set, or null. */
    public String problem(String expression) {
        return editor == null ? name + " cannot be changed" : editor.check(expression);
    }

    @Override
    public void setValue(String expression) throws DebugException {
        if (editor == null || !reading.current()) {
            throw new DebugException(Status.error(name + " can be changed only while the system is suspended here"));
        }
        String problem = editor.check(expression);
        if (problem != null) {
            throw new DebugException(Status.error(problem));
        }
        try {
            editor.set(expression);
        } catch (IllegalArgumentException e) {
            throw new DebugException(Status.error(e.getMessage()));
        }
        reading.changed();
    }

    @Override
    public void setValue(IValue v) throws DebugException {
        setValue(v.getValueString());
    }
}
