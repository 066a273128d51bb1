package coyotos.studio.diagram.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;

/**
 * One diagram page of the .coyotos editor: the GLSP client in an SWT Browser, talking to its own in-process
 * server, with a toolbar for layout, zoom and SVG export. The browser starts when the page is first shown,
 * so opening a model costs nothing until a diagram is wanted; a browser that cannot start leaves a message
 * and the other pages working.
 */
public final class DiagramPage {

    private final Composite root;
    private final EditedModel model;
    private final String sourceUri;
    private final String diagramType;
    private final DiagramSelection selection;
    private final DiagramToolbar toolbar;
    private final Composite body;
    private Browser browser;
    private BrowserBridge bridge;
    private String processId;
    private Path lastSvg;

    public DiagramPage(Composite parent, EditedModel model, String sourceUri, String diagramType) {
        this.model = model;
        this.sourceUri = sourceUri;
        this.diagramType = diagramType;
        this.selection = new DiagramSelection(model);
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = layout.verticalSpacing = 0;
        root.setLayout(layout);
        toolbar = new DiagramToolbar(root, this, DiagramKinds.ADDRESS_SPACE.equals(diagramType) ? model : null);
        String notice = model.layout().notice();
        if (notice != null) {
            Label bar = new Label(root, SWT.WRAP);
            bar.setText(notice);
            bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            bar.setData("coyotos.notice", Boolean.TRUE);
        }
        body = new Composite(root, SWT.NONE);
        body.setLayout(new org.eclipse.swt.layout.FillLayout());
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.addDisposeListener(e -> close());
    }

    public Control control() {
        return root;
    }

    public DiagramSelection selection() {
        return selection;
    }

    /** The browser, once the page has been shown (null before, or when it could not start). */
    public Browser browser() {
        return browser;
    }

    /** Starts the browser and loads the diagram, the first time the page is shown. */
    public void show() {
        toolbar.refreshProcesses(this);
        if (browser != null || body.getChildren().length > 0) {
            return;
        }
        try {
            browser = new Browser(body, SWT.NONE);
        } catch (SWTError e) {
            BrowserUnavailable.explain(body, e);
            body.layout(true);
            return;
        }
        load();
        body.layout(true);
    }

    /** Shows another process's address space (address-space pages only). */
    void showProcess(String newProcessId) {
        processId = newProcessId;
        if (browser != null) {
            load();
        }
    }

    /** Loads the page for the current process with a server session of its own (the old one is closed). */
    private void load() {
        if (bridge != null) {
            bridge.close();
        }
        bridge = new BrowserBridge(browser, ids -> selection.fromPage(ids), this::saveSvg);
        try {
            browser.setUrl(DiagramClient.pageUrl(diagramType, sourceUri, "coyotos-" + UUID.randomUUID(), processId));
        } catch (IOException e) {
            browser.setText("<html><body style='font-family:sans-serif'><h3>The diagram cannot be shown</h3><p>"
                    + e.getMessage().replace("<", "&lt;") + "</p></body></html>");
        }
    }

    void layout() {
        call("layout()");
    }

    void fit() {
        call("fit()");
    }

    void zoom(double factor) {
        call("zoom(" + factor + ")");
    }

    void exportSvg() {
        call("exportSvg()");
    }

    private void call(String apiCall) {
        if (bridge != null) {
            bridge.call(apiCall);
        }
    }

    /** The page exported its SVG: ask where to save it (tests read {@link #lastSvg()} instead of a dialog). */
    private void saveSvg(String svg) {
        String target = System.getProperty("coyotos.studio.svgExportPath");
        if (target == null) {
            FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.svg" });
            dialog.setFileName(diagramType + ".svg");
            dialog.setOverwrite(true);
            target = dialog.open();
        }
        if (target == null) {
            return;
        }
        try {
            lastSvg = Files.writeString(Path.of(target), svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(root.getShell(), "Export failed",
                    "Could not write " + target + ": " + e.getMessage());
        }
    }

    public Path lastSvg() {
        return lastSvg;
    }

    public String diagramType() {
        return diagramType;
    }

    private void close() {
        if (bridge != null) {
            bridge.close();
            bridge = null;
        }
    }
}
