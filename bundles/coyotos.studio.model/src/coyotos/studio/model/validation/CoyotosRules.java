package coyotos.studio.model.validation;

import java.util.List;

import coyotos.studio.model.validation.rules.*;

/** The one place where the rules are registered. Order: structural, then semantic. */
public final class CoyotosRules {

    public static final List<Rule> ALL = List.of(
            // structural: address spaces (spec §4.1-§4.3)
            new GptCycleRule(),
            new GptL2vRule(),
            new GuardNeverMatchesRule(),
            new GuardL2gRule(),
            new GuardMatchWidthRule(),
            new GptSlotUnreachableRule(),
            new GptHaSlot15Rule(),
            new GptBgSlot14Rule(),
            new GptHaBgReachableRule(),
            new GptNonMemoryCapRule(),
            new SlotIndexRule(),
            new CapDanglingRule(),
            new NoCallOnPageRule(),
            // processes (spec §3.1)
            new ProcessSpaceRule(),
            new ProcessStartupRule(),
            new ProcessScheduleRule(),
            new RegisterIndexRule(),
            new RegisterZeroRule(),
            new RegisterRoleRule(),
            // semantic: workloads, fault delivery, IPC (spec §3.3, §4.3.2, §5.3)
            new WorkloadUnmappedRule(),
            new WorkloadRightsRule(),
            new WorkloadAccessTypeRule(),
            new FaultPathNoHandlerRule(),
            new EndpointNeverReceivesRule(),
            new HandlerMutualRule(),
            new HandlerPmEndpointRule(),
            new ActivationStackRule(),
            new ActivationCodeRule(),
            new ReplyEndpointSharedRule(),
            new ReplyEndpointPmRule(),
            new PayloadWidthRule(),
            new PageSharedWritableRule(),
            new KernelRangeRule(),
            // hardening: inputs the simulator would otherwise misread (appended: a rule's code is its position)
            new ProfileNegativeValueRule(),
            new ProfileValueRangeRule(),
            new WorkloadReceiveMixedRule(),
            new ActivationStackUnmappedRule());

    private CoyotosRules() {
    }

    public static Rule byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** Diagnostic code of a rule: its position in {@link #ALL}, from 1. */
    public static int codeOf(String id) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).id().equals(id)) {
                return i + 1;
            }
        }
        return 0;
    }
}
