package coyotos.studio.mkimage.internal.image;

import coyotos.studio.mkimage.internal.ast.Pos;

/** An endpoint (sys/obstore/Endpoint.h). A bank's endpoint belongs to that bank: its entry capabilities are the bank's. */
public final class Endpoint extends ImageObject {
    public boolean pm;
    public long protPayload;
    public long endpointId;
    public Cap recipient = Cap.NULL;
    /** The bank this endpoint implements, or null for an ordinary endpoint. */
    Bank ofBank;

    Endpoint(long oid, Bank bank, Pos origin) {
        super(oid, bank, origin);
    }

    public Bank ofBank() {
        return ofBank;
    }

    public void copyFrom(Endpoint other) {
        pm = other.pm;
        protPayload = other.protPayload;
        endpointId = other.endpointId;
        recipient = other.recipient;
    }

    @Override
    public String kind() {
        return "Endpoint";
    }
}
