package coyotos.studio.sweep.ui.internal.launch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sweep.Axis;
import coyotos.studio.sweep.AxisValues;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.model.HandlerDesign;
import coyotos.studio.sweep.model.KernelVariants;

/**
 * The axes part of the sweep tab: the table of axes (name, values, how many), the buttons that add one (an
 * attribute from the model tree, or a built-in axis with all its values to start from), and the editor of the
 * selected axis: its name, its values as a list, or a range with a step written into the values. Lays itself
 * out in the three columns of the tab's body.
 */
final class AxisList {
    /** The model the axes belong to, or null with the reason shown by {@code problem}. */
    interface ModelSource {
        CoyotosSystem model();

        void problem(String message);
    }

    /** The axes being edited: {name, values text}. */
    private final List<String[]> axes = new ArrayList<>();
    private final Runnable changed;
    private final ModelSource source;
    private final Table table;
    private final Text axisName;
    private final Text values;
    private final Text from;
    private final Text to;
    private final Text step;
    private final Label count;
    private boolean filling;

    AxisList(Composite body, Runnable changed, ModelSource source) {
        this.changed = changed;
        this.source = source;
        Label axesLabel = new Label(body, SWT.NONE);
        axesLabel.setText("Axes:");
        axesLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        table = new Table(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 4 * table.getItemHeight();
        table.setLayoutData(tableData);
        for (String[] c : new String[][] { { "Axis", "220" }, { "Values", "280" }, { "Runs", "60" } }) {
            TableColumn column = new TableColumn(table, c[0].equals("Runs") ? SWT.RIGHT : SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        table.addListener(SWT.Selection, e -> showSelected());
        new Label(body, SWT.NONE);
        // one row of buttons under the table: the tab has to fit the Run Configurations dialog as it opens
        Composite buttons = new Composite(body, SWT.NONE);
        GridLayout row = new GridLayout(7, false);
        row.marginWidth = 0;
        row.marginHeight = 0;
        buttons.setLayout(row);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        button(buttons, "Add &Attribute...", this::addAttribute);
        button(buttons, "Add &Replicate", () -> add("replicate", "1..8"));
        button(buttons, "Add &Design", () -> add("design", String.join(",", HandlerDesign.ids())));
        button(buttons, "Add Pro&file", () -> add("profile", String.join(",", profiles())));
        Button addKernel = button(buttons, "Add &Kernel", () -> add("kernel", String.join(",", KernelVariants.ids())));
        addKernel.setEnabled(!KernelVariants.ids().isEmpty());
        addKernel.setToolTipText(KernelVariants.ids().isEmpty() ? "This simulator has no kernel variants to choose from"
                : "Vary the kernel variant");
        button(buttons, "Re&move", this::removeSelected);
        // the count of runs sits beside the buttons, where it stays in view however small the dialog is
        count = new Label(buttons, SWT.WRAP);
        GridData countData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        countData.widthHint = 220;
        count.setLayoutData(countData);

        Group selected = new Group(body, SWT.NONE);
        selected.setText("Selected axis");
        selected.setLayout(new GridLayout(8, false));
        selected.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        new Label(selected, SWT.NONE).setText("Axis:");
        axisName = new Text(selected, SWT.BORDER);
        GridData nameData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        nameData.widthHint = 160;
        axisName.setLayoutData(nameData);
        axisName.addListener(SWT.Modify, e -> editSelected(0, axisName.getText()));
        new Label(selected, SWT.NONE).setText("Values:");
        values = new Text(selected, SWT.BORDER);
        GridData valuesData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        valuesData.widthHint = 220;
        values.setLayoutData(valuesData);
        values.setMessage("a list (1,2,4,8) or a range (1..64, 1..64:4)");
        values.addListener(SWT.Modify, e -> editSelected(1, values.getText()));
        new Label(selected, SWT.NONE).setText("From:");
        from = small(selected);
        new Label(selected, SWT.NONE).setText("To:");
        to = small(selected);
        new Label(selected, SWT.NONE).setText("Step:");
        step = small(selected);
        Button range = button(selected, "Set &Range", this::setRange);
        range.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        range.setToolTipText("Write From..To:Step into Values");
    }

    static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private static Text small(Composite parent) {
        Text t = new Text(parent, SWT.BORDER);
        GridData d = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        d.widthHint = 60;
        t.setLayoutData(d);
        return t;
    }

    /** Shows how many runs the axes make (or a dash), with {@code tooltip} saying what a run is. */
    void showCount(String text, String tooltip) {
        count.setText(text);
        count.setToolTipText(tooltip);
        count.getParent().layout();
    }

    String countText() {
        return count.getText();
    }

    /** The axes as the configuration keeps them: {@code AXIS=VALUES}. */
    List<String> texts() {
        return axes.stream().map(a -> a[0] + "=" + a[1]).toList();
    }

    void set(List<String> texts) {
        axes.clear();
        for (String text : texts) {
            int eq = text.indexOf('=');
            axes.add(eq < 0 ? new String[] { text, "" } : new String[] { text.substring(0, eq), text.substring(eq + 1) });
        }
        refreshTable();
        if (!axes.isEmpty()) {
            table.setSelection(0);
        }
        showSelected();
    }

    private void addAttribute() {
        CoyotosSystem system = source.model();
        if (system == null) {
            return;
        }
        AttributeChooser chooser = new AttributeChooser(table.getShell(), system);
        if (chooser.open() == Window.OK && chooser.path() != null) {
            add(chooser.path(), chooser.currentValue());
        }
    }

    private List<String> profiles() {
        CoyotosSystem system = source.model();
        return ModelSimulation.knownProfiles(system == null ? null : ModelSimulation.translate(system, null));
    }

    private void add(String name, String valuesText) {
        axes.add(new String[] { name, valuesText });
        refreshTable();
        table.setSelection(axes.size() - 1);
        showSelected();
        changed.run();
    }

    private void removeSelected() {
        int i = table.getSelectionIndex();
        if (i >= 0) {
            axes.remove(i);
            refreshTable();
            table.setSelection(Math.min(i, axes.size() - 1));
            showSelected();
            changed.run();
        }
    }

    private void showSelected() {
        int i = table.getSelectionIndex();
        filling = true;
        try {
            axisName.setText(i < 0 ? "" : axes.get(i)[0]);
            values.setText(i < 0 ? "" : axes.get(i)[1]);
            long[] range = i < 0 ? null : AxisValues.asRange(axes.get(i)[1]);
            from.setText(range == null ? "" : Long.toString(range[0]));
            to.setText(range == null ? "" : Long.toString(range[1]));
            step.setText(range == null ? "" : Long.toString(range[2]));
        } finally {
            filling = false;
        }
    }

    private void editSelected(int column, String text) {
        int i = table.getSelectionIndex();
        if (filling || i < 0) {
            return;
        }
        axes.get(i)[column] = text.trim();
        refreshTable();
        table.setSelection(i);
        changed.run();
    }

    private void setRange() {
        try {
            long a = Long.parseLong(from.getText().trim());
            long b = Long.parseLong(to.getText().trim());
            long s = step.getText().isBlank() ? 1 : Long.parseLong(step.getText().trim());
            values.setText(AxisValues.rangeText(a, b, s));
        } catch (NumberFormatException e) {
            source.problem("A range needs whole numbers in From, To and Step.");
        }
    }

    private void refreshTable() {
        int selected = table.getSelectionIndex();
        table.removeAll();
        for (String[] a : axes) {
            TableItem item = new TableItem(table, SWT.NONE);
            String count;
            try {
                count = Integer.toString(Axis.parse(a[0] + "=" + a[1]).size());
            } catch (SweepException e) {
                count = "?";
            }
            item.setText(new String[] { a[0], a[1], count });
        }
        if (selected >= 0 && selected < axes.size()) {
            table.setSelection(selected);
        }
    }
}
