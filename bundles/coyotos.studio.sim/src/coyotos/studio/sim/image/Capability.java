package coyotos.studio.sim.image;

import java.util.Objects;

/**
 * A capability as a value (spec §2): what it designates ({@code target} is the string id of the object),
 * its restrictions, and for memory capabilities the guard ({@code guardMatch}, {@code l2g}). Entry
 * capabilities carry the endpoint's protected payload in {@code payload}.
 *
 * <p>{@code l2g == 64} means "no guard": every address matches and none of its bits are consumed.
 */
public record Capability(CapType type, String target, int restrictions, long guardMatch, int l2g, long payload) {

    public static final int NO_GUARD = 64;
    public static final Capability NULL = new Capability(CapType.NULL, null, 0, 0, NO_GUARD, 0);

    public Capability {
        Objects.requireNonNull(type, "type");
        if (type != CapType.NULL && (target == null || target.isEmpty())) {
            throw new IllegalArgumentException(type + " capability needs a target id");
        }
        if ((restrictions & ~Restrictions.ALL) != 0) {
            throw new IllegalArgumentException("restrictions must fit in 4 bits: " + restrictions);
        }
        if (l2g < 0 || l2g > NO_GUARD) {
            throw new IllegalArgumentException("l2g must be 0..64: " + l2g);
        }
        if (l2g < NO_GUARD && l2g > 0 && (guardMatch >>> (64 - l2g)) != 0) {
            throw new IllegalArgumentException("guard match does not fit above l2g " + l2g + ": " + guardMatch);
        }
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

    /** A background window: the target is informational (the GPT whose background it uses). */
    public static Capability backgroundWindow(String id) {
        return new Capability(CapType.BACKGROUND_WINDOW, id, 0, 0, NO_GUARD, 0);
    }

    /** An entry capability to an endpoint, carrying protected payload (§5 Invocation). */
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
        return new Capability(type, target, restrictions, match, l2g, payload);
    }

    public Capability withRestrictions(int r) {
        return new Capability(type, target, r, guardMatch, l2g, payload);
    }

    public boolean isNull() {
        return type == CapType.NULL;
    }
}
