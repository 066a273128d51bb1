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
import coyotos.studio.diagram.graph.CapabilityText;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.Process;

/** Layout, fit, zoom and export for a diagram page; on an address-space page, which process to show. */
final class DiagramToolbar {

    private final List<Process> processes = new ArrayList<>();

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

    private void processChooser(Composite bar, DiagramPage page, EditedModel model) {
        new Label(bar, SWT.NONE).setText("Process:");
        Combo combo = new Combo(bar, SWT.READ_ONLY);
        if (model.system() != null) {
            for (KernelObject object : model.system().getObjects()) {
                if (object instanceof Process p && CapabilityText.target(p.getAddressSpace()) != null) {
                    processes.add(p);
                    combo.add(p.getName());
                }
            }
        }
        combo.addListener(SWT.Selection, e -> page.showProcess(model.idOf(processes.get(combo.getSelectionIndex()))));
        if (!processes.isEmpty()) {
            combo.select(0);
            page.showProcess(model.idOf(processes.get(0)));
        }
    }
}
