package coyotos.studio.model.io;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.EntryCapability;

/**
 * Features earlier versions of the model wrote and this one no longer has, kept so that old files load and
 * nothing the user wrote is lost.
 *
 * <p>{@code noCall} moved from entry capabilities to memory capabilities: the kernel's no-call restriction says that
 * no memory handler is called below a memory capability (Memory.idl; kern_Process.c proc_deliver_memory_fault),
 * and means nothing on an entry capability. An old {@code noCall="true"} on an entry capability is kept in the file
 * as written (saved back unchanged) and reported as a warning; it takes no part in validation or simulation.
 */
public final class ModelMigrations {

    private ModelMigrations() {
    }

    /** The warning for an unknown feature this version keeps for an earlier one, or null when it is not one. */
    static String keptFeature(EObject owner, String feature, String value) {
        if (owner instanceof EntryCapability && "noCall".equals(feature)) {
            return "noCall=\"" + value + "\" on an entry capability is kept as written but has no effect: no-call is a "
                    + "restriction of memory capabilities (Memory.idl: no memory handler is called below it). Set "
                    + "noCall on the GPT capability above the handled region instead.";
        }
        return null;
    }
}
