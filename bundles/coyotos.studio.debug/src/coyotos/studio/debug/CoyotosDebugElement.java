package coyotos.studio.debug;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;

/** Every element of the Coyotos debug model carries its model id. */
public abstract class CoyotosDebugElement extends DebugElement {

    protected CoyotosDebugElement(IDebugTarget target) {
        super(target);
    }

    @Override
    public String getModelIdentifier() {
        return CoyotosDebugModel.ID;
    }

    /** Fires a debug event of this element (for the target, which fires its threads' events). */
    void fire(int kind, int detail) {
        fireEvent(new DebugEvent(this, kind, detail));
    }
}
