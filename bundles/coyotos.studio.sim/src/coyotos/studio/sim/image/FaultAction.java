package coyotos.studio.sim.image;

import java.util.Objects;

/**
 * What a handler does with a fault message (spec §3.3 Exception Handling).
 *
 * <ul>
 * <li>MAP_FRESH_PAGE: allocate a page from {@code bank} (and GPTs down to page size where the faulting slot
 * names more than a page) and store it into the slot where translation stopped, if {@code gpt} is on the
 * faulting path; each allocation and each store is an invocation with its costs. Then restart. A null
 * {@code gpt} names no GPT: the page goes wherever the faulting walk stopped, as a pager serving several
 * clients does through the process capability each fault message carries (spec §3.3 Exception Delivery).</li>
 * <li>FORWARD: pass the fault to the entry capability in the handler's own handler slot.</li>
 * <li>REFUSE: do not restart; the faulting process stays stopped (a fatal fault).</li>
 * <li>RETRY: restart without repairing anything (a buggy handler; produces a fault loop).</li>
 * </ul>
 */
public record FaultAction(Kind kind, String gpt, String bank) {
    public enum Kind { MAP_FRESH_PAGE, FORWARD, REFUSE, RETRY }

    public FaultAction {
        Objects.requireNonNull(kind);
        if (kind == Kind.MAP_FRESH_PAGE && bank == null) {
            throw new IllegalArgumentException("MAP_FRESH_PAGE needs a bank id");
        }
    }

    /** {@code gptId} null: into whatever space faulted (see the class comment). */
    public static FaultAction mapFreshPage(String gptId, String bankId) {
        return new FaultAction(Kind.MAP_FRESH_PAGE, gptId, bankId);
    }

    public static FaultAction forward() {
        return new FaultAction(Kind.FORWARD, null, null);
    }

    public static FaultAction refuse() {
        return new FaultAction(Kind.REFUSE, null, null);
    }

    public static FaultAction retry() {
        return new FaultAction(Kind.RETRY, null, null);
    }
}
