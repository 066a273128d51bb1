package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.memory.MemoryStore;
import coyotos.studio.sim.memory.TranslationResult;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;

/**
 * What a handler does to repair a fault: allocate a page (and GPTs down to page size) from the space bank and
 * store each capability into the GPT slot where translation stopped. The space bank is a user process, so each
 * allocation is an IPC round trip with its two hand-offs (the bank runs, replies, the handler runs again); each
 * store is a call on the kernel-implemented GPT capability (cap_GPT.c) that returns to the caller.
 */
final class HandlerActions {
    static final int INVOKE_GPT_STORE = 1;
    static final int INVOKE_PROCESS = 2;
    /** Allocation request: opcode and object type. */
    private static final int BANK_REQUEST_WORDS = 2;
    /** The bank's code and data live in one page at address 0 of its own space. */
    static final long BANK_CODE = 0;

    private final Kernel k;
    private final CostProfile cost;
    private final CostMeter meter;
    private final EventBus bus;
    private final Machine machine;
    private final MemoryStore store;
    private final long[] bankLimit;
    private final long[] bankUsed;

    HandlerActions(Kernel k, long[] bankLimit) {
        this.k = k;
        this.cost = k.cost;
        this.meter = k.meter;
        this.bus = k.bus;
        this.machine = k.machine;
        this.store = k.store;
        this.bankLimit = bankLimit;
        this.bankUsed = new long[bankLimit.length];
    }

    /**
     * One allocation: the actor calls the bank (its entry goes to the front of the ready queue, the actor into its
     * receive phase), the bank runs its allocation and replies. Both hand-offs are dispatches, charged as the
     * kernel variant does them. False when the bank has nothing left (its reply is an error).
     */
    private boolean allocate(KernelProcess actor, int bankIndex) {
        KernelProcess bank = k.bankProcess(bankIndex);
        machine.enter(actor, false);
        meter.charge(actor.index, CostMeter.KERNEL, cost.invokePathCycles());
        meter.charge(actor.index, CostMeter.IPC, cost.ipcBaseCycles() + (long) BANK_REQUEST_WORDS * cost.ipcPerWordCycles());
        bus.emit(EventType.IPC_SEND, actor.index, bank.index, bankIndex, BANK_REQUEST_WORDS);
        k.setState(actor, ProcessState.RECEIVING);
        machine.abandon(actor);

        k.handOff(bank);
        machine.exit(bank);
        k.setState(bank, ProcessState.RUNNING);
        bus.emit(EventType.IPC_RECEIVE, bank.index, actor.index, 0, BANK_REQUEST_WORDS);
        bank.messagesReceived++;
        k.memory.access(bank, BANK_CODE, 2, CostMeter.USER);
        meter.charge(bank.index, CostMeter.USER, cost.bankAllocPathCycles());
        boolean ok = bankLimit[bankIndex] == 0 || bankUsed[bankIndex] < bankLimit[bankIndex];
        if (ok) {
            bankUsed[bankIndex]++;
        }
        machine.enter(bank, false);
        meter.charge(bank.index, CostMeter.KERNEL, cost.invokePathCycles());
        meter.charge(bank.index, CostMeter.IPC, cost.ipcBaseCycles() + cost.ipcPerWordCycles());
        bus.emit(EventType.IPC_REPLY, bank.index, actor.index, ok ? 0 : 1, 0);
        k.setState(bank, ProcessState.RECEIVING);
        machine.abandon(bank);

        k.handOff(actor);
        machine.exit(actor);
        k.setState(actor, actor.runningState());
        return ok;
    }

    /**
     * MAP_FRESH_PAGE: fill the empty slot where translation stopped, creating GPTs down to page size when the
     * slot names more than a page. Refused (false) unless the fault is an invalid reference at an empty slot
     * under the handler's GPT (any GPT when the action names none), and the bank has room.
     */
    boolean mapFreshPage(KernelProcess actor, TranslationResult fault, FaultAction action, int namedGpt, int bank) {
        int code = fault.faultCode;
        if ((code != FaultCode.INVALID_DATA_REFERENCE.code() && code != FaultCode.INVALID_CAP_REFERENCE.code())
                || !fault.stoppedAtNullSlot || bank < 0
                || (action.gpt() != null && (namedGpt < 0 || !fault.pathContains(namedGpt)))) {
            return false;
        }
        int gpt = fault.stopGpt;
        int slot = fault.stopSlot;
        int l2v = fault.stopL2v;
        long offset = fault.stopOffset;
        if (store.slot(gpt, slot).type != CapType.NULL) {
            // Another handler filled the slot since the fault (an activated fault's handler, say): nothing to do.
            return true;
        }
        while (l2v > Page.L2_SIZE) {
            if (!allocate(actor, bank)) {
                return false;
            }
            // The new GPT's 16 slots split this slot's 2^l2v bytes; no guard is needed since offset < 2^l2v.
            int child = store.newGpt(Math.max(Page.L2_SIZE, l2v - 4));
            machine.invokeKernelObject(actor, cost.capStorePathCycles(), INVOKE_GPT_STORE);
            store.setSlot(gpt, slot, new Cap(CapType.GPT, child, 0, 0, 64, 0));
            int childL2v = store.l2v(child);
            slot = (int) (offset >>> childL2v);
            offset &= (1L << childL2v) - 1;
            gpt = child;
            l2v = childL2v;
        }
        if (!allocate(actor, bank)) {
            return false;
        }
        int page = store.newPage();
        machine.invokeKernelObject(actor, cost.capStorePathCycles(), INVOKE_GPT_STORE);
        store.setSlot(gpt, slot, new Cap(CapType.PAGE, page, 0, 0, 64, 0));
        return true;
    }
}
