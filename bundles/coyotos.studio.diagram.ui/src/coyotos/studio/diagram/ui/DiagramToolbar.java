package coyotos.studio.diagram.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.internal.graph.AddressSpaceContent;
import coyotos.studio.model.Process;

/** Layout, fit, zoom and export for a diagram page; on an address-space page, which process to show. */
final class DiagramToolbar {

    private final List<Process> processes = new ArrayList<>();
    private Combo combo;
    private EditedModel model;

    DiagramToolbar(Composite parent, DiagramPage page, EditedModel spaceModel) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        item(tools, "Layout", "Lay the diagram out again with ELK (undoable)", page::layout);
        item(tools, "Fit", "Zoom to show the whole diagram", page::fit);
        item(tools, "Zoom In", "Zoom in", () -> page.zoom(1.25));
        item(tools, "Zoom Out", "Zoom out", () -> page.zoom(0.8));
        item(tools, "Export SVG...", "Save the diagram as an SVG file", page::exportSvg);
        if (spaceModel != null) {
            processChooser(bar, page, spaceModel);
        }
    }

    private static void item(ToolBar tools, String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(tools, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private void processChooser(Composite bar, DiagramPage page, EditedModel spaceModel) {
        model = spaceModel;
        new Label(bar, SWT.NONE).setText("Process:");
        combo = new Combo(bar, SWT.READ_ONLY);
        combo.addListener(SWT.Selection, e -> page.showProcess(model.idOf(processes.get(combo.getSelectionIndex()))));
        refreshProcesses(page);
    }

    /**
     * Lists the processes that have an address space, keeping the one shown; called whenever the page comes
     * to the front, since the model may have gained or lost spaces on the other pages.
     */
    void refreshProcesses(DiagramPage page) {
        if (combo == null || combo.isDisposed()) {
            return;
        }
        Process shown = combo.getSelectionIndex() >= 0 ? processes.get(combo.getSelectionIndex()) : null;
        processes.clear();
        processes.addAll(AddressSpaceContent.processesWithSpace(model.system()));
        combo.removeAll();
        processes.forEach(p -> combo.add(p.getName() == null ? "(unnamed)" : p.getName()));
        int index = Math.max(0, processes.indexOf(shown));
        if (!processes.isEmpty()) {
            combo.select(index);
            if (processes.get(index) != shown) {
                page.showProcess(model.idOf(processes.get(index)));
            }
        }
        combo.getParent().layout();
    }
}
