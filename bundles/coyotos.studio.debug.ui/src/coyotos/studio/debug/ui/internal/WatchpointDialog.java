package coyotos.studio.debug.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import coyotos.studio.debug.BreakpointProperties;
import coyotos.studio.debug.WatchBreakpoint;

/**
 * Asks where a watchpoint goes in a process's address space: the first byte, how many bytes, and whether reads,
 * writes or both stop. OK stays disabled, with the reason shown, until the values make a watchpoint.
 */
final class WatchpointDialog extends TitleAreaDialog {

    private final ModelElement process;
    private Text address;
    private Text length;
    private Button read;
    private Button write;
    private long addressValue;
    private int lengthValue;
    private boolean readValue;
    private boolean writeValue = true;

    WatchpointDialog(Shell shell, ModelElement process) {
        super(shell);
        this.process = process;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Add Watchpoint");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Watchpoint in " + process.name() + "'s address space");
        setMessage("Stops at a read or write of these bytes by any process whose GPT walk reaches them.");
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        new Label(c, SWT.NONE).setText("&Address:");
        address = new Text(c, SWT.BORDER);
        address.setText("0x");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(address);
        new Label(c, SWT.NONE).setText("&Length (bytes):");
        length = new Text(c, SWT.BORDER);
        length.setText("4");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(length);
        read = new Button(c, SWT.CHECK);
        read.setText("Stop at &reads");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(read);
        write = new Button(c, SWT.CHECK);
        write.setText("Stop at &writes");
        write.setSelection(true);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(write);
        address.addModifyListener(e -> validate());
        length.addModifyListener(e -> validate());
        read.addListener(SWT.Selection, e -> validate());
        write.addListener(SWT.Selection, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        String error = null;
        try {
            addressValue = WatchBreakpoint.parseAddress(address.getText());
            lengthValue = BreakpointProperties.parseLength(length.getText());
            readValue = read.getSelection();
            writeValue = write.getSelection();
            if (!readValue && !writeValue) {
                error = "A watchpoint stops at reads, writes or both: choose one";
            }
        } catch (CoreException e) {
            error = e.getMessage();
        }
        setErrorMessage(error);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(error == null);
        }
    }

    /** Creates and registers the watchpoint the dialog's values describe (after OK). */
    void create(ModelElement on) throws CoreException {
        new WatchBreakpoint(on.file(), on.id(), on.name(), addressValue, lengthValue, readValue, writeValue, true);
    }
}
