package coyotos.studio.install.probe;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/**
 * Run in the plain platform after the update site was installed into it: once the workbench is up, it reports
 * what a user would meet (which editor the workbench gives a .coyotos file, whether the model opens in it,
 * whether its Process Layout page draws) and which Coyotos Studio bundles did not resolve, into the file named
 * by {@code -Dcoyotos.install.report}, then closes the workbench. Without that property it does nothing.
 */
public class InstallProbe implements IStartup {

    static final String REPORT = "coyotos.install.report";
    static final String MODEL = "coyotos.install.model";
    static final long DIAGRAM_TIMEOUT_MILLIS = 90_000;

    @Override
    public void earlyStartup() {
        String report = System.getProperty(REPORT);
        if (report == null) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            Properties found = new Properties();
            try {
                probe(workbench, found);
            } catch (Throwable e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                found.setProperty("error", trace.toString());
            }
            try (OutputStream out = Files.newOutputStream(Path.of(report))) {
                found.store(out, "what the installed workbench registered");
            } catch (IOException e) {
                e.printStackTrace();
            }
            workbench.close();
        });
    }

    private static void probe(IWorkbench workbench, Properties found) throws Exception {
        List<String> unresolved = new ArrayList<>();
        int bundles = 0;
        for (Bundle bundle : Platform.getBundle("org.eclipse.core.runtime").getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().startsWith("coyotos.studio.")
                    && !bundle.getSymbolicName().startsWith("coyotos.studio.install.")) {
                bundles++;
                if (bundle.getState() == Bundle.INSTALLED) {
                    unresolved.add(bundle.getSymbolicName());
                }
            }
        }
        found.setProperty("bundles.coyotos", String.valueOf(bundles));
        found.setProperty("bundles.unresolved", String.join(",", unresolved));

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("install-probe");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("probe.coyotos");
        byte[] model = Files.readAllBytes(Path.of(System.getProperty(MODEL)));
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(model), true, false, null);
        } else {
            file.create(new ByteArrayInputStream(model), true, null);
        }

        IContentType type = file.getContentDescription() == null ? null
                : file.getContentDescription().getContentType();
        found.setProperty("contentType", type == null ? "" : type.getId());
        IEditorDescriptor byName = workbench.getEditorRegistry().getDefaultEditor(file.getName());
        found.setProperty("editor.byName", byName == null ? "" : byName.getId());
        IEditorDescriptor byType = type == null ? null
                : workbench.getEditorRegistry().getDefaultEditor("any-name.xml", type);
        found.setProperty("editor.byContentType", byType == null ? "" : byType.getId());

        IEditorPart editor = IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
        found.setProperty("opened.editor", editor.getSite().getId());
        Display display = workbench.getDisplay();
        Composite shell = workbench.getActiveWorkbenchWindow().getShell();
        // the editor's own pages: the tab folder of the multi-page editor that has a Process Layout page
        CTabItem layoutTab = null;
        for (CTabFolder folder : find(shell, CTabFolder.class)) {
            for (CTabItem item : folder.getItems()) {
                if (item.getText().equals("Process Layout")) {
                    layoutTab = item;
                }
            }
        }
        List<String> pages = new ArrayList<>();
        if (layoutTab != null) {
            for (CTabItem item : layoutTab.getParent().getItems()) {
                pages.add(item.getText());
            }
        }
        found.setProperty("opened.pages", String.join(",", pages));
        if (layoutTab == null) {
            found.setProperty("diagram.ready", "no Process Layout page");
            return;
        }
        CTabFolder folder = layoutTab.getParent();
        folder.setSelection(layoutTab);
        Event selected = new Event();
        selected.item = layoutTab;
        folder.notifyListeners(SWT.Selection, selected);
        long start = System.currentTimeMillis();
        boolean ready = false;
        while (!ready && System.currentTimeMillis() - start < DIAGRAM_TIMEOUT_MILLIS) {
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
            for (Browser browser : find(shell, Browser.class)) {
                Object drawn = browser.evaluate("return !!(window.coyotosDiagram && window.coyotosDiagram.ready);");
                ready |= Boolean.TRUE.equals(drawn);
            }
        }
        found.setProperty("diagram.ready", String.valueOf(ready));
        found.setProperty("diagram.millis", String.valueOf(System.currentTimeMillis() - start));
    }

    private static <T extends Control> List<T> find(Control root, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (type.isInstance(root)) {
            out.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                out.addAll(find(child, type));
            }
        }
        return out;
    }
}
