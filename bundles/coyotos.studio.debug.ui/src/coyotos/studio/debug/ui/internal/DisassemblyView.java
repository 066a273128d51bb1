package coyotos.studio.debug.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointListener;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.DebugContextEvent;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.debug.ui.contexts.IDebugContextService;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.debug.CoyotosStackFrame;
import coyotos.studio.debug.CoyotosThread;
import coyotos.studio.debug.Disassembly;
import coyotos.studio.debug.InstructionBreakpoint;

/**
 * The Disassembly view: the instructions around the PC of the program process selected in the Debug view (or
 * around a caller frame's return address), the PC's line marked, unmapped memory shown as such. A double click on a
 * line, or Toggle Instruction Breakpoint in its menu, sets or clears an instruction breakpoint there (it is listed
 * in the Breakpoints view). What it shows is computed by {@link Disassembly}; this view only draws it.
 */
public class DisassemblyView extends ViewPart
        implements IDebugContextListener, IDebugEventSetListener, IBreakpointListener {

    public static final String ID = "coyotos.studio.debug.ui.disassembly";
    /** Lines shown before and after the PC. */
    static final int BEFORE = 16, AFTER = 40;
    static final String PC_MARK = "▶", BREAKPOINT_MARK = "●";

    private Table table;
    /** What is shown: the target, the process and the address whose line is marked (null: nothing). */
    private CoyotosDebugTarget target;
    private int process = -1;
    private long address = -1;
    private List<Disassembly.Line> lines = List.of();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        table = new Table(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setFont(JFaceResources.getTextFont());
        column("", 28);
        column("Address", 100);
        column("Symbol", 130);
        column("Bytes", 170);
        column("Instruction", 320);
        table.addListener(SWT.DefaultSelection, e -> toggleBreakpoint());
        MenuManager menu = new MenuManager();
        menu.add(new Action("Toggle Instruction Breakpoint") {
            @Override
            public void run() {
                toggleBreakpoint();
            }
        });
        table.setMenu(menu.createContextMenu(table));
        IDebugContextService contexts = DebugUITools.getDebugContextManager()
                .getContextService(getSite().getWorkbenchWindow());
        contexts.addDebugContextListener(this);
        DebugPlugin.getDefault().addDebugEventListener(this);
        DebugPlugin.getDefault().getBreakpointManager().addBreakpointListener(this);
        follow(contexts.getActiveContext());
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(title);
        c.setWidth(width);
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        DebugUITools.getDebugContextManager().getContextService(getSite().getWorkbenchWindow())
                .removeDebugContextListener(this);
        DebugPlugin.getDefault().removeDebugEventListener(this);
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpointListener(this);
        super.dispose();
    }

    // --- following the debug context ---------------------------------------------------------------------------

    @Override
    public void debugContextChanged(DebugContextEvent event) {
        follow(event.getContext());
    }

    /** Shows the selected frame's address (a thread's top frame; a target's focus thread). */
    private void follow(ISelection selection) {
        Object o = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
        CoyotosStackFrame frame = null;
        try {
            if (o instanceof CoyotosStackFrame f) {
                frame = f;
            } else if (o instanceof CoyotosThread t) {
                frame = (CoyotosStackFrame) t.getTopStackFrame();
            } else if (o instanceof CoyotosDebugTarget t && t.isSuspended() && t.focusThread() != null) {
                frame = (CoyotosStackFrame) t.focusThread().getTopStackFrame();
            } else if (o instanceof IAdaptable a && a.getAdapter(CoyotosStackFrame.class) != null) {
                frame = a.getAdapter(CoyotosStackFrame.class);
            }
        } catch (org.eclipse.debug.core.DebugException e) {
            frame = null;
        }
        if (frame == null || !frame.isSuspended() || frame.address() < 0) {
            show(null, -1, -1, o instanceof CoyotosStackFrame || o instanceof CoyotosThread
                    ? "This process runs an abstract workload: it has no instructions to show."
                    : "Select a suspended program process in the Debug view.");
            return;
        }
        CoyotosDebugTarget t = (CoyotosDebugTarget) frame.getDebugTarget();
        show(t, frame.process(), frame.address(), null);
    }

    private void show(CoyotosDebugTarget t, int p, long pc, String message) {
        target = t;
        process = p;
        address = pc;
        lines = List.of();
        if (t != null) {
            try {
                lines = new Disassembly(t.session().memory(), p, t.symbols(p)).around(pc, BEFORE, AFTER);
            } catch (IllegalStateException running) {
                // it ran on since the selection was made: the next suspend shows it again
                target = null;
                message = "The system is running.";
            }
        }
        draw(message);
    }

    // --- drawing -------------------------------------------------------------------------------------------------

    private void draw(String message) {
        if (table.isDisposed()) {
            return;
        }
        table.setRedraw(false);
        table.removeAll();
        if (target == null) {
            new TableItem(table, SWT.NONE).setText(new String[] { "", "", "", "", message });
            setContentDescription("");
        } else {
            setContentDescription(target.session().info().processName(process) + String.format(" at 0x%08x", address));
            int current = -1;
            for (Disassembly.Line l : lines) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(row(l));
                if (l.current()) {
                    current = table.indexOf(item);
                    item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.TEXT_FONT));
                    item.setBackground(table.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
                }
            }
            if (current >= 0) {
                table.setSelection(current);
                table.showItem(table.getItem(Math.max(0, current - 3)));
                table.showSelection();
            }
        }
        table.setRedraw(true);
    }

    /** The cells of a line: mark, address, symbol, bytes, instruction. */
    String[] row(Disassembly.Line l) {
        String mark = (breakpointAt(l.address()) ? BREAKPOINT_MARK : "") + (l.current() ? PC_MARK : "");
        return new String[] { mark, String.format("%08x", l.address()), l.label() == null ? "" : "<" + l.label() + ">",
                l.hexBytes(), l.text() };
    }

    private boolean breakpointAt(long a) {
        return target != null && InstructionBreakpoint.find(resource(), target.session().info().processId(process),
                a) != null;
    }

    /** Where the target's breakpoints are kept: its model file, or the workspace root without one. */
    private IResource resource() {
        return target.model() != null ? target.model() : ResourcesPlugin.getWorkspace().getRoot();
    }

    /** Toggles an instruction breakpoint on the selected line (not on an unmapped line: nothing runs there). */
    void toggleBreakpoint() {
        int i = table.getSelectionIndex();
        if (target == null || i < 0 || i >= lines.size() || lines.get(i).unmapped() != null) {
            return;
        }
        try {
            InstructionBreakpoint.toggle(resource(), target.session().info().processId(process),
                    target.session().info().processName(process), lines.get(i).address());
        } catch (CoreException e) {
            ILog.of(DisassemblyView.class).error("Cannot toggle the instruction breakpoint: " + e.getMessage(), e);
        }
    }

    /** The rows as shown, tab-separated (for tests and for copying). */
    public List<String> rows() {
        return java.util.Arrays.stream(table.getItems()).map(item -> {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < table.getColumnCount(); c++) {
                sb.append(c == 0 ? "" : "\t").append(item.getText(c));
            }
            return sb.toString();
        }).toList();
    }

    // --- staying current -----------------------------------------------------------------------------------------

    @Override
    public void handleDebugEvents(DebugEvent[] events) {
        for (DebugEvent e : events) {
            if (e.getSource() instanceof CoyotosDebugTarget && (e.getKind() == DebugEvent.SUSPEND
                    || e.getKind() == DebugEvent.TERMINATE || e.getKind() == DebugEvent.CHANGE)) {
                refreshLater();
                return;
            }
        }
    }

    private void refreshLater() {
        Display display = table == null || table.isDisposed() ? null : table.getDisplay();
        if (display != null) {
            display.asyncExec(() -> {
                if (!table.isDisposed()) {
                    follow(DebugUITools.getDebugContextManager().getContextService(getSite().getWorkbenchWindow())
                            .getActiveContext());
                }
            });
        }
    }

    @Override
    public void breakpointAdded(IBreakpoint breakpoint) {
        redrawMarksLater(breakpoint);
    }

    @Override
    public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
        redrawMarksLater(breakpoint);
    }

    @Override
    public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
        redrawMarksLater(breakpoint);
    }

    private void redrawMarksLater(IBreakpoint breakpoint) {
        if (!(breakpoint instanceof InstructionBreakpoint) || table == null || table.isDisposed()) {
            return;
        }
        table.getDisplay().asyncExec(() -> {
            if (table.isDisposed() || target == null) {
                return;
            }
            TableItem[] items = table.getItems();
            for (int i = 0; i < items.length && i < lines.size(); i++) {
                items[i].setText(0, row(lines.get(i))[0]);
            }
        });
    }
}
