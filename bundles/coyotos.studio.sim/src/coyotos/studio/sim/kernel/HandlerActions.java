package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.memory.MemoryStore;
import coyotos.studio.sim.memory.TranslationResult;

/**
 * What a handler does to repair a fault. Each allocation from the bank and each capability store into a
 * GPT is an invocation with its ring transitions and kernel path (spec §3.3: "a page-fault handler
 * typically first allocates a page from a space bank and stores its capability into the right GPT slot").
 */
final class HandlerActions {
    static final int INVOKE_BANK = 0;
    static final int INVOKE_GPT_STORE = 1;
    static final int INVOKE_PROCESS = 2;

    private final CostProfile cost;
    private final Machine machine;
    private final MemoryStore store;
    private final long[] bankLimit;
    private final long[] bankUsed;

    HandlerActions(CostProfile cost, Machine machine, MemoryStore store, long[] bankLimit) {
        this.cost = cost;
        this.machine = machine;
        this.store = store;
        this.bankLimit = bankLimit;
        this.bankUsed = new long[bankLimit.length];
    }

    private boolean allocate(int actor, int bank) {
        machine.invokeKernelObject(actor, cost.bankAllocPathCycles(), INVOKE_BANK);
        if (bankLimit[bank] != 0 && bankUsed[bank] >= bankLimit[bank]) {
            return false;
        }
        bankUsed[bank]++;
        return true;
    }

    /**
     * MAP_FRESH_PAGE: fill the empty slot where translation stopped, creating GPTs down to page size when the
     * slot names more than a page. Refused (false) unless the fault is an invalid reference at an empty slot
     * under the handler's GPT (any GPT when the action names none), and the bank has room.
     */
    boolean mapFreshPage(KernelProcess actor, TranslationResult fault, FaultAction action, int namedGpt, int bank) {
        if (fault.faultCode != FaultCode.INVALID_DATA_REFERENCE.code() || !fault.stoppedAtNullSlot
                || (action.gpt() != null && (namedGpt < 0 || !fault.pathContains(namedGpt)))) {
            return false;
        }
        int gpt = fault.stopGpt;
        int slot = fault.stopSlot;
        int l2v = fault.stopL2v;
        long offset = fault.stopOffset;
        while (l2v > Page.L2_SIZE) {
            if (!allocate(actor.index, bank)) {
                return false;
            }
            // The new GPT's 16 slots split this slot's 2^l2v bytes; no guard is needed since offset < 2^l2v.
            int child = store.newGpt(Math.max(Page.L2_SIZE, l2v - 4));
            machine.invokeKernelObject(actor.index, cost.capStorePathCycles(), INVOKE_GPT_STORE);
            store.setSlot(gpt, slot, new Cap(CapType.GPT, child, 0, 0, 64, 0));
            int childL2v = store.l2v(child);
            slot = (int) (offset >>> childL2v);
            offset &= (1L << childL2v) - 1;
            gpt = child;
            l2v = childL2v;
        }
        if (!allocate(actor.index, bank)) {
            return false;
        }
        int page = store.newPage();
        machine.invokeKernelObject(actor.index, cost.capStorePathCycles(), INVOKE_GPT_STORE);
        store.setSlot(gpt, slot, new Cap(CapType.PAGE, page, 0, 0, 64, 0));
        return true;
    }
}
