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

/** The one tab of a Coyotos Simulation configuration: model, CPU profile, kernel variant, seed and limits. */
public class SimulationTab extends AbstractLaunchConfigurationTab {

    static final String MODEL_DEFAULT = "(as the model says)";

    private Text model;
    private Combo profile;
    private Combo kernel;
    private Text seed;
    private Text maxCycles;
    private Text maxEvents;

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        setControl(body);

        model = field(body, "&Model:");
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
        Label hint = new Label(body, SWT.WRAP);
        hint.setText("Empty fields use the model's simulation setup.");
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

    private void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(SimulationSettings.PROFILE, "");
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            model.setText(configuration.getAttribute(SimulationSettings.MODEL, ""));
            // A saved p4-2007 shows as the profile it stands for, so applying the tab keeps it.
            String name = CpuProfiles.withBuiltins().canonical(configuration.getAttribute(SimulationSettings.PROFILE, ""));
            profile.select(Math.max(0, name.isEmpty() ? 0 : profile.indexOf(name)));
            String k = configuration.getAttribute(SimulationSettings.KERNEL, "");
            kernel.select(Math.max(0, k.isEmpty() ? 0 : kernel.indexOf(k)));
            seed.setText(configuration.getAttribute(SimulationSettings.SEED, ""));
            maxCycles.setText(configuration.getAttribute(SimulationSettings.MAX_CYCLES, ""));
            maxEvents.setText(configuration.getAttribute(SimulationSettings.MAX_EVENTS, ""));
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
                    maxCycles.getText(), maxEvents.getText());
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
