package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.AccessKind;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.ForwardFault;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.GptCapability;
import coyotos.studio.model.MapFreshPage;
import coyotos.studio.model.Process;
import coyotos.studio.model.Receive;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.SpaceBank;
import coyotos.studio.model.Touch;
import coyotos.studio.model.Workload;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.sim.model.TranslationProblem.Severity;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bad input gives translation problems naming the element, never an exception")
class TranslationProblemsTest {
    private static final CoyotosFactory F = CoyotosFactory.eINSTANCE;
    private CoyotosSystem system;
    private Resource resource;
    private Gpt space;
    private Process app;

    /** A minimal runnable system in a UUID resource: one process touching one page through one GPT. */
    @BeforeEach
    void minimalSystem() {
        resource = CoyotosModel.newResourceSet().createResource(URI.createFileURI("/tmp/problems.coyotos"));
        system = F.createCoyotosSystem();
        system.setName("problems");
        resource.getContents().add(system);
        Schedule sched = F.createSchedule();
        space = F.createGpt();
        space.setName("space");
        app = F.createProcess();
        app.setName("app");
        system.getObjects().addAll(List.of(sched, space, app));
        GptCapability sc = F.createGptCapability();
        sc.setTarget(space);
        sc.setL2g(16);
        app.setAddressSpace(sc);
        ScheduleCapability s = F.createScheduleCapability();
        s.setTarget(sched);
        app.setSchedule(s);
        app.setFaultInfo(0);
        Workload w = F.createWorkload();
        Touch t = F.createTouch();
        t.setAccess(AccessKind.READ);
        w.getSteps().add(t);
        app.setWorkload(w);
    }

    private Translation translate() {
        return new SystemTranslator().translate(system);
    }

    private static TranslationProblem find(Translation t, Severity s, EObject e, Predicate<String> message) {
        String id = e.eResource().getURIFragment(e);
        return t.problems().stream().filter(p -> p.severity() == s && id.equals(p.elementId()) && message.test(p.message()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + s + " on " + id + " in " + t.problems()));
    }

    @Test
    void minimalSystemTranslatesCleanly() {
        Translation t = translate();
        assertFalse(t.hasErrors(), t.problems().toString());
        assertNotNull(t.image().processes().get(0));
        assertEquals(resource.getURIFragment(app), t.image().processes().get(0).id());
        assertEquals("app", t.image().processes().get(0).name());
    }

    @Test
    @DisplayName("a capability whose target is not in the system is a dangling reference, named")
    void danglingTarget() {
        Gpt elsewhere = F.createGpt();
        elsewhere.setName("elsewhere");
        F.createCoyotosSystem().getObjects().add(elsewhere);
        GptCapability cap = (GptCapability) app.getAddressSpace();
        cap.setTarget(elsewhere);
        Translation t = translate();
        assertTrue(t.hasErrors());
        TranslationProblem p = find(t, Severity.ERROR, cap, m -> m.contains("not in this system"));
        assertTrue(p.elementLabel().contains("app"), p.elementLabel());
    }

    @Test
    @DisplayName("a capability with no target at all is an error on that capability")
    void missingTarget() {
        GptCapability cap = (GptCapability) app.getAddressSpace();
        cap.setTarget(null);
        Translation t = translate();
        find(t, Severity.ERROR, cap, m -> m.contains("names no GPT"));
    }

    @Test
    @DisplayName("a running process without an address space is named (NoAddrSpace at run time)")
    void missingSpace() {
        app.setAddressSpace(null);
        Translation t = translate();
        TranslationProblem p = find(t, Severity.WARNING, app, m -> m.contains("no address space"));
        assertEquals("process 'app'", p.elementLabel());
    }

    @Test
    @DisplayName("unsupported: forwarding to an endpoint other than the handler slot's")
    void unsupportedForward() {
        Process pager = F.createProcess();
        pager.setName("pager");
        Endpoint other = F.createEndpoint();
        other.setRecipient(app);
        system.getObjects().addAll(List.of(pager, other));
        ForwardFault f = F.createForwardFault();
        f.setTo(other);
        pager.getHandlerActions().add(f);
        pager.setAddressSpace(copySpace());
        Translation t = translate();
        assertTrue(t.hasErrors());
        find(t, Severity.ERROR, f, m -> m.contains("handler slot"));
    }

    @Test
    @DisplayName("unsupported but approximated: an explicit MapFreshPage slot and a second action are warnings")
    void approximatedHandlerActions() {
        Process pager = F.createProcess();
        pager.setName("pager");
        SpaceBank bank = F.createSpaceBank();
        system.getObjects().addAll(List.of(pager, bank));
        pager.setAddressSpace(copySpace());
        MapFreshPage m = F.createMapFreshPage();
        m.setBank(bank);
        m.setGpt(space);
        m.setSlot(3);
        pager.getHandlerActions().add(m);
        pager.getHandlerActions().add(F.createRefuseFault());
        Workload w = F.createWorkload();
        Receive r = F.createReceive();
        w.getSteps().add(r);
        pager.setWorkload(w);
        Translation t = translate();
        assertFalse(t.hasErrors(), t.problems().toString());
        find(t, Severity.WARNING, m, s -> s.contains("slot 3"));
        find(t, Severity.WARNING, pager.getHandlerActions().get(1), s -> s.contains("only the first"));
        assertNotNull(t.image().processes().get(1).server(), "a receiver becomes a server");
    }

    @Test
    @DisplayName("an entry capability's noCall is not simulated: a warning on the capability")
    void noCallWarned() {
        Endpoint ep = F.createEndpoint();
        ep.setRecipient(app);
        system.getObjects().add(ep);
        EntryCapability e = F.createEntryCapability();
        e.setTarget(ep);
        e.setNoCall(true);
        app.setHandler(e);
        Translation t = translate();
        find(t, Severity.WARNING, e, m -> m.contains("noCall"));
    }

    @Test
    @DisplayName("a kernel capability kept from a system image is a warning and runs as empty, not an error")
    void imageOnlyCapabilityWarned() {
        coyotos.studio.model.MiscCapability log = F.createMiscCapability();
        log.setKind(coyotos.studio.model.MiscCapabilityKind.KERN_LOG);
        coyotos.studio.model.CapRegister r = F.createCapRegister();
        r.setIndex(9);
        r.setCap(log);
        app.getRegisters().add(r);
        Translation t = translate();
        find(t, Severity.WARNING, log, m -> m.contains("KernLog"));
        assertFalse(t.hasErrors(), "the system still runs");
    }

    @Test
    @DisplayName("an unknown CPU profile is an error listing the known ones")
    void unknownProfile() {
        system.setSimulation(F.createSimulationSetup());
        system.getSimulation().setCpuProfile("vax-780");
        Translation t = translate();
        TranslationProblem p = find(t, Severity.ERROR, system.getSimulation(), m -> m.contains("vax-780"));
        assertTrue(p.message().contains("p4-2007") && p.message().contains("modern-pcid"), p.message());
        Translation o = ModelSimulation.translate(system, SimulationOverrides.NONE.withProfile("nope"));
        assertTrue(o.problems().stream().anyMatch(x -> x.isError() && x.message().contains("nope")));
    }

    @Test
    @DisplayName("a model CPU profile becomes the custom cost profile, over the named built-in")
    void customProfile() {
        system.setSimulation(F.createSimulationSetup());
        coyotos.studio.model.CpuProfile cp = F.createCpuProfile();
        cp.setName("mine");
        cp.setCr3LoadCycles(999);
        cp.setPcid(true);
        system.getSimulation().setCustomProfile(cp);
        Translation t = translate();
        assertFalse(t.hasErrors(), t.problems().toString());
        assertEquals("mine", t.customProfile().name());
        assertEquals(999, t.customProfile().cr3LoadCycles());
        assertTrue(t.customProfile().pcid());
        assertEquals("mine", t.image().setup().profile());
        ModelRun run = ModelSimulation.run(system, SimulationOverrides.NONE, null, null);
        assertEquals("mine", run.result().profile());
    }

    @Test
    void nullSystemIsAProblemNotAnException() {
        Translation t = new SystemTranslator().translate(null);
        assertTrue(t.hasErrors());
    }

    @Test
    @DisplayName("a missing file comes back as load diagnostics")
    void missingFile() {
        ModelRun run = ModelSimulation.run(new java.io.File("/nonexistent/x.coyotos"), SimulationOverrides.NONE, null, null);
        assertFalse(run.ran());
        assertTrue(run.hasErrors());
        assertFalse(run.loadDiagnostics().isEmpty());
    }

    private GptCapability copySpace() {
        GptCapability c = F.createGptCapability();
        c.setTarget(space);
        c.setL2g(16);
        return c;
    }
}
