package coyotos.studio.sim.image;

/**
 * An endpoint (spec §5.3 "Endpoints"): the process that receives messages sent to it, the {@code pm} bit
 * (payload match: an entry capability whose protected payload differs from the endpoint's is invoked as if it
 * were Null), the endpoint's own protected payload (32 bits, obstore/Endpoint.h) and the endpoint id. With pm set
 * the kernel increments the endpoint's payload after each message it delivers, fault upcalls included
 * (kern_Process.c, proc_do_upcall and the send phase of invocation).
 */
public record Endpoint(String id, String recipient, boolean pm, long endpointId, long protectedPayload) {
    public Endpoint {
        if (protectedPayload < 0 || protectedPayload > Capability.PAYLOAD_LIMIT) {
            throw new IllegalArgumentException("endpoint " + id + ": protected payload must fit in 32 bits");
        }
    }

    /** An endpoint with protected payload 0. */
    public Endpoint(String id, String recipient, boolean pm, long endpointId) {
        this(id, recipient, pm, endpointId, 0);
    }
}
