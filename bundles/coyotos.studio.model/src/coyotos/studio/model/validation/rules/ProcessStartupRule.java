package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A process that starts with a fault code other than Startup or NoFault, or Startup without an initial PC. */
public final class ProcessStartupRule extends AbstractRule {

    public ProcessStartupRule() {
        super("COY-PROCESS-STARTUP", ERROR, "§3.1.1 Per-process State and kern_Process.c proc_handle_process_fault: a process starts with faultCode Startup and faultInfo = initial PC; any other code goes to its handler on first dispatch");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            FaultCode fc = p.getFaultCode();
            if (fc != FaultCode.STARTUP && fc != FaultCode.NO_FAULT) {
                r.report(this, p, Labels.of(p) + " starts with faultCode " + fc + ": it would be delivered to its handler "
                        + "before running. Use Startup (with the initial PC in faultInfo) or NoFault.");
            } else if (fc == FaultCode.STARTUP && !p.isSetFaultInfo()) {
                r.report(this, p, Labels.of(p) + " starts with faultCode Startup but no initial PC. Set faultInfo to its entry address.");
            }
        }
    }
}
