package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    @DisplayName("Memory.idl: noCall is a memory-capability restriction, translated in the kernel's encoding (NC 0x10)")
    void noCallTranslated() {
        app.getAddressSpace();
        ((GptCapability) app.getAddressSpace()).setNoCall(true);
        ((GptCapability) app.getAddressSpace()).setReadOnly(true);
        Translation t = translate();
        assertFalse(t.hasErrors(), t.problems().toString());
        assertEquals(coyotos.studio.sim.image.Restrictions.NC | coyotos.studio.sim.image.Restrictions.RO,
                t.image().processes().get(0).addressSpace().restrictions());
    }

    @Test
    @DisplayName("obstore/capability.h: the model's restriction bits are the simulator's, for all 32 combinations")
    void restrictionBitsAgree() {
        GptCapability c = (GptCapability) app.getAddressSpace();
        for (int bits = 0; bits < 32; bits++) {
            c.setWeak((bits & 1) != 0);
            c.setReadOnly((bits & 2) != 0);
            c.setNoExecute((bits & 4) != 0);
            c.setOpaque((bits & 8) != 0);
            c.setNoCall((bits & 16) != 0);
            assertEquals(bits, c.getRestrictionBits());
            int expected = ((bits & 1) != 0 ? coyotos.studio.sim.image.Restrictions.WK : 0)
                    | ((bits & 2) != 0 ? coyotos.studio.sim.image.Restrictions.RO : 0)
                    | ((bits & 4) != 0 ? coyotos.studio.sim.image.Restrictions.NX : 0)
                    | ((bits & 8) != 0 ? coyotos.studio.sim.image.Restrictions.OP : 0)
                    | ((bits & 16) != 0 ? coyotos.studio.sim.image.Restrictions.NC : 0);
            assertEquals(expected, translate().image().processes().get(0).addressSpace().restrictions());
        }
    }

    @Test
    @DisplayName("windows become window capabilities with their offset (and slot) that the walk follows")
    void windowsTranslated() {
        coyotos.studio.model.WindowCapability w = F.createWindowCapability();
        w.setOffset(0x5000);
        coyotos.studio.model.LocalWindowCapability lw = F.createLocalWindowCapability();
        lw.setOffset(0x2000);
        lw.setSlot(3);
        coyotos.studio.model.Slot s1 = F.createSlot();
        s1.setIndex(1);
        s1.setCap(w);
        coyotos.studio.model.Slot s2 = F.createSlot();
        s2.setIndex(2);
        s2.setCap(lw);
        space.getSlots().addAll(List.of(s1, s2));
        Translation t = translate();
        assertFalse(t.hasErrors(), t.problems().toString());
        coyotos.studio.sim.image.Capability bw = t.image().gpts().get(0).slot(1);
        assertEquals(coyotos.studio.sim.image.CapType.BACKGROUND_WINDOW, bw.type());
        assertEquals(0x5000, bw.offset());
        coyotos.studio.sim.image.Capability l = t.image().gpts().get(0).slot(2);
        assertEquals(coyotos.studio.sim.image.CapType.LOCAL_WINDOW, l.type());
        assertEquals(3, l.windowSlot());
        lw.setSlot(16);
        find(translate(), Severity.ERROR, lw, m -> m.contains("slot 16"));
    }

    @Test
    @DisplayName("obstore/capability.h: a guard match beyond 24 bits and a payload beyond 32 bits are errors")
    void kernelFieldWidths() {
        ((GptCapability) app.getAddressSpace()).setMatch(0x1000000L);
        ((GptCapability) app.getAddressSpace()).setL2g(32);
        find(translate(), Severity.ERROR, app.getAddressSpace(), m -> m.contains("24 bits"));
        Endpoint ep = F.createEndpoint();
        ep.setRecipient(app);
        system.getObjects().add(ep);
        EntryCapability e = F.createEntryCapability();
        e.setTarget(ep);
        e.setProtectedPayload(0x1_0000_0000L);
        app.setHandler(e);
        find(translate(), Severity.ERROR, e, m -> m.contains("32 bits"));
    }

    @Test
    @DisplayName("the model's kernel variant and activation design reach the image")
    void kernelAndDesign() {
        system.setSimulation(F.createSimulationSetup());
        assertEquals(coyotos.studio.sim.image.KernelVariant.COYOTOS_2007, translate().image().setup().kernel());
        system.getSimulation().setKernel(coyotos.studio.model.KernelVariant.EROS_DESIGN);
        assertEquals(coyotos.studio.sim.image.KernelVariant.EROS_DESIGN, translate().image().setup().kernel());
        Translation o = ModelSimulation.translate(system, SimulationOverrides.NONE.withKernel("coyotos-2007"));
        assertEquals(coyotos.studio.sim.image.KernelVariant.COYOTOS_2007, o.image().setup().kernel());
        Translation bad = ModelSimulation.translate(system, SimulationOverrides.NONE.withKernel("nope"));
        assertTrue(bad.problems().stream().anyMatch(x -> x.isError() && x.message().contains("coyotos-2007, eros-design")));
    }

    @Test
    @DisplayName("a kernel capability kept from a system image is a warning and runs as empty, not an error")
    void imageOnlyCapabilityWarned() {
        coyotos.studio.model.MiscCapability sleep = F.createMiscCapability();
        sleep.setKind(coyotos.studio.model.MiscCapabilityKind.SLEEP);
        coyotos.studio.model.CapRegister r = F.createCapRegister();
        r.setIndex(9);
        r.setCap(sleep);
        app.getRegisters().add(r);
        Translation t = translate();
        find(t, Severity.WARNING, sleep, m -> m.contains("Sleep"));
        assertFalse(t.hasErrors(), "the system still runs");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(coyotos.studio.model.MiscCapabilityKind.class)
    @DisplayName("of the miscellaneous kernel capabilities only KernLog runs; the translator warns exactly where COY-SIM-NOT-MODELLED does")
    void miscCapabilitiesWarnedAsTheRuleSays(coyotos.studio.model.MiscCapabilityKind kind) {
        coyotos.studio.model.MiscCapability misc = F.createMiscCapability();
        misc.setKind(kind);
        coyotos.studio.model.CapRegister r = F.createCapRegister();
        r.setIndex(9);
        r.setCap(misc);
        app.getRegisters().add(r);
        Translation t = translate();
        boolean simulated = kind == coyotos.studio.model.MiscCapabilityKind.KERN_LOG;
        assertEquals(simulated, coyotos.studio.model.validation.SimulatedCapabilities.notSimulated(misc) == null);
        assertEquals(simulated ? 0 : 1, t.problems().stream().filter(x -> !x.isError() && x.message().contains(
                "the " + kind.getLiteral() + " kernel capability")).count(), t.problems().toString());
        assertFalse(t.hasErrors(), "the system still runs");
    }

    @Test
    @DisplayName("a KernLog capability from a system image is the simulator's kernel log (caps/cap_KernLog.c)")
    void kernLogIsSimulated() {
        coyotos.studio.model.MiscCapability log = F.createMiscCapability();
        log.setKind(coyotos.studio.model.MiscCapabilityKind.KERN_LOG);
        coyotos.studio.model.CapRegister r = F.createCapRegister();
        r.setIndex(9);
        r.setCap(log);
        app.getRegisters().add(r);
        Translation t = translate();
        assertTrue(t.problems().isEmpty(), t.problems().toString());
        assertEquals(coyotos.studio.sim.image.CapType.KERNLOG, t.image().processes().stream()
                .filter(p -> p.name().equals(app.getName())).findFirst().orElseThrow().capRegisters().get(9).type());
    }

    @Test
    @DisplayName("an unknown CPU profile is an error listing the known ones")
    void unknownProfile() {
        system.setSimulation(F.createSimulationSetup());
        system.getSimulation().setCpuProfile("vax-780");
        Translation t = translate();
        TranslationProblem p = find(t, Severity.ERROR, system.getSimulation(), m -> m.contains("vax-780"));
        assertTrue(p.message().contains("pentium4") && p.message().contains("core2") && p.message().contains("p4-2007")
                && p.message().contains("modern-pcid"), p.message());
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
        CostProfileSources.assertUserSourced(t.customProfile(), "cr3LoadCycles");
    }

    @Test
    @DisplayName("the profile a setup runs with, for its Properties: the built-in it names (an alias gives the profile), the custom one, none when unknown")
    void setupProfile() {
        coyotos.studio.model.SimulationSetup s = F.createSimulationSetup();
        assertEquals("pentium4", SetupProfile.of(s).name(), "i386-2007, the model default, is simulated as pentium4");
        s.setCpuProfile("p4-2007");
        assertEquals("pentium4", SetupProfile.of(s).name());
        s.setCpuProfile("core2");
        assertEquals("core2", SetupProfile.of(s).name());
        s.setCpuProfile("vax-780");
        assertNull(SetupProfile.of(s));
        coyotos.studio.model.CpuProfile cp = F.createCpuProfile();
        cp.setName("mine");
        s.setCustomProfile(cp);
        assertEquals("mine", SetupProfile.of(s).name());
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
