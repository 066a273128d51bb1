package coyotos.studio.ui.internal.launch;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.model.validation.Finding;
import coyotos.studio.model.validation.RuleEngine;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.OutOfCapacity;
import coyotos.studio.sim.model.Translation;

/**
 * Run As and Debug As &gt; Coyotos Simulation: checks the settings, loads and validates the model (asking before running
 * one with errors), translates it with the launch's overrides through {@link ModelSimulation} (the CLI's path:
 * the same checks of profile and limits), and hands the run to a {@link SimulationJob} so the launch returns at
 * once and the run shows in the Progress view with its Cancel button; in debug mode the same translation becomes a
 * {@link CoyotosDebugTarget}, stopped at its start. A model too large for the heap or nested
 * too deeply is an error saying so, not a stack trace.
 */
public class SimulationLaunchDelegate extends LaunchConfigurationDelegate {

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        SimulationSettings settings = SimulationSettings.of(configuration);
        String doing = "loading " + settings.model().getName();
        Translation translation;
        ModelLoader.Result loaded;
        try {
            loaded = new ModelLoader()
                    .load(URI.createPlatformResourceURI(settings.model().getFullPath().toString(), true));
            if (loaded.hasErrors() || loaded.system() == null) {
                throw new CoreException(Status.error(settings.model().getFullPath() + " cannot be loaded: "
                        + loaded.diagnostics().stream().limit(10).map(Object::toString).collect(Collectors.joining("; "))));
            }
            doing = "validating " + settings.model().getName();
            List<Finding> errors = RuleEngine.INSTANCE.check(loaded.system()).stream()
                    .filter(f -> f.severity() == Diagnostic.ERROR).toList();
            if (!errors.isEmpty() && !confirmRunWithErrors(settings, errors)) {
                return;
            }
            doing = "translating " + settings.model().getName();
            translation = ModelSimulation.translate(loaded.system(), settings.overrides());
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw new CoreException(Status.error("Coyotos Studio " + OutOfCapacity.message(e, doing)));
        }
        if (translation.hasErrors()) {
            throw new CoreException(Status.error(settings.model().getName() + " cannot be simulated: "
                    + translation.errors().stream().limit(10).map(Object::toString).collect(Collectors.joining("; "))));
        }
        if (ILaunchManager.DEBUG_MODE.equals(mode)) {
            // Debug As: the same translation, stopped at its start under the debugger (coyotos.studio.debug)
            CoyotosDebugTarget target = CoyotosDebugTarget.start(launch, translation, settings.overrides(),
                    settings.model(), loaded.system());
            DebuggedRunKeeper.follow(settings, target);
            return;
        }
        new SimulationJob(settings, translation).schedule();
    }

    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }

    private static boolean confirmRunWithErrors(SimulationSettings settings, List<Finding> errors) {
        boolean[] run = { false };
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> run[0] = MessageDialog.openQuestion(display.getActiveShell(), "Coyotos Simulation",
                settings.model().getName() + " has " + errors.size() + " validation error(s), for example:\n\n"
                        + errors.get(0).message() + "\n\nThe simulator may fault or stop where the model breaks "
                        + "a rule. Run it anyway?"));
        return run[0];
    }
}
