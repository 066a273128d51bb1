package coyotos.studio.ui.internal.launch;

import java.io.IOException;
import java.util.List;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/**
 * The simulated kernel's console in the IDE: the lines a run's programs printed through KernLog
 * (caps/cap_KernLog.c), as the simulator kept them ({@code RunResult.console()}), under a line naming the run.
 * One Eclipse console for every run, shown when a run printed something. MessageConsoleStream may be written from
 * any thread, so the simulation job writes it directly.
 */
final class KernelConsoleView {
    static final String NAME = "Coyotos kernel console";

    private KernelConsoleView() {
    }

    static void print(String run, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        MessageConsole console = console();
        try (MessageConsoleStream out = console.newMessageStream()) {
            out.println("--- " + run);
            for (String line : lines) {
                out.println(line);
            }
        } catch (IOException e) {
            // the console went away (the workbench is closing): the lines are in the run's record too
        }
        ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
    }

    private static MessageConsole console() {
        IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
        for (IConsole c : manager.getConsoles()) {
            if (c instanceof MessageConsole m && NAME.equals(c.getName())) {
                return m;
            }
        }
        MessageConsole created = new MessageConsole(NAME, null);
        manager.addConsoles(new IConsole[] {created});
        return created;
    }
}
