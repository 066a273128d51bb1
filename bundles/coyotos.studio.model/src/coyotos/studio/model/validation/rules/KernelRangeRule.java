package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** User addresses at or above 0xC0000000 on IA-32. */
public final class KernelRangeRule extends AbstractRule {

    public KernelRangeRule() {
        super("COY-ADDRESS-KERNEL-RANGE", ERROR, "IA-32 port (sys/arch/i386): the kernel keeps [0xC0000000, 4G); user addresses lie below");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        if (m.system().getArchitecture() != Architecture.IA32) {
            return;
        }
        for (Process p : m.processes()) {
            if (p.isSetFaultInfo() && p.getFaultCode() == FaultCode.STARTUP && high(p.getFaultInfo(), 1)) {
                r.report(this, p, "The initial PC of " + Labels.of(p) + " is in the kernel range. Use an address below 0xC0000000.");
            }
            if (p.getWorkload() != null) {
                for (Touch t : ModelIndex.touches(p.getWorkload().getSteps())) {
                    if (high(t.getStart(), Math.max(1, t.getLength()))) {
                        r.report(this, t, Labels.of(t) + " reaches the kernel range [0xC0000000, 4G). Keep user accesses below 0xC0000000.");
                    }
                }
            }
            ActivationHandler ah = p.getActivationHandler();
            if (ah != null) {
                List<Region> regions = new ArrayList<>(ah.getHandles());
                regions.add(ah.getStack());
                regions.add(ah.getCode());
                for (Region reg : regions) {
                    if (reg != null && high(reg.getStart(), Math.max(1, reg.getSize()))) {
                        r.report(this, reg, Labels.of(reg) + " reaches the kernel range [0xC0000000, 4G). Keep it below 0xC0000000.");
                    }
                }
            }
        }
    }

    private static boolean high(long start, long length) {
        long end = start + length - 1;
        return Long.compareUnsigned(start, ModelIndex.IA32_KERNEL_BASE) >= 0
                || Long.compareUnsigned(end, ModelIndex.IA32_KERNEL_BASE) >= 0 || Long.compareUnsigned(end, start) < 0;
    }
}
