package coyotos.studio.sim.image;

/**
 * An endpoint (spec §6 "Endpoints"): the process that receives messages sent to it, the {@code pm} bit
 * (payload match, the reply-endpoint discipline) and the endpoint id.
 */
public record Endpoint(String id, String recipient, boolean pm, long endpointId) {
}
