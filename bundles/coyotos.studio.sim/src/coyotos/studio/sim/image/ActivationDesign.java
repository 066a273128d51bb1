package coyotos.studio.sim.image;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The two activation-handler designs the evidence gives. Both are what-ifs: spec 0.6 says in its preface that
 * activations were tried and removed ("activations might be lighter weight than synchronous IPC. They aren't"),
 * and the 2007 kernel has no implementation (only {@code ActivationFail = 48} in Process.idl remains).
 *
 * <ul>
 * <li>{@link #DRAFT_0_5}: the spec draft before 0.6 (§3.3.1 "Exception Delivery", §3.1.2 "Activation Save Area",
 * IA-32 annex "Activation Return"): the kernel copies PC, SP, flags, fault code and info into the user save area
 * and jumps to the entry PC; return is a user-mode sequence through a kernel-supplied stub without entering the
 * kernel; a fault while saving state goes to the external handler as ActivationFail with the original fault kept;
 * while not activated every fault goes to the in-process handler first, faults taken while activated go to the
 * external handler.</li>
 * <li>{@link #SEED_2007}: as draft 0.5, but returning must restore the capability registers, which takes one
 * kernel entry (the seed thread's claim).</li>
 * </ul>
 */
public enum ActivationDesign {
    DRAFT_0_5("draft-0.5"),
    SEED_2007("seed-2007");

    public static final ActivationDesign DEFAULT = DRAFT_0_5;

    /** How every view, report and message names an activation handler, so nobody takes it for Coyotos 0.6. */
    public static final String WHAT_IF = "what-if";

    private final String id;

    ActivationDesign(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the known designs */
    public static ActivationDesign of(String name) {
        for (ActivationDesign d : values()) {
            if (d.id.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown activation design '" + name + "'; known: "
                + Arrays.stream(values()).map(ActivationDesign::id).collect(Collectors.joining(", ")));
    }

    /** The return to normal mode enters the kernel (to restore the capability registers). */
    public boolean returnEntersKernel() {
        return this == SEED_2007;
    }

    /** "activation handler (what-if, draft-0.5)": the label every view and report uses. */
    public String label() {
        return "activation handler (" + WHAT_IF + ", " + id + ")";
    }
}
