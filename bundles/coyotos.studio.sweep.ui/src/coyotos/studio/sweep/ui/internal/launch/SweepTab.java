package coyotos.studio.sweep.ui.internal.launch;

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
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ResourceListSelectionDialog;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sweep.SweepException;
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
    private static final String RUN = "Each run is the model changed by its axis values (a copy: your model is not "
            + "changed), with the same seed, on all cores; empty fields use the model's simulation setup. The command "
            + "line runs the same sweep: ./studio sweep MODEL --vary AXIS=VALUES ...";

    private final ModelCache models = new ModelCache();

    private Text model;
    private AxisList axes;
    private Combo profile;
    private Combo kernel;
    private Text seed;
    private Text threads;
    private boolean filling;

    @Override
    public void createControl(Composite parent) {
        // scrolls when the Run Configurations dialog is smaller than the tab
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        scroll.setContent(body);
        setControl(scroll);

        new Label(body, SWT.NONE).setText("&Model:");
        model = new Text(body, SWT.BORDER);
        model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        model.addListener(SWT.Modify, e -> changed());
        AxisList.button(body, "&Browse...", this::browseModel);

        axes = new AxisList(body, this::changed, new AxisList.ModelSource() {
            @Override
            public CoyotosSystem model() {
                try {
                    return models.load(SweepSettings.modelFile(model.getText()));
                } catch (CoreException e) {
                    setErrorMessage("Choose a model that loads first: " + e.getStatus().getMessage());
                    return null;
                }
            }

            @Override
            public void problem(String message) {
                setErrorMessage(message);
            }
        });

        Composite shared = new Composite(body, SWT.NONE);
        GridLayout sharedLayout = new GridLayout(4, false);
        sharedLayout.marginWidth = 0;
        sharedLayout.marginHeight = 0;
        shared.setLayout(sharedLayout);
        shared.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        new Label(shared, SWT.NONE).setText("CPU &profile:");
        profile = new Combo(shared, SWT.READ_ONLY);
        profile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        profile.addListener(SWT.Selection, e -> changed());
        new Label(shared, SWT.NONE).setText("Ker&nel:");
        kernel = new Combo(shared, SWT.READ_ONLY);
        kernel.add(MODEL_DEFAULT);
        KernelVariants.ids().forEach(kernel::add);
        kernel.setEnabled(!KernelVariants.ids().isEmpty());
        kernel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        kernel.addListener(SWT.Selection, e -> changed());
        seed = field(shared, "&Seed:");
        threads = field(shared, "&Threads:");
        threads.setMessage(SweepRunner.allCores() + " (every core)");
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        fillProfiles(List.of());
    }

    private Text field(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> changed());
        return text;
    }

    private void browseModel() {
        ResourceListSelectionDialog dialog = new ResourceListSelectionDialog(getShell(),
                ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        dialog.setTitle("Choose a Coyotos model");
        if (dialog.open() == Window.OK && dialog.getResult().length > 0 && dialog.getResult()[0] instanceof IFile f) {
            model.setText(f.getFullPath().toString());
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
            axes.set(configuration.getAttribute(SweepSettings.AXES, List.<String>of()));
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
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        } finally {
            filling = false;
        }
        updateRuns();
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(SweepSettings.MODEL, model.getText().trim());
        configuration.setAttribute(SweepSettings.AXES, axes.texts());
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
            SweepSettings s = SweepSettings.check(model.getText(), axes.texts(), choice(profile), choice(kernel),
                    seed.getText(), threads.getText());
            SweepModel.of(models.load(s.model()), s.spec());
            axes.showCount(s.spec().countText() + ", on " + s.jobs() + (s.jobs() == 1 ? " thread." : " threads."), RUN);
            return null;
        } catch (CoreException e) {
            axes.showCount("Runs: -", RUN);
            return e.getStatus().getMessage();
        } catch (SweepException e) {
            axes.showCount("Runs: -", RUN);
            return SweepSettings.capitalized(e.getMessage());
        }
    }

    /** The count of runs as the tab shows it; tests read it. */
    public String runsText() {
        return axes.countText();
    }

    @Override
    public String getName() {
        return "Sweep";
    }
}
