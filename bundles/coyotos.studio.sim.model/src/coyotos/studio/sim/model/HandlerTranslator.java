package coyotos.studio.sim.model;

import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.Compute;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.ForwardFault;
import coyotos.studio.model.HandlerAction;
import coyotos.studio.model.Invoke;
import coyotos.studio.model.Loop;
import coyotos.studio.model.MapFreshPage;
import coyotos.studio.model.Process;
import coyotos.studio.model.Receive;
import coyotos.studio.model.RefuseFault;
import coyotos.studio.model.Touch;
import coyotos.studio.model.Workload;
import coyotos.studio.model.validation.ReceiveLoops;
import coyotos.studio.model.Yield;
import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.ActivationConfig;
import coyotos.studio.sim.image.ActivationDesign;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.image.ProgramSpace;
import coyotos.studio.sim.image.Region;
import coyotos.studio.sim.image.ServerBehavior;
import coyotos.studio.sim.image.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Handler behaviour of the model → simulator: receive-loop processes become a {@link ServerBehavior}, activation
 * handlers an {@link ActivationConfig}, and handler actions a {@link FaultAction}.
 *
 * <p>Why a receiver becomes a ServerBehavior rather than a workload: in the simulator a fault message is run
 * to completion by the receiving server (the kernel hands it the CPU, §3.3 Exception Handling), and only a
 * server can be the recipient of a delivered fault or call. The model's receive loop says the same thing:
 * "wait, handle, reply, wait again". So the steps of the loop body other than Receive are the work done per
 * message: touches become the per-message touches (the handler's code and stack, which is what makes an
 * address-space switch cost TLB refills, §7 scenario 1), computes add up to the per-message user cycles.
 */
final class HandlerTranslator {
    private final Problems problems;
    private final CapabilityTranslator caps;
    private final WorkloadTranslator steps;

    HandlerTranslator(Problems problems, CapabilityTranslator caps, WorkloadTranslator steps) {
        this.problems = problems;
        this.caps = caps;
        this.steps = steps;
    }

    /**
     * A process receives when it has handler actions, a Receive step, or starts RECEIVING: the same three
     * signs the validation rule COY-ENDPOINT-NEVER-RECEIVES accepts.
     */
    static boolean isReceiver(Process p) {
        return !p.getHandlerActions().isEmpty() || p.getRunState() == coyotos.studio.model.RunState.RECEIVING
                || (p.getWorkload() != null && ReceiveLoops.containsReceive(p.getWorkload().getSteps()));
    }

    ServerBehavior server(Process p) {
        List<Step.Touch> touches = new ArrayList<>();
        long compute = 0;
        Workload w = p.getWorkload();
        List<coyotos.studio.model.Step> body = w == null ? List.of() : w.getSteps();
        if (body.size() == 1 && body.get(0) instanceof Loop l) {
            // The simulated server serves for as long as messages come; a bounded loop only matters when
            // more messages arrive than the count, which the simulator does not model.
            body = l.getSteps();
        }
        String shape = w == null ? null : ReceiveLoops.problem(w);
        if (shape != null) {
            // COY-WORKLOAD-RECEIVE-MIXED: the other steps would silently not run.
            problems.error(w, "the workload of receiver " + Problems.label(p) + " " + shape + "; only the work after "
                    + "its Receive would run, once per message.");
        }
        boolean receive = false;
        for (coyotos.studio.model.Step s : body) {
            switch (s) {
                case Receive r -> receive = true;
                case Touch t -> {
                    Step.Touch st = steps.touch(t);
                    if (st != null) {
                        touches.add(st);
                    }
                }
                case Compute c -> compute += Math.max(0, c.getCycles());
                case Yield y -> {
                    // A server runs each message to completion; yielding inside that changes nothing simulated.
                }
                case Invoke i -> problems.warning(i, "invocations inside a receive loop are not simulated: the "
                        + "simulator's server only touches memory and computes per message.");
                default -> problems.error(s, "a receive loop of " + Problems.label(p) + " may only hold Receive, "
                        + "Touch, Compute and Yield steps (it is simulated as a server, one pass per message).");
            }
        }
        if (w != null && !body.isEmpty() && !receive) {
            problems.error(w, "the workload of receiver " + Problems.label(p) + " must be [Receive, ...] or one Loop "
                    + "around its Receive: other work of a receiver is not simulated.");
        }
        if (w == null || body.isEmpty()) {
            problems.info(p, "no receive loop: simulated as a server that does no work of its own per message "
                    + "(no code or stack touches, so no TLB refill for them). Add Loop{Receive, Touch...} to model it.");
        }
        FaultAction onFault = action(p, p.getHandlerActions(), false);
        // The stack is what the handler writes per message: the model has no stack region for a server.
        long stackBytes = touches.stream().filter(t -> t.access() == Access.WRITE).mapToLong(Step.Touch::length).sum();
        return new ServerBehavior(touches, compute, onFault, stackBytes);
    }

    ActivationConfig activation(Process p, ActivationHandler a) {
        if (a.getCode() == null || a.getStack() == null) {
            problems.error(a, "an activation handler (what-if, draft 0.5) needs a code region and a stack region: it "
                    + "runs on its own stack, and faults on its code or stack go to the process handler.");
            return null;
        }
        Region code = region(a.getCode());
        Region stack = region(a.getStack());
        if (code == null || stack == null) {
            return null;
        }
        if (stack.length() == 0) {
            // COY-ACTIVATION-STACK: the handler runs on its own stack, and the kernel writes its frame there.
            problems.error(a.getStack(), "the activation stack is 0 bytes: the kernel has nowhere to write the "
                    + "activation frame (§3.3). Give the stack a size.");
            return null;
        }
        if (!code.contains(a.getEntryPC())) {
            problems.warning(a, "entry PC 0x" + Long.toHexString(a.getEntryPC()) + " lies outside its code region; "
                    + "the simulator runs the code region regardless.");
        }
        List<Region> handles = new ArrayList<>();
        for (coyotos.studio.model.Region r : a.getHandles()) {
            Region t = region(r);
            if (t != null) {
                handles.add(t);
            }
        }
        FaultAction action = action(p, a.getActions(), true);
        // The model has no per-fault handler cycles; user work of the handler is then only its code/stack
        // touches, the same as a server without Compute steps.
        // What-if (draft 0.5 or the seed thread's design): the model puts the save area at the top of the stack.
        return new ActivationConfig(ActivationDesign.of(a.getDesign().getLiteral()), code, stack,
                ActivationConfig.defaultSaveArea(stack), handles, 0, action);
    }

    /**
     * The activation handler of a process that runs program image {@code path} (what-if: the simulator's
     * register-level convention, {@code coyotos.studio.sim.kernel.ProgramActivation}). What the convention needs:
     * an entry PC in a page the image maps, and a stack region in user space large enough for the register save
     * area at its top. Its handles and actions are not used: the program's own code decides. Null after an error.
     */
    ActivationConfig programActivation(Process p, ActivationHandler a, ProgramSpace space, String path) {
        String who = "the activation handler (what-if) of process '" + p.getName() + "'";
        if (a.getStack() == null) {
            problems.error(a, who + " needs a stack region: the kernel saves the faulting registers in its top "
                    + ActivationConfig.REGISTER_SAVE_AREA_BYTES + " bytes and starts the handler with ESP there.");
            return null;
        }
        Region stack = region(a.getStack());
        if (stack == null) {
            return null;
        }
        boolean ok = true;
        if (stack.length() < ActivationConfig.REGISTER_SAVE_AREA_BYTES) {
            problems.error(a.getStack(), String.format("%s has a %d-byte stack; the register save area alone takes "
                    + "%d bytes.", who, stack.length(), ActivationConfig.REGISTER_SAVE_AREA_BYTES));
            ok = false;
        } else if (stack.start() < 0 || stack.start() + stack.length() > ProgramSpace.USER_LIMIT) {
            problems.error(a.getStack(), String.format("%s has its stack [0x%x, 0x%x) outside user space (below "
                    + "0x%x, vm_valid_uva): the save area must be user memory.", who, stack.start(),
                    stack.start() + stack.length(), ProgramSpace.USER_LIMIT));
            ok = false;
        }
        long entry = a.getEntryPC();
        if (!space.maps(entry)) {
            problems.error(a, String.format("%s has its entry PC 0x%x outside every segment of program image '%s'.",
                    who, entry, path));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        long area = ActivationConfig.registerSaveArea(stack);
        if (!space.maps(area) || !space.maps(area + ActivationConfig.REGISTER_SAVE_AREA_BYTES - 1)) {
            problems.info(a, String.format("%s has its save area at 0x%x, where program image '%s' maps no page: "
                    + "each fault is ActivationFail (48) for the process handler until something maps it.", who,
                    area, path));
        }
        if (!a.getHandles().isEmpty() || !a.getActions().isEmpty()) {
            problems.warning(a, who + " runs the program's code at its entry PC: its handled regions and actions "
                    + "are not used.");
        }
        Region code = a.getCode() == null ? null : region(a.getCode());
        if (code != null && !code.contains(entry)) {
            problems.warning(a, String.format("%s has its entry PC 0x%x outside its code region.", who, entry));
        }
        return ActivationConfig.forProgram(ActivationDesign.of(a.getDesign().getLiteral()), entry, code, stack);
    }

    private Region region(coyotos.studio.model.Region r) {
        if (r.getSize() < 0) {
            problems.error(r, "region size " + r.getSize() + " is negative.");
            return null;
        }
        return new Region(r.getStart(), r.getSize());
    }

    /**
     * The first action decides; the simulator has no "try the next one". An activation handler that cannot
     * repair gives the fault to the process handler (draft 0.5 §3.3.1, a what-if), so Refuse and a Forward to the
     * process's own handler both translate to that escalation.
     */
    private FaultAction action(Process p, List<HandlerAction> actions, boolean activation) {
        if (actions.isEmpty()) {
            if (activation) {
                problems.warning(p.getActivationHandler(), "has no actions: every fault it takes escalates to "
                        + "the process handler.");
            }
            return FaultAction.refuse();
        }
        for (HandlerAction extra : actions.subList(1, actions.size())) {
            problems.warning(extra, "only the first handler action is simulated; this one is never tried.");
        }
        HandlerAction a = actions.get(0);
        return switch (a) {
            case MapFreshPage m -> {
                if (m.getSlot() != -1) {
                    problems.warning(m, "slot " + m.getSlot() + " is not simulated: the simulator stores the page "
                            + "into the slot the faulting address selects (slot -1).");
                }
                String bank = caps.target(m, m.getBank(), "space bank");
                // No GPT: a pager for several clients maps into whichever space faulted (FaultAction).
                String gpt = m.getGpt() == null ? null : caps.target(m, m.getGpt(), "GPT");
                yield bank == null || (m.getGpt() != null && gpt == null) ? FaultAction.refuse()
                        : FaultAction.mapFreshPage(gpt, bank);
            }
            case RefuseFault r -> FaultAction.refuse();
            case ForwardFault f -> forward(p, f, activation);
            default -> {
                problems.error(a, "the simulator has no " + a.eClass().getName() + " action.");
                yield FaultAction.refuse();
            }
        };
    }

    /** The simulator forwards through the handler's own handler slot (§3.3): the two must name the same endpoint. */
    private FaultAction forward(Process p, ForwardFault f, boolean activation) {
        String to = caps.target(f, f.getTo(), "endpoint");
        if (to == null) {
            return FaultAction.refuse();
        }
        boolean viaHandlerSlot = p.getHandler() instanceof EntryCapability e && e.getTarget() == f.getTo();
        if (!viaHandlerSlot) {
            problems.error(f, "forwards to " + Problems.label(f.getTo()) + ", but the simulator forwards a fault "
                    + "through the process's handler slot, which names another endpoint. Point the handler slot of "
                    + Problems.label(p) + " at it.");
            return FaultAction.refuse();
        }
        return activation ? FaultAction.refuse() : FaultAction.forward();
    }
}
