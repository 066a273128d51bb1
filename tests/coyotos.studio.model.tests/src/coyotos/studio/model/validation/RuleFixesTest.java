package coyotos.studio.model.validation;

import static coyotos.studio.model.validation.ModelBuilder.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.PageCapability;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.Slot;
import coyotos.studio.model.validation.fixes.Fix;
import coyotos.studio.model.validation.fixes.RuleFixes;

/**
 * Every quick fix, applied headless as the Problems view and the diagram apply it: the baseline broken in one
 * place, the fixes offered for the finding (exactly these labels), one applied as a single command, then
 * validated again: the finding is gone, no error appeared that was not there, and undo gives back the broken
 * model, redo the repaired one.
 */
class RuleFixesTest {

    @BeforeAll
    static void init() {
        TestModels.init();
    }

    private static Arguments fix(String rule, Consumer<Baseline> breaks, Function<Baseline, EObject> element,
            List<String> labels, int apply, Consumer<Baseline> check) {
        return Arguments.of(rule + ": " + labels.get(apply), rule, breaks, element, labels, apply, check);
    }

    static Stream<Arguments> fixes() {
        return Stream.of(
                fix("COY-GPT-L2V-RANGE", b -> b.space.setL2v(8), b -> b.space,
                        List.of("Set l2v of GPT 'client-space' to 12"), 0, b -> assertEquals(12, b.space.getL2v())),
                fix("COY-GUARD-L2G-INCONSISTENT", b -> {
                    PageCapability c = pageCap(b.data);
                    c.setL2g(8);
                    slot(b.space, 4, c);
                }, b -> slotAt(b, 4).getCap(), List.of("Set l2g of PageCapability in slot 4 of GPT 'client-space' to 12"),
                        0, b -> assertEquals(12, ((PageCapability) slotAt(b, 4).getCap()).getL2g())),
                fix("COY-GPT-SLOT-UNREACHABLE", b -> {
                    b.client.setAddressSpace(gptCap(b.space, 0, 14));
                    slot(b.space, 6, pageCap(b.b.page("far")));
                }, b -> slotAt(b, 6), List.of("Clear slot 6 of GPT 'client-space'"), 0,
                        b -> assertNull(slotAt(b, 6))),
                // an entry capability in slot 15 is a memory handler the modeller did not announce (§4.3)
                fix("COY-GPT-SLOT-UNREACHABLE", b -> {
                    b.client.setAddressSpace(gptCap(b.space, 0, 14));
                    slot(b.space, 15, entry(b.pagerEp));
                }, b -> slotAt(b, 15), List.of("Set ha on GPT 'client-space' (slot 15 names its memory handler)",
                        "Clear slot 15 of GPT 'client-space'"), 0, b -> {
                            assertTrue(b.space.isHa());
                            assertTrue(slotAt(b, 15).getCap() instanceof EntryCapability);
                        }),
                fix("COY-GPT-HA-SLOT15", b -> {
                    b.client.setAddressSpace(gptCap(b.space, 0, 15));
                    b.space.setHa(true);
                    slot(b.space, 15, pageCap(b.data));
                }, b -> b.space, List.of("Clear ha on GPT 'client-space'"), 0, b -> assertFalse(b.space.isHa())),
                fix("COY-GPT-BG-SLOT14", b -> {
                    b.client.setAddressSpace(gptCap(b.space, 0, 15));
                    b.space.setBg(true);
                }, b -> b.space, List.of("Clear bg on GPT 'client-space'"), 0, b -> assertFalse(b.space.isBg())),
                fix("COY-SLOT-INDEX", b -> slot(b.space, 16, pageCap(b.data)), b -> slotAt(b, 16),
                        List.of("Remove slot 16 of GPT 'client-space'"), 0, b -> assertNull(slotAt(b, 16))),
                fix("COY-SLOT-INDEX", b -> b.space.getSlots().add(slotOf(0, pageCap(b.data))),
                        b -> b.space.getSlots().get(b.space.getSlots().size() - 1),
                        List.of("Remove slot 0 of GPT 'client-space'"), 0, b -> {
                            assertEquals(1, b.space.getSlots().stream().filter(s -> s.getIndex() == 0).count());
                            assertEquals(b.code, ((PageCapability) slotAt(b, 0).getCap()).getTarget(),
                                    "the first slot 0, the one translation uses, stays");
                        }),
                fix("COY-CAP-DANGLING", b -> slot(b.space, 4, pageCap(null)), b -> slotAt(b, 4).getCap(),
                        List.of("Replace PageCapability in slot 4 of GPT 'client-space' with the Null capability"), 0,
                        b -> assertTrue(ModelIndex.isEmpty(slotAt(b, 4).getCap()))),
                fix("COY-PROCESS-SCHEDULE", b -> b.client.setSchedule(null), b -> b.client,
                        List.of("Schedule process 'client' with Schedule 'sched'"), 0,
                        b -> assertEquals(b.sched, ((ScheduleCapability) b.client.getSchedule()).getTarget())),
                // a model without any schedule gets one
                fix("COY-PROCESS-SCHEDULE", b -> {
                    b.client.setSchedule(null);
                    b.pager.setSchedule(null);
                    EcoreUtil.delete(b.sched);
                }, b -> b.client, List.of("Add schedule 'schedule' and schedule process 'client' with it"), 0, b -> {
                    Schedule made = ((ScheduleCapability) b.client.getSchedule()).getTarget();
                    assertEquals("schedule", made.getName());
                    assertTrue(b.system().getObjects().contains(made));
                }),
                fix("COY-REGISTER-INDEX", b -> b.client.getRegisters().add(register(3, bankCap(b.bank))),
                        b -> b.client.getRegisters().get(b.client.getRegisters().size() - 1),
                        List.of("Remove the second register 3 (SPACE_BANK) of process 'client'"), 0,
                        b -> assertEquals(1, b.client.getRegisters().stream().filter(r -> r.getIndex() == 3).count())),
                fix("COY-REGISTER-ZERO", b -> reg(b.client, 0, bankCap(b.bank)), b -> registerAt(b, 0),
                        List.of("Move the capability of register 0 (NULL) of process 'client' to register 8"), 0, b -> {
                            assertNull(registerAt(b, 0));
                            assertEquals(b.bank, ((coyotos.studio.model.SpaceBankCapability) registerAt(b, 8).getCap())
                                    .getTarget());
                        }),
                // RunTime.mki: registers 20-23 are overwritten at start-up, so the move goes to 8..19
                fix("COY-REGISTER-ROLE", b -> {
                    reg(b.client, 3, pageCap(b.data));
                    for (int i = 8; i <= 12; i++) {
                        reg(b.client, i, pageCap(b.data));
                    }
                }, b -> registerAt(b, 3), List.of("Move the capability of register 3 (SPACE_BANK) of process 'client' "
                        + "to register 13"), 0, b -> assertEquals(b.data,
                                ((PageCapability) registerAt(b, 13).getCap()).getTarget())),
                fix("COY-FAULT-PATH-NO-HANDLER", b -> b.client.setHandler(null), b -> b.client,
                        List.of("Handle faults of process 'client' with process 'pager' (entry capability to "
                                + "Endpoint 'pager-ep')"), 0,
                        b -> assertEquals(b.pagerEp, ((EntryCapability) b.client.getHandler()).getTarget())),
                fix("COY-REPLY-ENDPOINT-NO-PM", b -> b.clientReply.setPm(false), b -> b.clientReply,
                        List.of("Set pm on Endpoint 'client-reply'"), 0, b -> assertTrue(b.clientReply.isPm())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixes")
    void theFixRepairsTheFindingAsOneUndoableCommand(String name, String rule, Consumer<Baseline> breaks,
            Function<Baseline, EObject> element, List<String> labels, int apply, Consumer<Baseline> check) {
        Baseline b = inResource(new Baseline());
        breaks.accept(b);
        EObject target = element.apply(b);
        List<Finding> before = TestModels.findings(b.system());
        assertTrue(reports(before, rule, target), rule + " is reported on " + RuleEngine.label(target) + ":"
                + TestModels.describe(before));
        EObject broken = EcoreUtil.copy(b.system());

        List<Fix> offered = RuleFixes.fixesFor(b.system(), rule, target);
        assertEquals(labels, offered.stream().map(Fix::label).toList());
        Command command = offered.get(apply).command(target);
        assertEquals(labels.get(apply), command.getLabel(), "the command is named after the fix (Edit > Undo ...)");
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(command);

        List<Finding> after = TestModels.findings(b.system());
        assertFalse(reports(after, rule, target), rule + " still reported:" + TestModels.describe(after));
        assertTrue(errorKinds(before).containsAll(errorKinds(after)), "the fix made a new error:"
                + TestModels.describe(after));
        check.accept(b);
        assertEquals(List.of(), RuleFixes.fixesFor(b.system(), rule, target), "nothing left to fix");

        EObject repaired = EcoreUtil.copy(b.system());
        stack.undo();
        assertTrue(EcoreUtil.equals(broken, b.system()), "undo gives back the model as it was");
        stack.redo();
        assertTrue(EcoreUtil.equals(repaired, b.system()), "redo repairs it again");
    }

    @Test
    void everyFixBelongsToARuleAndEveryTestedRuleHasItsFixes() {
        Set<String> rules = CoyotosRules.ALL.stream().map(Rule::id).collect(Collectors.toSet());
        assertTrue(rules.containsAll(RuleFixes.ruleIds()), "fixes for unknown rules: " + RuleFixes.ruleIds());
        Set<String> tested = fixes().map(a -> (String) a.get()[1]).collect(Collectors.toSet());
        assertEquals(RuleFixes.ruleIds(), tested, "every rule with fixes has a test here");
    }

    @Test
    void aFindingTheModelNoLongerHasOffersNoFix() {
        Baseline b = new Baseline();
        b.space.setL2v(8);
        assertEquals(1, RuleFixes.fixesFor(b.system(), "COY-GPT-L2V-RANGE", b.space).size());
        b.space.setL2v(12);
        assertEquals(List.of(), RuleFixes.fixesFor(b.system(), "COY-GPT-L2V-RANGE", b.space),
                "the marker is stale: the rule holds again");
        assertFalse(RuleFixes.hasFixes("COY-GPT-CYCLE"), "which capability closes a cycle is the modeller's choice");
        assertEquals(List.of(), RuleFixes.fixesFor(b.system(), "COY-NO-SUCH-RULE", b.space));
    }

    @Test
    void aRegisterOutsideTheProcessHasNoFix() {
        Baseline b = new Baseline();
        CapRegister far = reg(b.client, 32, bankCap(b.bank));
        assertTrue(reports(TestModels.findings(b.system()), "COY-REGISTER-INDEX", far));
        assertEquals(List.of(), RuleFixes.fixesFor(b.system(), "COY-REGISTER-INDEX", far),
                "which register was meant is the modeller's choice");
    }

    @Test
    void aHandlerWhoseChainLeadsBackIsNotOfferedAndOneWithoutEndpointGetsOne() {
        Baseline b = inResource(new Baseline());
        b.client.setHandler(null);
        // the pager's own handler is the client: offering the pager would make mutual handlers (§3.3.1)
        b.pager.setHandler(entry(b.clientReply));
        coyotos.studio.model.Process logger = b.b.process("logger", b.sched, 0x0);
        logger.setAddressSpace(gptCap(b.pagerSpace, 0, 16));
        logger.getHandlerActions().add(CoyotosFactory.eINSTANCE.createRefuseFault());
        List<Fix> offered = RuleFixes.fixesFor(b.system(), "COY-FAULT-PATH-NO-HANDLER", b.client);
        assertEquals(List.of("Handle faults of process 'client' with process 'logger' (new endpoint 'logger-faults')"),
                offered.stream().map(Fix::label).toList());
        new BasicCommandStack().execute(offered.get(0).command(b.client));
        Endpoint made = ((EntryCapability) b.client.getHandler()).getTarget();
        assertEquals("logger-faults", made.getName());
        assertEquals(logger, made.getRecipient());
        assertEquals(1, made.getEndpointId(), "the next id after the highest the model uses (0)");
    }

    /** Every model the tool edits is in a resource, where EMF records changes (Fix.command). */
    private static Baseline inResource(Baseline b) {
        new ResourceImpl(URI.createURI("test:/baseline.coyotos")).getContents().add(b.system());
        return b;
    }

    @Test
    void aModelInNoResourceIsRefusedRatherThanRecordedWrong() {
        Baseline b = new Baseline();
        b.space.setL2v(8);
        Fix fix = RuleFixes.fixesFor(b.system(), "COY-GPT-L2V-RANGE", b.space).get(0);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> fix.command(b.space));
        assertTrue(refused.getMessage().contains("in no resource"), refused.getMessage());
    }

    private static boolean reports(List<Finding> findings, String rule, EObject element) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(rule) && f.element() == element);
    }

    private static Set<String> errorKinds(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() >= Diagnostic.ERROR).map(Finding::ruleId)
                .collect(Collectors.toSet());
    }

    private static Slot slotAt(Baseline b, int index) {
        return b.space.getSlots().stream().filter(s -> s.getIndex() == index).findFirst().orElse(null);
    }

    private static CapRegister registerAt(Baseline b, int index) {
        return b.client.getRegisters().stream().filter(r -> r.getIndex() == index).findFirst().orElse(null);
    }

    private static Slot slotOf(int index, coyotos.studio.model.Capability cap) {
        Slot s = CoyotosFactory.eINSTANCE.createSlot();
        s.setIndex(index);
        s.setCap(cap);
        return s;
    }

    private static CapRegister register(int index, coyotos.studio.model.Capability cap) {
        CapRegister r = CoyotosFactory.eINSTANCE.createCapRegister();
        r.setIndex(index);
        r.setCap(cap);
        return r;
    }
}
