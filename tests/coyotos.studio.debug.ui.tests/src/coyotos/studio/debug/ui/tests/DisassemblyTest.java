package coyotos.studio.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import coyotos.studio.debug.CoyotosDebugModel;
import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.debug.InstructionBreakpoint;
import coyotos.studio.debug.ui.internal.DisassemblyView;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Process;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.tests.driver.BotTree;
import coyotos.studio.tests.driver.Condition;
import coyotos.studio.tests.driver.Mouse;
import coyotos.studio.tests.driver.UIThread;
import coyotos.studio.x86.elf.ElfImage;

/**
 * Debug As on a model whose process runs a C program (frames.elf), as a user does it: Step Into runs one
 * instruction and the Variables view shows EIP advanced by its length, Step Back goes back to the instruction
 * before, the Disassembly view shows the PC's line marked, and a double click there sets an instruction breakpoint
 * that the Breakpoints view lists.
 */
class DisassemblyTest extends DebuggingWorkbench {

    private Map<String, Long> symbols;

    /** frames.elf (built with the simulator tests' programs) and a model that runs it, in the project. */
    @Override
    IFile fill(IProject project) throws Exception {
        Path elf = Path.of(System.getProperty("coyotos.sim.programs", "target/programs"), "frames.elf");
        symbols = ElfImage.read(elf).symbols();
        Path dir = project.getLocation().toFile().toPath();
        Files.copy(elf, dir.resolve("frames.elf"));
        writeModel(dir.resolve("frames.coyotos"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project.getFile("frames.coyotos");
    }

    /** One process, "prog", that runs frames.elf (beside the model) from its entry point. */
    private static void writeModel(Path file) throws Exception {
        CoyotosFactory f = CoyotosFactory.eINSTANCE;
        Resource r = CoyotosModel.newResourceSet().createResource(URI.createFileURI(file.toString()));
        CoyotosSystem system = f.createCoyotosSystem();
        system.setName("frames");
        r.getContents().add(system);
        Schedule schedule = f.createSchedule();
        schedule.setName("sched");
        system.getObjects().add(schedule);
        Process p = f.createProcess();
        p.setName("prog");
        p.setProgramImage("frames.elf");
        ScheduleCapability s = f.createScheduleCapability();
        s.setTarget(schedule);
        p.setSchedule(s);
        system.getObjects().add(p);
        r.save(null);
    }

    @Test
    void stepAnInstructionStepBackAndSeeThePcInTheDisassembly() throws Exception {
        debugAndWaitForTheStart();
        BotTree debug = bot.viewByTitle("Debug").bot().tree();
        CoyotosDebugTarget target = target();
        long start = symbols.get("_start");

        bot.menu("Run").menu("Step Into").click();
        bot.waitUntil(Condition.that("at the entry point", () -> contains(debug.allRows(), ": stepped an instruction")
                && contains(debug.allRows(), String.format("_start · 0x%08x", start))), RUN_TIMEOUT);
        bot.viewByTitle("Debug").show();
        bot.menu("Run").menu("Step Into").click();
        BotTree variables = bot.viewByTitle("Variables").show().bot().tree();
        String advanced = String.format("eip\t0x%08x", start + 5);
        bot.waitUntil(Condition.that("Variables show EIP advanced by the five bytes of mov $imm32,%esp",
                () -> variables.allRows().stream().anyMatch(r -> r.startsWith(advanced))), RUN_TIMEOUT);

        bot.viewByTitle("Debug").show();
        bot.toolItemWithTooltip("Goes back to the instruction before (a program's thread) or the kernel event before "
                + "this stop (by checkpoints and replay)").click();
        String back = String.format("eip\t0x%08x", start);
        BotTree variablesAgain = bot.viewByTitle("Variables").show().bot().tree();
        bot.waitUntil(Condition.that("Variables show EIP back at the entry point",
                () -> variablesAgain.allRows().stream().anyMatch(r -> r.startsWith(back))), RUN_TIMEOUT);
        assertEquals(start, target.session().probe().cpu(0).eip() & 0xFFFFFFFFL);

        UIThread.syncExec(() -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(DisassemblyView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
        String pcRow = String.format("▶\t%08x\t<_start>\tbc ", start);
        bot.waitUntil(Condition.that("the Disassembly view marks the PC's line",
                () -> disassembly().stream().anyMatch(r -> r.startsWith(pcRow))), RUN_TIMEOUT);
        bot.captureScreenshot("debug-perspective-disassembly");

        // a double click on the PC's line sets an instruction breakpoint there, listed in the Breakpoints view
        org.eclipse.swt.widgets.Table table = bot.viewByTitle("Disassembly").show().bot().table().widget();
        org.eclipse.swt.graphics.Point at = UIThread.syncExec(() -> {
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(0).contains("▶")) {
                    org.eclipse.swt.graphics.Rectangle cell = table.getItem(i).getBounds(4);
                    return table.toDisplay(cell.x + 20, cell.y + cell.height / 2);
                }
            }
            throw new AssertionError("no PC line");
        });
        Mouse.doubleClick(at);
        bot.waitUntil(Condition.that("the breakpoint is set", () -> DebugPlugin.getDefault().getBreakpointManager()
                .getBreakpoints(CoyotosDebugModel.ID).length == 1));
        assertTrue(DebugPlugin.getDefault().getBreakpointManager()
                .getBreakpoints(CoyotosDebugModel.ID)[0] instanceof InstructionBreakpoint);
        bot.waitUntil(Condition.that("the line shows the breakpoint",
                () -> disassembly().stream().anyMatch(r -> r.startsWith("●▶"))));
        UIThread.syncExec(() -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                        .showView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
        BotTree breakpoints = bot.viewByTitle("Breakpoints").show().bot().tree();
        String listed = String.format("Instruction at 0x%x in prog", start);
        bot.waitUntil(Condition.that("the Breakpoints view lists it",
                () -> breakpoints.allRows().stream().anyMatch(r -> r.contains(listed))));
    }

    private static DisassemblyView view() {
        return (DisassemblyView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .findView(DisassemblyView.ID);
    }

    private static List<String> disassembly() {
        return UIThread.syncExec(() -> {
            DisassemblyView v = view();
            return v == null ? List.<String>of() : v.rows();
        });
    }
}
