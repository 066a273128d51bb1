package coyotos.studio.debug;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.util.Arrays;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.Launch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IVariable;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sim.model.Translation;

/** Debug targets of the shipped example models, and waiting for them to stop. */
final class Debugged {
    static final File EXAMPLES = new File("../../bundles/coyotos.studio.examples/examples");

    private Debugged() {
    }

    static CoyotosSystem load(String example) {
        ModelLoader.Result loaded = new ModelLoader().load(new File(EXAMPLES, example + ".coyotos"));
        if (loaded.system() == null) {
            throw new IllegalStateException(example + " did not load: " + loaded.diagnostics());
        }
        return loaded.system();
    }

    static CoyotosDebugTarget open(String example) {
        return open(load(example));
    }

    static CoyotosDebugTarget open(CoyotosSystem system) {
        Translation t = ModelSimulation.translate(system, SimulationOverrides.NONE);
        return CoyotosDebugTarget.start(new Launch(null, ILaunchManager.DEBUG_MODE, null), t,
                SimulationOverrides.NONE, null, system);
    }

    /** Waits until the command given last has stopped (the simulation runs on its own thread). */
    static CoyotosDebugTarget await(CoyotosDebugTarget target) {
        for (int i = 0; i < 12_000 && !target.isSuspended(); i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        if (!target.isSuspended()) {
            fail("the target did not stop within two minutes");
        }
        return target;
    }

    static IVariable variable(IStackFrame frame, String name) throws DebugException {
        return find(frame.getVariables(), name);
    }

    static IVariable find(IVariable[] variables, String name) throws DebugException {
        for (IVariable v : variables) {
            if (v.getName().equals(name)) {
                return v;
            }
        }
        throw new AssertionError("no variable " + name + " among " + Arrays.stream(variables).map(v -> {
            try {
                return v.getName();
            } catch (DebugException e) {
                return "?";
            }
        }).toList());
    }

    static String value(IVariable v) throws DebugException {
        return v.getValue().getValueString();
    }

    static void removeAllBreakpoints() throws CoreException {
        IBreakpoint[] all = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(CoyotosDebugModel.ID);
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(all, true);
    }

    static org.eclipse.core.resources.IWorkspaceRoot root() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }
}
