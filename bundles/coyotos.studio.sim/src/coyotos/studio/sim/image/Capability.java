package coyotos.studio.sim.image;

import java.util.Objects;

/**
 * A capability as a value (spec §2): what it designates ({@code target} is the string id of the object),
 * its restrictions (kernel encoding, {@link Restrictions}), and for memory capabilities the guard
 * ({@code guardMatch}, {@code l2g}). Entry capabilities carry protected payload in {@code payload}; window
 * capabilities carry the {@code offset} they add to the remaining address and, for a local window, the
 * {@code windowSlot} of the containing GPT translation continues through (spec §4.3.1; the kernel keeps that slot
 * in the capability's allocCount field, obstore/capability.h).
 *
 * <p>{@code l2g == 64} means "no guard": every address matches and none of its bits are consumed.
 */
public record Capability(CapType type, String target, int restrictions, long guardMatch, int l2g, long payload,
        long offset, int windowSlot) {

    public static final int NO_GUARD = 64;
    /** The kernel's guard match field is 24 bits wide (obstore/capability.h: CAP_MATCH_WIDTH). */
    public static final int MATCH_BITS = 24;
    /** Protected payloads are 32 bits (obstore/capability.h: u1.protPayload, obstore/Endpoint.h). */
    public static final long PAYLOAD_LIMIT = 0xFFFF_FFFFL;
    public static final Capability NULL = new Capability(CapType.NULL, null, 0, 0, NO_GUARD, 0);

    public Capability {
        Objects.requireNonNull(type, "type");
        if (type != CapType.NULL && !type.isWindow() && (target == null || target.isEmpty())) {
            throw new IllegalArgumentException(type + " capability needs a target id");
        }
        if ((restrictions & ~Restrictions.ALL) != 0) {
            throw new IllegalArgumentException("restrictions must fit in 5 bits (kernel encoding): " + restrictions);
        }
        if (l2g < 0 || l2g > NO_GUARD) {
            throw new IllegalArgumentException("l2g must be 0..64: " + l2g);
        }
        if (guardMatch < 0 || guardMatch >= (1L << MATCH_BITS)) {
            throw new IllegalArgumentException("guard match must fit in " + MATCH_BITS + " bits: " + guardMatch);
        }
        if (l2g < NO_GUARD && l2g > 0 && (guardMatch >>> (64 - l2g)) != 0) {
            throw new IllegalArgumentException("guard match does not fit above l2g " + l2g + ": " + guardMatch);
        }
        if (payload < 0 || payload > PAYLOAD_LIMIT) {
            throw new IllegalArgumentException("protected payload must fit in 32 bits: " + payload);
        }
        if (windowSlot < 0 || windowSlot >= Gpt.SLOTS) {
            throw new IllegalArgumentException("window slot must be 0..15: " + windowSlot);
        }
    }

    /** A capability without window fields. */
    public Capability(CapType type, String target, int restrictions, long guardMatch, int l2g, long payload) {
        this(type, target, restrictions, guardMatch, l2g, payload, 0, 0);
    }

    public static Capability page(String id) {
        return new Capability(CapType.PAGE, id, 0, 0, NO_GUARD, 0);
    }

    public static Capability capPage(String id) {
        return new Capability(CapType.CAP_PAGE, id, 0, 0, NO_GUARD, 0);
    }

    public static Capability gpt(String id) {
        return new Capability(CapType.GPT, id, 0, 0, NO_GUARD, 0);
    }

    /**
     * A background window: translation continues in slot 14 of the innermost GPT with bg on the path, at
     * {@code offset} (spec §4.3.1; kern_MemWalk.c). The target is informational.
     */
    public static Capability backgroundWindow(String id, long offset) {
        return new Capability(CapType.BACKGROUND_WINDOW, id, 0, 0, NO_GUARD, 0, offset, 0);
    }

    /** A background window at offset 0. */
    public static Capability backgroundWindow(String id) {
        return backgroundWindow(id, 0);
    }

    /** A local window: translation continues through {@code slot} of the GPT holding it, at {@code offset}. */
    public static Capability localWindow(String id, int slot, long offset) {
        return new Capability(CapType.LOCAL_WINDOW, id, 0, 0, NO_GUARD, 0, offset, slot);
    }

    /** An entry capability to an endpoint, carrying protected payload (§5.3 Endpoints). */
    public static Capability entry(String endpointId, long protectedPayload) {
        return new Capability(CapType.ENTRY, endpointId, 0, 0, NO_GUARD, protectedPayload);
    }

    public static Capability endpoint(String endpointId) {
        return new Capability(CapType.ENDPOINT, endpointId, 0, 0, NO_GUARD, 0);
    }

    public static Capability process(String processId) {
        return new Capability(CapType.PROCESS, processId, 0, 0, NO_GUARD, 0);
    }

    public static Capability spaceBank(String bankId) {
        return new Capability(CapType.SPACE_BANK, bankId, 0, 0, NO_GUARD, 0);
    }

    /** Guard: the bits of an address above {@code l2g} must equal {@code match} (§4.3.1). */
    public Capability withGuard(long match, int l2g) {
        return new Capability(type, target, restrictions, match, l2g, payload, offset, windowSlot);
    }

    public Capability withRestrictions(int r) {
        return new Capability(type, target, r, guardMatch, l2g, payload, offset, windowSlot);
    }

    public boolean isNull() {
        return type == CapType.NULL;
    }
}
