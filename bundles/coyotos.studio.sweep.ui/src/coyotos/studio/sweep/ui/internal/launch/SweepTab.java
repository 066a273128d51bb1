package coyotos.studio.sweep.ui.internal.launch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ResourceListSelectionDialog;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sweep.Axis;
import coyotos.studio.sweep.AxisValues;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.model.HandlerDesign;
import coyotos.studio.sweep.model.KernelVariants;
import coyotos.studio.sweep.model.SweepModel;
import coyotos.studio.sweep.run.SweepRunner;

/**
 * The tab of a Coyotos Sweep configuration: the model, the axes (model attributes chosen from the model tree, or
 * the built-in replicate, design, profile and kernel axes), each axis's values as a list or a range with a step,
 * what every run shares, and how many runs that makes. Every check is the core's: the tab shows its message.
 */
public class SweepTab extends AbstractLaunchConfigurationTab {

    static final String MODEL_DEFAULT = "(as the model says)";

    private final ModelCache models = new ModelCache();
    /** The axes being edited: {name, values text}. */
    private final List<String[]> axes = new ArrayList<>();

    private Text model;
    private Table table;
    private Text axisName;
    private Text values;
    private Text from;
    private Text to;
    private Text step;
    private Combo profile;
    private Combo kernel;
    private Text seed;
    private Text threads;
    private Label runs;
    private boolean filling;

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        setControl(body);

        new Label(body, SWT.NONE).setText("&Model:");
        model = new Text(body, SWT.BORDER);
        model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        model.addListener(SWT.Modify, e -> changed());
        button(body, "&Browse...", this::browseModel);

        Label axesLabel = new Label(body, SWT.NONE);
        axesLabel.setText("Axes:");
        axesLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        table = new Table(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 110;
        table.setLayoutData(tableData);
        for (String[] c : new String[][] { { "Axis", "220" }, { "Values", "260" }, { "Runs", "60" } }) {
            TableColumn column = new TableColumn(table, c[0].equals("Runs") ? SWT.RIGHT : SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        table.addListener(SWT.Selection, e -> showSelected());
        Composite buttons = new Composite(body, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(buttons, "Add &Attribute...", this::addAttribute);
        button(buttons, "Add &Replicate", () -> add("replicate", "1..8"));
        button(buttons, "Add &Design", () -> add("design", String.join(",", HandlerDesign.ids())));
        button(buttons, "Add Pro&file", () -> add("profile", String.join(",", profiles())));
        Button addKernel = button(buttons, "Add &Kernel", () -> add("kernel", String.join(",", KernelVariants.ids())));
        addKernel.setEnabled(!KernelVariants.ids().isEmpty());
        addKernel.setToolTipText(KernelVariants.ids().isEmpty() ? "This simulator has no kernel variants to choose from"
                : "Vary the kernel variant");
        button(buttons, "Re&move", this::removeSelected);

        Group selected = new Group(body, SWT.NONE);
        selected.setText("Selected axis");
        selected.setLayout(new GridLayout(8, false));
        selected.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        new Label(selected, SWT.NONE).setText("Axis:");
        axisName = new Text(selected, SWT.BORDER);
        axisName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
        axisName.addListener(SWT.Modify, e -> editSelected(0, axisName.getText()));
        new Label(selected, SWT.NONE).setText("Values:");
        values = new Text(selected, SWT.BORDER);
        values.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
        values.setMessage("a list (1,2,4,8) or a range (1..64, 1..64:4)");
        values.addListener(SWT.Modify, e -> editSelected(1, values.getText()));
        new Label(selected, SWT.NONE).setText("Range:");
        new Label(selected, SWT.NONE).setText("From:");
        from = small(selected);
        new Label(selected, SWT.NONE).setText("To:");
        to = small(selected);
        new Label(selected, SWT.NONE).setText("Step:");
        step = small(selected);
        button(selected, "Set &Range", this::setRange);

        new Label(body, SWT.NONE).setText("CPU &profile:");
        profile = new Combo(body, SWT.READ_ONLY);
        profile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        profile.addListener(SWT.Selection, e -> changed());
        new Label(body, SWT.NONE).setText("Ker&nel:");
        kernel = new Combo(body, SWT.READ_ONLY);
        kernel.add(MODEL_DEFAULT);
        KernelVariants.ids().forEach(kernel::add);
        kernel.setEnabled(!KernelVariants.ids().isEmpty());
        kernel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        kernel.addListener(SWT.Selection, e -> changed());
        seed = field(body, "&Seed:");
        threads = field(body, "&Threads:");
        threads.setMessage(SweepRunner.allCores() + " (every core)");
        runs = new Label(body, SWT.WRAP);
        runs.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        Label hint = new Label(body, SWT.WRAP);
        hint.setText("Each run is the model changed by its axis values (a copy: your model is not changed), with the "
                + "same seed, on all cores. Empty fields use the model's simulation setup. The command line runs the "
                + "same sweep: ./studio sweep MODEL --vary AXIS=VALUES ...");
        GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        hintData.widthHint = 500;
        hint.setLayoutData(hintData);
        fillProfiles(List.of());
    }

    private Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private Text field(Composite body, String label) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        text.addListener(SWT.Modify, e -> changed());
        return text;
    }

    private static Text small(Composite parent) {
        Text t = new Text(parent, SWT.BORDER);
        GridData d = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        d.widthHint = 60;
        t.setLayoutData(d);
        return t;
    }

    private void browseModel() {
        ResourceListSelectionDialog dialog = new ResourceListSelectionDialog(getShell(),
                ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        dialog.setTitle("Choose a Coyotos model");
        if (dialog.open() == Window.OK && dialog.getResult().length > 0 && dialog.getResult()[0] instanceof IFile f) {
            model.setText(f.getFullPath().toString());
        }
    }

    private void addAttribute() {
        CoyotosSystem system;
        try {
            system = models.load(SweepSettings.modelFile(model.getText()));
        } catch (CoreException e) {
            setErrorMessage("Choose a model that loads first: " + e.getStatus().getMessage());
            return;
        }
        AttributeChooser chooser = new AttributeChooser(getShell(), system);
        if (chooser.open() == Window.OK && chooser.path() != null) {
            add(chooser.path(), chooser.currentValue());
        }
    }

    private void add(String name, String valuesText) {
        axes.add(new String[] { name, valuesText });
        refreshTable();
        table.setSelection(axes.size() - 1);
        showSelected();
        changed();
    }

    private void removeSelected() {
        int i = table.getSelectionIndex();
        if (i >= 0) {
            axes.remove(i);
            refreshTable();
            table.setSelection(Math.min(i, axes.size() - 1));
            showSelected();
            changed();
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
        changed();
    }

    private void setRange() {
        try {
            long a = Long.parseLong(from.getText().trim());
            long b = Long.parseLong(to.getText().trim());
            long s = step.getText().isBlank() ? 1 : Long.parseLong(step.getText().trim());
            values.setText(AxisValues.rangeText(a, b, s));
        } catch (NumberFormatException e) {
            setErrorMessage("A range needs whole numbers in From, To and Step.");
        }
    }

    private void refreshTable() {
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
    }

    private List<String> axisTexts() {
        return axes.stream().map(a -> a[0] + "=" + a[1]).toList();
    }

    private List<String> profiles() {
        try {
            CoyotosSystem system = models.load(SweepSettings.modelFile(model.getText()));
            return ModelSimulation.knownProfiles(ModelSimulation.translate(system, null));
        } catch (CoreException e) {
            return ModelSimulation.knownProfiles(null);
        }
    }

    private void fillProfiles(List<String> extra) {
        String chosen = profile.getSelectionIndex() > 0 ? profile.getText() : null;
        profile.removeAll();
        profile.add(MODEL_DEFAULT);
        ModelSimulation.knownProfiles(null).forEach(profile::add);
        extra.stream().filter(p -> profile.indexOf(p) < 0).forEach(profile::add);
        profile.select(chosen == null ? 0 : Math.max(0, profile.indexOf(chosen)));
    }

    private void changed() {
        if (filling) {
            return;
        }
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(SweepSettings.AXES, List.<String>of());
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        filling = true;
        try {
            model.setText(configuration.getAttribute(SweepSettings.MODEL, ""));
            axes.clear();
            for (String text : configuration.getAttribute(SweepSettings.AXES, List.<String>of())) {
                int eq = text.indexOf('=');
                axes.add(eq < 0 ? new String[] { text, "" } : new String[] { text.substring(0, eq), text.substring(eq + 1) });
            }
            refreshTable();
            fillProfiles(List.of());
            String p = configuration.getAttribute(SweepSettings.PROFILE, "");
            if (!p.isEmpty() && profile.indexOf(p) < 0) {
                profile.add(p);
            }
            profile.select(p.isEmpty() ? 0 : profile.indexOf(p));
            String k = configuration.getAttribute(SweepSettings.KERNEL, "");
            kernel.select(k.isEmpty() || kernel.indexOf(k) < 0 ? 0 : kernel.indexOf(k));
            seed.setText(configuration.getAttribute(SweepSettings.SEED, ""));
            threads.setText(configuration.getAttribute(SweepSettings.JOBS, ""));
            if (!axes.isEmpty()) {
                table.setSelection(0);
            }
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        } finally {
            filling = false;
        }
        showSelected();
        updateRuns();
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(SweepSettings.MODEL, model.getText().trim());
        configuration.setAttribute(SweepSettings.AXES, axisTexts());
        configuration.setAttribute(SweepSettings.PROFILE, choice(profile));
        configuration.setAttribute(SweepSettings.KERNEL, choice(kernel));
        configuration.setAttribute(SweepSettings.SEED, seed.getText().trim());
        configuration.setAttribute(SweepSettings.JOBS, threads.getText().trim());
    }

    private static String choice(Combo c) {
        return c.getSelectionIndex() <= 0 ? "" : c.getItem(c.getSelectionIndex());
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        String problem = updateRuns();
        if (problem != null) {
            setErrorMessage(problem);
            return false;
        }
        return true;
    }

    /** Checks the settings against the model and shows the count of runs; returns the problem, or null. */
    private String updateRuns() {
        try {
            SweepSettings s = SweepSettings.check(model.getText(), axisTexts(), choice(profile), choice(kernel),
                    seed.getText(), threads.getText());
            SweepModel.of(models.load(s.model()), s.spec());
            runs.setText(s.spec().countText() + ", on " + s.jobs() + (s.jobs() == 1 ? " thread." : " threads."));
            return null;
        } catch (CoreException e) {
            runs.setText("Runs: -");
            return e.getStatus().getMessage();
        } catch (SweepException e) {
            runs.setText("Runs: -");
            return SweepSettings.capitalized(e.getMessage());
        } finally {
            runs.getParent().layout();
        }
    }

    /** The count of runs as the tab shows it; tests read it. */
    public String runsText() {
        return runs.getText();
    }

    @Override
    public String getName() {
        return "Sweep";
    }
}
