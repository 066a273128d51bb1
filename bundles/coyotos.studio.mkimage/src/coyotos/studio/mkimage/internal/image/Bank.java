package coyotos.studio.mkimage.internal.image;

import coyotos.studio.mkimage.internal.ast.Pos;

/**
 * A space bank. A bank is reached through its endpoint: a bank capability is an entry capability to that
 * endpoint whose protected payload holds the bank's restrictions (libcoyimage CoyImage::AllocBankEndpoint).
 */
public final class Bank extends ImageObject {
    private final Bank parent;
    private final Endpoint endpoint;

    Bank(long id, Bank parent, Endpoint endpoint, Pos origin) {
        super(id, parent, origin);
        this.parent = parent;
        this.endpoint = endpoint;
        endpoint.ofBank = this;
    }

    public Bank parent() {
        return parent;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public boolean isPrime() {
        return parent == null;
    }

    /** A full-strength capability to this bank (payload 0, libcoyimage CoyImage::FullStrengthBank). */
    public Cap cap() {
        return Cap.of(CapType.ENTRY, endpoint);
    }

    @Override
    public String kind() {
        return "Bank";
    }
}
