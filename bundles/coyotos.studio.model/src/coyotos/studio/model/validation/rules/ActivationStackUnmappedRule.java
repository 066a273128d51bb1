package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;

import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.Page;
import coyotos.studio.model.Process;
import coyotos.studio.model.Region;
import coyotos.studio.model.validation.AbstractRule;
import coyotos.studio.model.validation.FaultPaths;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;
import coyotos.studio.model.validation.Reporter;
import coyotos.studio.model.validation.SpaceWalker;

/**
 * An activation handler whose stack is not mapped writable in its process's space. The kernel writes the activation
 * frame on that stack before it runs the handler; a fault while saving state is ActivationFail (48 in
 * Process.idl) and goes to the external handler, so every fault the handler should take escalates instead.
 */
public final class ActivationStackUnmappedRule extends AbstractRule {

    public ActivationStackUnmappedRule() {
        super("COY-ACTIVATION-STACK-UNMAPPED", ERROR, "§3.3 Exception Handling, activation design of earlier drafts: "
                + "the frame is written on the handler stack; a fault there is ActivationFail (Process.idl)");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            ActivationHandler ah = p.getActivationHandler();
            Region stack = ah == null ? null : ah.getStack();
            if (stack == null || stack.getSize() <= 0 || ModelIndex.isEmpty(p.getAddressSpace())) {
                continue; // no stack at all is COY-ACTIVATION-STACK's finding
            }
            if (ModelIndex.runsProgramImage(p)) {
                continue; // it runs in the space its program image is loaded into, which the translation checks
            }
            for (long va : FaultPaths.samples(stack.getStart(), stack.getSize(), ModelIndex.PAGE_SIZE)) {
                SpaceWalker.Walk w = m.walker().walk(p.getAddressSpace(), va);
                String why = w.fault() != null ? "is not mapped (" + w.fault() + ")"
                        : !(w.leaf() instanceof Page) ? "lands in a cap page, not a data page"
                        : w.readOnly() || w.weak() ? "is mapped " + (w.readOnly() ? "read-only" : "weak") : null;
                if (why != null) {
                    r.report(this, stack, "The stack of " + Labels.of(ah) + " " + why + " at 0x"
                            + Long.toHexString(va) + ": the kernel cannot write the activation frame there, so every "
                            + "fault would escalate as ActivationFail. Map the stack pages writable in the process's space.");
                    break;
                }
            }
        }
    }
}
