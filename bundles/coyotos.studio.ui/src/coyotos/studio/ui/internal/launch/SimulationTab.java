package coyotos.studio.ui.internal.launch;

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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ResourceListSelectionDialog;

import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.machine.CpuProfiles;

/**
 * The one tab of a Coyotos Simulation configuration: model, CPU profile, kernel variant, seed and limits. The
 * profile list is the built-ins plus the chosen model's own profile, the same names the CLI's --profile accepts.
 */
public class SimulationTab extends AbstractLaunchConfigurationTab {

    static final String MODEL_DEFAULT = "(as the model says)";

    private Text model;
    private Combo profile;
    private Combo kernel;
    private Text seed;
    private Text maxCycles;
    private Text maxEvents;
    private Text maxSeconds;
    /** The model whose profiles the combo lists. */
    private String profilesOf;

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        setControl(body);

        model = field(body, "&Model:");
        model.addListener(SWT.Modify, e -> refreshProfiles());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> browseModel());

        new Label(body, SWT.NONE).setText("CPU &profile:");
        profile = new Combo(body, SWT.READ_ONLY);
        profile.add(MODEL_DEFAULT);
        CpuProfiles.withBuiltins().names().forEach(profile::add);
        profile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        profile.addListener(SWT.Selection, e -> changed());

        new Label(body, SWT.NONE).setText("&Kernel:");
        kernel = new Combo(body, SWT.READ_ONLY);
        kernel.add(MODEL_DEFAULT);
        for (KernelVariant v : KernelVariant.values()) {
            kernel.add(v.id());
        }
        kernel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        kernel.setToolTipText(KernelVariant.COYOTOS_2007.id() + ": " + KernelVariant.COYOTOS_2007.summary() + "\n"
                + KernelVariant.EROS_DESIGN.id() + " (what-if): " + KernelVariant.EROS_DESIGN.summary());
        kernel.addListener(SWT.Selection, e -> changed());

        seed = field(body, "&Seed:");
        new Label(body, SWT.NONE);
        maxCycles = field(body, "Max &cycles:");
        new Label(body, SWT.NONE);
        maxEvents = field(body, "Max &events:");
        new Label(body, SWT.NONE);
        maxSeconds = field(body, "Max wall &time (s):");
        new Label(body, SWT.NONE);
        Label hint = new Label(body, SWT.WRAP);
        hint.setText("Empty fields use the model's simulation setup (wall time: "
                + coyotos.studio.sim.run.SimulationLimits.DEFAULT_WALL_NANOS / 1_000_000_000L + " s).");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
    }

    private Text field(Composite body, String label) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> changed());
        return text;
    }

    private void browseModel() {
        ResourceListSelectionDialog dialog = new ResourceListSelectionDialog(getShell(),
                ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        dialog.setTitle("Choose a Coyotos model");
        if (dialog.open() == Window.OK && dialog.getResult().length > 0
                && dialog.getResult()[0] instanceof IFile file) {
            model.setText(file.getFullPath().toString());
        }
    }

    /** Lists the built-ins and the model's own profile, keeping the selection when it is still offered. */
    private void refreshProfiles() {
        String typed = model.getText().trim();
        if (typed.equals(profilesOf)) {
            return;
        }
        profilesOf = typed;
        java.util.List<String> names = CpuProfiles.withBuiltins().names();
        try {
            names = SimulationSettings.profileNames(SimulationSettings.check(typed, "", "", "", "").model());
        } catch (CoreException e) {
            // not a model (yet): the built-ins
        }
        String selected = selectedProfile();
        profile.removeAll();
        profile.add(MODEL_DEFAULT);
        names.forEach(profile::add);
        profile.select(Math.max(0, selected.isEmpty() ? 0 : profile.indexOf(selected)));
        if (getLaunchConfigurationDialog() != null) {
            updateLaunchConfigurationDialog();
        }
    }

    private void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        LaunchDefaults.apply(configuration);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            model.setText(configuration.getAttribute(SimulationSettings.MODEL, ""));
            refreshProfiles();
            // A saved p4-2007 shows as the profile it stands for, so applying the tab keeps it.
            String name = CpuProfiles.withBuiltins().canonical(configuration.getAttribute(SimulationSettings.PROFILE, ""));
            if (!name.isEmpty() && profile.indexOf(name) < 0) {
                profile.add(name); // kept as saved, so isValid can say what is wrong with it
            }
            profile.select(Math.max(0, name.isEmpty() ? 0 : profile.indexOf(name)));
            String k = configuration.getAttribute(SimulationSettings.KERNEL, "");
            kernel.select(Math.max(0, k.isEmpty() ? 0 : kernel.indexOf(k)));
            seed.setText(configuration.getAttribute(SimulationSettings.SEED, ""));
            maxCycles.setText(configuration.getAttribute(SimulationSettings.MAX_CYCLES, ""));
            maxEvents.setText(configuration.getAttribute(SimulationSettings.MAX_EVENTS, ""));
            maxSeconds.setText(configuration.getAttribute(SimulationSettings.MAX_SECONDS, ""));
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(SimulationSettings.MODEL, model.getText().trim());
        configuration.setAttribute(SimulationSettings.PROFILE, selectedProfile());
        configuration.setAttribute(SimulationSettings.KERNEL, selected(kernel));
        configuration.setAttribute(SimulationSettings.SEED, seed.getText().trim());
        configuration.setAttribute(SimulationSettings.MAX_CYCLES, maxCycles.getText().trim());
        configuration.setAttribute(SimulationSettings.MAX_EVENTS, maxEvents.getText().trim());
        configuration.setAttribute(SimulationSettings.MAX_SECONDS, maxSeconds.getText().trim());
    }

    private String selectedProfile() {
        return selected(profile);
    }

    private static String selected(Combo combo) {
        int index = combo.getSelectionIndex();
        return index <= 0 ? "" : combo.getItem(index);
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        try {
            SimulationSettings.check(model.getText(), selectedProfile(), selected(kernel), seed.getText(),
                    maxCycles.getText(), maxEvents.getText(), maxSeconds.getText());
            return true;
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
    }

    @Override
    public String getName() {
        return "Model";
    }
}
