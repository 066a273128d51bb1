package coyotos.studio.debug.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;

import coyotos.studio.debug.BreakpointProperties;
import coyotos.studio.debug.CoyotosBreakpoint;
import coyotos.studio.debug.FaultBreakpoint;
import coyotos.studio.debug.StateBreakpoint;
import coyotos.studio.debug.WatchBreakpoint;
import coyotos.studio.sim.result.ProcessState;

/**
 * Breakpoint Properties... of a Coyotos breakpoint (Breakpoints view): enabled, hit count and condition as on any
 * Eclipse breakpoint, then the kind's own fields: a fault breakpoint's code, a state breakpoint's state, a
 * watchpoint's address, length and access. What it stops at (process, endpoint) is shown, not edited: a new
 * breakpoint is added from the element. The values are checked and written by {@link BreakpointProperties}.
 */
public class BreakpointPropertyPage extends PropertyPage {

    private static final List<Integer> FAULT_CODES = BreakpointProperties.faultCodes();
    private static final List<ProcessState> STATES = List.of(ProcessState.values());

    private Button enabled;
    private Text hitCount;
    private Text condition;
    private Combo faultCode;
    private Combo state;
    private Text address;
    private Text length;
    private Button read;
    private Button write;

    private CoyotosBreakpoint breakpoint() {
        return Adapters.adapt(getElement(), CoyotosBreakpoint.class);
    }

    @Override
    protected Control createContents(Composite parent) {
        noDefaultAndApplyButton();
        CoyotosBreakpoint b = breakpoint();
        BreakpointProperties now;
        try {
            now = BreakpointProperties.of(b);
        } catch (CoreException e) {
            Label l = new Label(parent, SWT.WRAP);
            l.setText("The breakpoint cannot be read: " + e.getMessage());
            return l;
        }
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
        label(c, "Stops at:");
        Label what = new Label(c, SWT.WRAP);
        what.setText(b.describe());
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(what);

        enabled = new Button(c, SWT.CHECK);
        enabled.setText("&Enabled");
        enabled.setSelection(now.enabled());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(enabled);
        hitCount = field(c, "&Hit count:", now.hitCount(), "empty: every hit; N: the N-th hit whose condition holds");
        condition = field(c, "&Condition:", now.condition(), "empty: none");

        if (b instanceof FaultBreakpoint) {
            label(c, "&Fault code:");
            faultCode = new Combo(c, SWT.READ_ONLY);
            FAULT_CODES.forEach(code -> faultCode.add(BreakpointProperties.faultLabel(code)));
            faultCode.select(Math.max(0, FAULT_CODES.indexOf(now.faultCode())));
        } else if (b instanceof StateBreakpoint) {
            label(c, "&State:");
            state = new Combo(c, SWT.READ_ONLY);
            STATES.forEach(s -> state.add(s.label()));
            state.select(Math.max(0, STATES.indexOf(now.state())));
        } else if (b instanceof WatchBreakpoint) {
            address = field(c, "&Address:", now.address(), "0x hexadecimal or decimal");
            length = field(c, "&Length (bytes):", now.length(), "1 to 4096");
            read = new Button(c, SWT.CHECK);
            read.setText("Stop at &reads");
            read.setSelection(now.read());
            GridDataFactory.fillDefaults().span(2, 1).applyTo(read);
            write = new Button(c, SWT.CHECK);
            write.setText("Stop at &writes");
            write.setSelection(now.write());
            GridDataFactory.fillDefaults().span(2, 1).applyTo(write);
        }
        return c;
    }

    private static void label(Composite c, String text) {
        new Label(c, SWT.NONE).setText(text);
    }

    private static Text field(Composite c, String label, String value, String hint) {
        label(c, label);
        Text t = new Text(c, SWT.BORDER);
        t.setText(value);
        t.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
        return t;
    }

    /** The values on the page, as typed. */
    BreakpointProperties values() {
        return new BreakpointProperties(enabled.getSelection(), hitCount.getText(), condition.getText(),
                faultCode == null ? -1 : FAULT_CODES.get(faultCode.getSelectionIndex()),
                state == null ? null : STATES.get(state.getSelectionIndex()),
                address == null ? "" : address.getText(), length == null ? "" : length.getText(),
                read != null && read.getSelection(), write != null && write.getSelection());
    }

    @Override
    public boolean performOk() {
        if (enabled == null) {
            return true;
        }
        try {
            values().applyTo(breakpoint());
            setErrorMessage(null);
            return true;
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
    }
}
