package coyotos.studio.sweep.model;

import java.util.Arrays;
import java.util.List;

/**
 * The fault-handler designs the seed thread compares, as values of the design axis. Each is one wiring of the
 * same parts (see {@link DesignRewiring}).
 */
public enum HandlerDesign {
    /** A pager process in its own address space, named by the process's handler slot (spec §3.3). */
    EXTERNAL_OWN_SPACE("external-own-space", "external handler, own space"),
    /** The same pager living in the faulting process's address space. */
    EXTERNAL_SHARED_SPACE("external-shared-space", "external handler, shared space"),
    /** The pager named by slot 15 of a GPT with {@code ha} on the process's space (spec §4.3). */
    MEMORY_HANDLER("memory-handler", "memory handler (GPT slot 15)"),
    /**
     * An in-process activation handler: a what-if from the pre-0.6 spec draft, not a Coyotos 0.6 mechanism. Its
     * return design is the model's.
     */
    ACTIVATION("activation", "activation handler (what-if, draft spec)"),
    /** The activation handler returning as the draft before 0.6 says: in user mode, no kernel entry. */
    ACTIVATION_DRAFT("activation-draft-0.5", "activation handler, draft-0.5 return (what-if)"),
    /** The activation handler returning as the seed thread claims: one kernel entry to restore capabilities. */
    ACTIVATION_SEED("activation-seed-2007", "activation handler, seed-2007 return (what-if)");

    private final String id;
    private final String label;

    HandlerDesign(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static HandlerDesign of(String id) {
        for (HandlerDesign d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        return null;
    }

    public boolean activation() {
        return this == ACTIVATION || this == ACTIVATION_DRAFT || this == ACTIVATION_SEED;
    }

    /** The return design an activation design sets, or null to keep the model's. */
    coyotos.studio.model.ActivationDesign returnDesign() {
        return switch (this) {
            case ACTIVATION_DRAFT -> coyotos.studio.model.ActivationDesign.DRAFT_05;
            case ACTIVATION_SEED -> coyotos.studio.model.ActivationDesign.SEED_2007;
            default -> null;
        };
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(HandlerDesign::id).toList();
    }
}
