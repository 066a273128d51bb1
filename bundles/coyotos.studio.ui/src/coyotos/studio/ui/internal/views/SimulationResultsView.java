package coyotos.studio.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Summary of simulation runs. Until a run has produced results the view says so, instead of showing an
 * empty table that looks broken.
 */
public class SimulationResultsView extends ViewPart {

    static final String NO_RUNS_MESSAGE = "No simulation results yet.";

    private Composite body;
    private Label status;

    @Override
    public void createPartControl(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        status = new Label(body, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText(NO_RUNS_MESSAGE);
    }

    /** The text the view shows about the runs it knows; tests read it. */
    public String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }
}
