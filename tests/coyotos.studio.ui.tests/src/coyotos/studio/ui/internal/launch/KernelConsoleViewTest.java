package coyotos.studio.ui.internal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.MessageConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EndpointCapability;
import coyotos.studio.model.MiscCapability;
import coyotos.studio.model.MiscCapabilityKind;
import coyotos.studio.model.Process;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.tests.driver.Condition;
import coyotos.studio.tests.driver.EventLoop;
import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.tests.driver.Screenshots;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.StoredRun;

/**
 * Run As on a model whose program prints through KernLog (syscalls.S log_test, caps/cap_KernLog.c): the lines
 * appear in the Coyotos kernel console, under a line naming the run, and the Console view opens on it.
 */
@ExtendWith(NoLoggedErrors.class)
class KernelConsoleViewTest {

    private static final long RUN_TIMEOUT = 120_000;
    private IProject project;

    /** syscalls.elf from the simulator tests' programs, built by this module's build (pom.xml). */
    private static Path built(String name) {
        return Path.of(System.getProperty("coyotos.sim.programs", "target/programs"), name + ".elf");
    }

    @BeforeEach
    void setUp() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("kernel-console");
        project.create(null);
        project.open(null);
        RunLibrary.get().clear();
        MessageConsole old = console();
        if (old != null) {
            old.clearConsole();
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        Job.getJobManager().cancel(SimulationJob.FAMILY);
        EventLoop.waitUntil(Condition.that("simulation jobs end", () -> Job.getJobManager().find(SimulationJob.FAMILY)
                .length == 0), RUN_TIMEOUT);
        RunLibrary.get().clear();
        project.delete(true, true, null);
    }

    @Test
    void aProgramsKernLogLinesAppearInTheKernelConsole() throws Exception {
        IFile elf = project.getFile("syscalls.elf");
        elf.create(new ByteArrayInputStream(Files.readAllBytes(built("syscalls"))), true, null);
        IFile model = project.getFile("logger.coyotos");
        model.create(new ByteArrayInputStream(loggerModel(model)), true, null);

        ILaunchConfigurationWorkingCopy config = SimulationLaunchShortcut.configurationFor(model).getWorkingCopy();
        config.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        EventLoop.waitUntil(Condition.that("the run ends", () -> !RunLibrary.get().runs().isEmpty()), RUN_TIMEOUT);
        StoredRun run = RunLibrary.get().runs().get(0);
        assertEquals(List.of("hello, coyotos"), run.record().console(), "the run's record keeps the lines");

        String expected = "--- " + run.label() + "\nhello, coyotos\n";
        // the console's document is filled by a job of its own after the stream is written
        EventLoop.waitUntil(Condition.that("the console shows the line", () -> console() != null
                && expected.equals(console().getDocument().get())), 10_000);
        // ConsoleManager.showConsoleView opens the view from a UI job of its own
        EventLoop.waitUntil(Condition.that("the Console view opens for the lines", () -> PlatformUI.getWorkbench()
                .getActiveWorkbenchWindow().getActivePage().findViewReference(IConsoleConstants.ID_CONSOLE_VIEW)
                != null), 10_000);
        Screenshots.saveWorkbenchWindow("view-kernel-console");
    }

    private static MessageConsole console() {
        for (IConsole c : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
            if (c instanceof MessageConsole m && KernelConsoleView.NAME.equals(c.getName())) {
                return m;
            }
        }
        return null;
    }

    /**
     * One process running syscalls.elf from _start (log_test): KernLog in capability register 1, and in register
     * 2 an endpoint capability to its own endpoint 0x51, which the call's RC makes its reply capability.
     */
    private static byte[] loggerModel(IFile file) throws Exception {
        CoyotosFactory f = CoyotosFactory.eINSTANCE;
        // the file's own URI, so that references within it are saved as references within it
        Resource r = CoyotosModel.newResourceSet()
                .createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        CoyotosSystem system = f.createCoyotosSystem();
        system.setName("logger");
        r.getContents().add(system);
        Schedule schedule = f.createSchedule();
        schedule.setName("sched");
        system.getObjects().add(schedule);
        Process p = f.createProcess();
        p.setName("logger");
        p.setProgramImage("syscalls.elf");
        ScheduleCapability s = f.createScheduleCapability();
        s.setTarget(schedule);
        p.setSchedule(s);
        system.getObjects().add(p);
        Endpoint ep = f.createEndpoint();
        ep.setName("logger-ep");
        ep.setRecipient(p);
        ep.setEndpointId(0x51);
        system.getObjects().add(ep);
        MiscCapability log = f.createMiscCapability();
        log.setKind(MiscCapabilityKind.KERN_LOG);
        register(p, 1, log);
        EndpointCapability own = f.createEndpointCapability();
        own.setTarget(ep);
        register(p, 2, own);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.save(out, Map.of());
        return out.toByteArray();
    }

    private static void register(Process p, int index, coyotos.studio.model.Capability cap) {
        CapRegister reg = CoyotosFactory.eINSTANCE.createCapRegister();
        reg.setIndex(index);
        reg.setCap(cap);
        p.getRegisters().add(reg);
    }
}
