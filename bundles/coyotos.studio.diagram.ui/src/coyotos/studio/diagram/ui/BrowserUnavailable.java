package coyotos.studio.diagram.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** What the diagram page says when SWT cannot start a browser: which package to install, and that the rest works. */
public final class BrowserUnavailable {

    static final String PACKAGE = "libwebkit2gtk-4.1-0";

    public static void explain(Composite parent, SWTError cause) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        Label title = new Label(box, SWT.WRAP);
        title.setText("The diagram cannot be shown: no web browser is available to Eclipse.");
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Text details = new Text(box, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
        details.setText("Diagrams run in an embedded browser, which on Linux needs WebKitGTK 4.1.\n"
                + "Install it with:  sudo apt-get install " + PACKAGE + "\nthen reopen this model.\n\n"
                + "The Model page still works: edit, validate and run the model there.\n\nCause: " + cause.getMessage());
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        DiagramLog.fromPage("warning", "Browser unavailable: " + cause.getMessage());
    }

    private BrowserUnavailable() {
    }
}
