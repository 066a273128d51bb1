package coyotos.studio.sweep.ui.internal.launch;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.validation.Finding;
import coyotos.studio.model.validation.RuleEngine;
import coyotos.studio.sim.model.Translation;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.model.PointModel;
import coyotos.studio.sweep.model.SweepModel;
import coyotos.studio.sweep.run.SweepRunner;

/**
 * Run &gt; Coyotos Sweep: checks the settings, loads and validates the model (asking before sweeping one with
 * errors), checks every axis against it and that its first point can be simulated, then hands the sweep to a
 * {@link SweepJob} so the launch returns at once and the sweep shows in the Progress view with Cancel.
 */
public class SweepLaunchDelegate extends LaunchConfigurationDelegate {

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        SweepSettings settings = SweepSettings.of(configuration);
        CoyotosSystem system = new ModelCache().load(settings.model());
        List<Finding> errors = RuleEngine.INSTANCE.check(system).stream()
                .filter(f -> f.severity() == Diagnostic.ERROR).toList();
        if (!errors.isEmpty() && !confirmRunWithErrors(settings, errors)) {
            return;
        }
        SweepModel model;
        try {
            model = SweepModel.of(system, settings.spec());
            SweepRunner.checkSize(settings.spec().points(), coyotos.studio.sweep.Shard.ALL);
            PointModel first = model.point(0);
            Translation t = SweepModel.translate(first);
            if (t.hasErrors()) {
                throw SweepSettings.error(settings.model().getName() + " cannot be simulated at "
                        + String.join(", ", first.values()) + ": " + t.errors());
            }
        } catch (SweepException e) {
            throw SweepSettings.error(SweepSettings.capitalized(e.getMessage()));
        }
        new SweepJob(settings, model).schedule();
    }

    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }

    private static boolean confirmRunWithErrors(SweepSettings settings, List<Finding> errors) {
        boolean[] run = { false };
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> run[0] = MessageDialog.openQuestion(display.getActiveShell(), "Coyotos Sweep",
                settings.model().getName() + " has " + errors.size() + " validation error(s), for example:\n\n"
                        + errors.get(0).message() + "\n\nEvery run of the sweep may fault or stop where the model "
                        + "breaks a rule. Sweep it anyway?"));
        return run[0];
    }
}
