package coyotos.studio.debug.ui.internal;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.model.IWorkbenchAdapter;
import org.eclipse.ui.model.WorkbenchAdapter;

import coyotos.studio.debug.CoyotosBreakpoint;

/**
 * Names a Coyotos breakpoint where the workbench names an element by its {@link IWorkbenchAdapter} (the title of
 * Breakpoint Properties...: "Properties for Fault ... raised by testHandler"), as the Breakpoints view does.
 */
public class BreakpointLabels implements IAdapterFactory {

    private static final IWorkbenchAdapter LABELS = new WorkbenchAdapter() {
        @Override
        public String getLabel(Object element) {
            return element instanceof CoyotosBreakpoint b ? b.describe() : "";
        }
    };

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        return adaptable instanceof CoyotosBreakpoint && adapterType == IWorkbenchAdapter.class
                ? adapterType.cast(LABELS) : null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IWorkbenchAdapter.class };
    }
}
