package coyotos.studio.model.validation;

import static coyotos.studio.model.validation.ModelBuilder.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import coyotos.studio.model.AccessKind;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.MiscCapability;
import coyotos.studio.model.MiscCapabilityKind;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.GptCapability;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.PageCapability;

/**
 * Each rule: one model that breaks it (the baseline changed in one place) and one that does not (the
 * baseline, or a close variant that is fine). The spec section each rule rests on is in its reference.
 */
class RulesTest {

    @BeforeAll
    static void init() {
        TestModels.init();
    }

    private static Arguments rule(String id, Consumer<Baseline> breaks, Consumer<Baseline> fine) {
        return Arguments.of(id, breaks, fine);
    }

    private static Arguments rule(String id, Consumer<Baseline> breaks) {
        return rule(id, breaks, b -> { });
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                // §4.3.1: a GPT that contains itself
                rule("COY-GPT-CYCLE", b -> slot(b.space, 5, gptCap(b.space, 0, 12)),
                        b -> slot(b.space, 5, gptCap(b.pagerSpace, 0, 12))),
                // §4.3: l2v >= page bits
                rule("COY-GPT-L2V-RANGE", b -> b.space.setL2v(8), b -> b.space.setL2v(13)),
                // §4.3.1 guard: match above the 12 bits the slot passes on
                rule("COY-GUARD-NEVER-MATCHES", b -> {
                    PageCapability c = pageCap(b.data);
                    c.setMatch(1);
                    c.setL2g(12);
                    slot(b.space, 4, c);
                }, b -> {
                    PageCapability c = pageCap(b.data);
                    c.setMatch(0);
                    c.setL2g(12);
                    slot(b.space, 4, c);
                }),
                rule("COY-GUARD-L2G-INCONSISTENT", b -> {
                    PageCapability c = pageCap(b.data);
                    c.setL2g(8);
                    slot(b.space, 4, c);
                }, b -> b.client.setAddressSpace(gptCap(b.space, 0, 12))),
                // §4.3.1: with l2g 14 only slots 0..3 are selectable
                rule("COY-GPT-SLOT-UNREACHABLE", b -> {
                    b.client.setAddressSpace(gptCap(b.space, 0, 14));
                    slot(b.space, 6, pageCap(b.b.page("far")));
                }, b -> {
                    b.client.setAddressSpace(gptCap(b.space, 0, 14));
                    slot(b.space, 3, pageCap(b.b.page("near")));
                }),
                // §4.3 ha: slot 15 must be an entry capability
                rule("COY-GPT-HA-SLOT15", b -> {
                    b.client.setAddressSpace(gptCap(b.space, 0, 15));
                    b.space.setHa(true);
                    slot(b.space, 15, pageCap(b.data));
                }, b -> {
                    b.client.setAddressSpace(gptCap(b.space, 0, 15));
                    b.space.setHa(true);
                    slot(b.space, 15, entry(b.pagerEp));
                }),
                rule("COY-GPT-BG-SLOT14", b -> {
                    b.client.setAddressSpace(gptCap(b.space, 0, 15));
                    b.space.setBg(true);
                }, b -> {
                    b.client.setAddressSpace(gptCap(b.space, 0, 15));
                    b.space.setBg(true);
                    slot(b.space, 14, gptCap(b.pagerSpace));
                }),
                // §4.3: with ha, l2v must keep translation away from slot 15 (l2g 16 = 16 slots; 15 = 8 slots)
                rule("COY-GPT-HA-BG-REACHABLE", b -> {
                    b.space.setHa(true);
                    slot(b.space, 15, entry(b.pagerEp));
                }, b -> {
                    b.client.setAddressSpace(gptCap(b.space, 0, 15));
                    b.space.setHa(true);
                    slot(b.space, 15, entry(b.pagerEp));
                }),
                // §4.3.1 MalformedSpace
                rule("COY-GPT-NONMEMORY-CAP", b -> slot(b.space, 4, entry(b.pagerEp)),
                        b -> slot(b.space, 4, pageCap(b.data))),
                rule("COY-SLOT-INDEX", b -> slot(b.space, 16, pageCap(b.data)),
                        b -> slot(b.space, 15, pageCap(b.data))),
                rule("COY-CAP-DANGLING", b -> slot(b.space, 4, pageCap(null)), b -> slot(b.space, 4, pageCap(b.data))),
                // §3.1
                rule("COY-PROCESS-SPACE", b -> b.client.setAddressSpace(null)),
                rule("COY-PROCESS-STARTUP", b -> b.client.unsetFaultInfo(),
                        b -> b.client.setFaultCode(coyotos.studio.model.FaultCode.NO_FAULT)),
                rule("COY-PROCESS-SCHEDULE", b -> b.client.setSchedule(null)),
                rule("COY-REGISTER-INDEX", b -> reg(b.client, 32, bankCap(b.bank)), b -> reg(b.client, 31, bankCap(b.bank))),
                rule("COY-REGISTER-ZERO", b -> reg(b.client, 0, bankCap(b.bank)),
                        b -> reg(b.client, 0, coyotos.studio.model.CoyotosFactory.eINSTANCE.createNullCapability())),
                rule("COY-REGISTER-ROLE", b -> reg(b.client, 3, pageCap(b.data)), b -> reg(b.client, 8, pageCap(b.data))),
                // §4.3.1 + §3.3
                rule("COY-WORKLOAD-UNMAPPED", b -> b.client.setHandler(null)),
                rule("COY-WORKLOAD-RIGHTS", b -> slot(b.space, 1, pageCapRO(b.data)), b -> {
                    slot(b.space, 1, pageCapRO(b.data));
                    workload(b.client).getSteps().remove(1);
                    touch(b.client, 0x1000, 0x1000, AccessKind.READ);
                }),
                rule("COY-WORKLOAD-ACCESS-TYPE", b -> slot(b.space, 1, capPageCap(b.b.capPage("cp"))), b -> {
                    slot(b.space, 1, capPageCap(b.b.capPage("cp")));
                    workload(b.client).getSteps().remove(1);
                    touch(b.client, 0x1000, 16, AccessKind.CAP_WRITE);
                }),
                rule("COY-FAULT-PATH-NO-HANDLER", b -> b.client.setHandler(null), b -> {
                    b.client.setHandler(null);
                    b.client.setAddressSpace(gptCap(b.space, 0, 15));
                    b.space.setHa(true);
                    slot(b.space, 15, entry(b.pagerEp));
                }),
                // §5 / §3.3
                rule("COY-ENDPOINT-NEVER-RECEIVES", b -> b.pager.getHandlerActions().clear(), b -> {
                    b.pager.getHandlerActions().clear();
                    workload(b.pager).getSteps().add(loop(10, receive()));
                    b.pager.setHandler(entry(b.b.endpoint("other", b.pager, false)));
                }),
                rule("COY-HANDLER-MUTUAL", b -> {
                    Endpoint ep = b.b.endpoint("client-ep", b.client, false);
                    b.pager.setHandler(entry(ep));
                }, b -> {
                    Endpoint ep = b.b.endpoint("client-ep", b.client, false);
                    reg(b.pager, 8, entry(ep));
                }),
                // activation design (§3.3, earlier drafts)
                rule("COY-ACTIVATION-STACK",
                        b -> activation(b.client, 0x0100, region(0x3000, 0x1000), region(0x0, 0x1000), region(0x2000, 0x2000)),
                        b -> activation(b.client, 0x0100, region(0x1000, 0x800), region(0x0, 0x1000), region(0x2000, 0x2000))),
                rule("COY-ACTIVATION-CODE",
                        b -> activation(b.client, 0x2100, region(0x1000, 0x800), region(0x2000, 0x200), region(0x2000, 0x2000)),
                        b -> activation(b.client, 0x0100, region(0x1000, 0x800), region(0x0, 0x1000), region(0x2000, 0x2000))),
                rule("COY-REPLY-ENDPOINT-SHARED", b -> reg(b.pager, 1, endpointCap(b.clientReply)),
                        b -> reg(b.pager, 1, endpointCap(b.b.endpoint("pager-reply", b.pager, true)))),
                rule("COY-REPLY-ENDPOINT-NO-PM", b -> b.clientReply.setPm(false)),
                rule("COY-PAGE-SHARED-WRITABLE", b -> {
                    b.client.setIsolationDomain("a");
                    b.pager.setIsolationDomain("b");
                    slot(b.pagerSpace, 1, pageCap(b.data));
                }, b -> {
                    b.client.setIsolationDomain("a");
                    b.pager.setIsolationDomain("b");
                    slot(b.pagerSpace, 1, pageCapRO(b.data));
                }),
                // obstore/capability.h: 24-bit guard match, 32-bit protected payload
                rule("COY-GUARD-MATCH-WIDTH", b -> b.client.setAddressSpace(gptCap(b.space, 0x1000000L, 40))),
                rule("COY-PAYLOAD-WIDTH", b -> {
                    EntryCapability e = entry(b.pagerEp);
                    e.setProtectedPayload(1L << 32);
                    b.client.setHandler(e);
                }, b -> {
                    EntryCapability e = entry(b.pagerEp);
                    e.setProtectedPayload(0xFFFF_FFFFL);
                    b.client.setHandler(e);
                }),
                // §5.3 + proc_do_upcall: a pm endpoint as fault handler works once
                rule("COY-HANDLER-PM-ENDPOINT", b -> b.pagerEp.setPm(true), b -> b.clientReply.setPm(true)),
                // Memory.idl: noCall means nothing on a page
                rule("COY-NOCALL-ON-PAGE", b -> {
                    PageCapability c = pageCap(b.data);
                    c.setNoCall(true);
                    slot(b.space, 1, c);
                }, b -> {
                    GptCapability c = gptCap(b.space, 0, 16);
                    c.setNoCall(true);
                    b.client.setAddressSpace(c);
                }),
                // IA-32: kernel above 0xC0000000
                rule("COY-ADDRESS-KERNEL-RANGE", b -> touch(b.client, 0xBFFFF000L, 0x2000, AccessKind.READ),
                        b -> touch(b.client, 0xBFFFE000L, 0x2000, AccessKind.READ)),
                // kept from a system image, left out of a simulation
                rule("COY-SIM-NOT-MODELLED", b -> {
                    MiscCapability sleep = CoyotosFactory.eINSTANCE.createMiscCapability();
                    sleep.setKind(MiscCapabilityKind.SLEEP);
                    reg(b.client, 9, sleep);
                }, b -> {
                    // KernLog is simulated (the kernel log console): not reported
                    MiscCapability log = CoyotosFactory.eINSTANCE.createMiscCapability();
                    log.setKind(MiscCapabilityKind.KERN_LOG);
                    reg(b.client, 9, log);
                }),
                // kern_MemWalk.c: a store through a read-only root faults before the pager could fill the page
                rule("COY-WORKLOAD-RIGHTS", b -> {
                    readOnlyRoot(b);
                    workload(b.client).getSteps().remove(1); // leave only the store into the unmapped heap
                }, b -> {
                    readOnlyRoot(b);
                    workload(b.client).getSteps().remove(1);
                    ((coyotos.studio.model.Touch) workload(b.client).getSteps().get(1)).setAccess(AccessKind.READ);
                }),
                // simulator cost model: no negative costs, nothing beyond any x86
                rule("COY-PROFILE-NEGATIVE", b -> profile(b).setCr3LoadCycles(-1000), b -> profile(b).setCr3LoadCycles(1000)),
                rule("COY-PROFILE-RANGE", b -> profile(b).setTlbEntries(Integer.MAX_VALUE),
                        b -> profile(b).setTlbEntries(1000)),
                rule("COY-PROFILE-RANGE", b -> profile(b).setCr3LoadCycles(4_294_966_296L),
                        b -> profile(b).setCr3LoadCycles(1_000_000_000L)),
                // §5 / §3.3: a receiver's workload is [Receive, work...] or a Loop around that
                rule("COY-WORKLOAD-RECEIVE-MIXED", b -> {
                    workload(b.pager).getSteps().add(touch(0x0, 0x1000, 0x1000, AccessKind.EXECUTE));
                    workload(b.pager).getSteps().add(receive());
                }, b -> workload(b.pager).getSteps().add(loop(10, receive(), touch(0x0, 0x1000, 0x1000,
                        AccessKind.EXECUTE)))),
                // activation design: the frame is written on the handler stack (ActivationFail otherwise)
                rule("COY-ACTIVATION-STACK-UNMAPPED",
                        b -> activation(b.client, 0x0100, region(0x5000, 0x800), region(0x0, 0x1000), region(0x2000, 0x2000)),
                        b -> activation(b.client, 0x0100, region(0x1000, 0x800), region(0x0, 0x1000), region(0x2000, 0x2000))),
                // a process that runs a program image runs in the image's space, which the translation checks
                rule("COY-ACTIVATION-STACK-UNMAPPED",
                        b -> activation(b.client, 0x0100, region(0x5000, 0x800), region(0x0, 0x1000), region(0x2000, 0x2000)),
                        b -> {
                            activation(b.client, 0x0100, region(0x5000, 0x800), region(0x0, 0x1000), region(0x2000, 0x2000));
                            b.client.setProgramImage("app.elf");
                        }));
    }

    private static void readOnlyRoot(Baseline b) {
        coyotos.studio.model.GptCapability root = gptCap(b.space, 0, 16);
        root.setReadOnly(true);
        b.client.setAddressSpace(root);
    }

    private static coyotos.studio.model.CpuProfile profile(Baseline b) {
        coyotos.studio.model.SimulationSetup s = coyotos.studio.model.CoyotosFactory.eINSTANCE.createSimulationSetup();
        coyotos.studio.model.CpuProfile p = coyotos.studio.model.CoyotosFactory.eINSTANCE.createCpuProfile();
        p.setName("mine");
        s.setCustomProfile(p);
        b.system().setSimulation(s);
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void breakingModelIsReportedAndFineModelIsNot(String id, Consumer<Baseline> breaks, Consumer<Baseline> fine) {
        assertNotNull(CoyotosRules.byId(id), "unknown rule " + id);
        Baseline bad = new Baseline();
        breaks.accept(bad);
        List<Finding> badFindings = TestModels.findings(bad.system());
        assertTrue(badFindings.stream().anyMatch(f -> f.ruleId().equals(id)),
                id + " not reported on the breaking model:" + TestModels.describe(badFindings));
        Finding f = badFindings.stream().filter(x -> x.ruleId().equals(id)).findFirst().orElseThrow();
        assertTrue(f.message().startsWith("[" + id + "]") && f.message().contains(CoyotosRules.byId(id).reference()));
        assertNotNull(f.element(), "finding without element");

        Baseline good = new Baseline();
        fine.accept(good);
        List<Finding> goodFindings = TestModels.findings(good.system());
        assertFalse(goodFindings.stream().anyMatch(x -> x.ruleId().equals(id)),
                id + " reported on the fine model:" + TestModels.describe(goodFindings));
    }

    @Test
    @DisplayName("kerninc/GPT.h: with bg the kernel addresses only slots 0..7; a filled slot 9 is unreachable, and the finding says why")
    void backgroundHalvesTheAddressableSlots() {
        Baseline b = new Baseline();
        b.space.setBg(true);
        slot(b.space, 14, gptCap(b.pagerSpace));
        slot(b.space, 9, pageCap(b.b.page("far")));
        List<Finding> fs = TestModels.findings(b.system()).stream().filter(f -> f.ruleId().equals("COY-GPT-SLOT-UNREACHABLE"))
                .toList();
        assertEquals(1, fs.size(), TestModels.describe(TestModels.findings(b.system())));
        assertTrue(fs.get(0).message().contains("only slots 0..7") && fs.get(0).message().contains("spec 0.6 reserves only slot 14"),
                fs.get(0).message());
        assertFalse(TestModels.ids(b.system()).contains("COY-GPT-HA-BG-REACHABLE"), "bg alone never reaches slot 14");
    }

    @Test
    @DisplayName("§4.3.3: the validator's walk stops at the kernel's MEMWALK_MAX (32) with MalformedSpace")
    void validatorWalkBound() {
        assertEquals(32, SpaceWalker.MEMWALK_MAX);
        Baseline b = new Baseline();
        coyotos.studio.model.Gpt loop = b.b.gpt("loop", 12);
        slot(loop, 0, gptCap(loop, 0, 16));
        assertEquals(coyotos.studio.model.FaultCode.MALFORMED_SPACE,
                new ModelIndex(b.system()).walker().walk(gptCap(loop, 0, 16), 0).fault());
    }

    @Test
    @DisplayName("Memory.idl: a no-call capability hides the memory handler below it from the fault path")
    void noCallHidesTheMemoryHandler() {
        Baseline b = new Baseline();
        b.client.setHandler(null);
        GptCapability c = gptCap(b.space, 0, 15);
        b.client.setAddressSpace(c);
        b.space.setHa(true);
        slot(b.space, 15, entry(b.pagerEp));
        assertFalse(TestModels.ids(b.system()).contains("COY-WORKLOAD-UNMAPPED"));
        c.setNoCall(true);
        assertTrue(TestModels.ids(b.system()).contains("COY-WORKLOAD-UNMAPPED"),
                "with no-call above it, the memory handler is not called and nobody maps the page");
    }

    @Test
    void baselineHasNoFindings() {
        List<Finding> fs = TestModels.findings(new Baseline().system());
        assertTrue(fs.isEmpty(), TestModels.describe(fs));
    }

    @Test
    void everyRuleHasATestAndAtLeast22Rules() {
        Set<String> tested = rules().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> all = CoyotosRules.ALL.stream().map(Rule::id).collect(Collectors.toSet());
        assertEquals(all, tested);
        assertTrue(all.size() >= 22, "only " + all.size() + " rules");
        assertEquals(all.size(), CoyotosRules.ALL.size(), "duplicate rule ids");
        for (Rule r : CoyotosRules.ALL) {
            assertTrue(r.severity() == Diagnostic.ERROR || r.severity() == Diagnostic.WARNING, r.id());
            assertFalse(r.reference().isBlank(), r.id());
        }
    }

    @Test
    void diagnosticianRunsTheRulesThroughTheRegisteredEValidator() {
        Baseline b = new Baseline();
        b.space.setL2v(8);
        Diagnostic d = TestModels.diagnose(b.system());
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        assertTrue(d.getChildren().stream().anyMatch(c -> c.getMessage().startsWith("[COY-GPT-L2V-RANGE]")
                && c.getData().get(0) == b.space), d.toString());
        assertEquals(Diagnostic.OK, TestModels.diagnose(new Baseline().system()).getSeverity());
    }

    @Test
    void sameGptThroughTwoCapabilitiesWithDifferentGuardsAndRights() {
        // §4.3.1: one GPT appears twice in a space, once read-only at a different guard
        Baseline b = new Baseline();
        coyotos.studio.model.Gpt top = b.b.gpt("top", 16);
        slot(top, 0, gptCap(b.space, 0, 16));
        coyotos.studio.model.GptCapability alias = gptCap(b.space, 0, 16);
        alias.setReadOnly(true);
        slot(top, 1, alias);
        b.client.setAddressSpace(gptCap(top, 0, 20));
        touch(b.client, 0x11000, 0x1000, AccessKind.READ);
        assertTrue(TestModels.findings(b.system()).isEmpty(), TestModels.describe(TestModels.findings(b.system())));
        touch(b.client, 0x11000, 0x1000, AccessKind.WRITE);
        assertEquals(List.of("COY-WORKLOAD-RIGHTS"), TestModels.ids(b.system()));
    }
}
