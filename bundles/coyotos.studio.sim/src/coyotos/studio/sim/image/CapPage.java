package coyotos.studio.sim.image;

/** A page of 16-byte capabilities (spec §4.2); data references into it fault with DataAccessTypeError. */
public record CapPage(String id) {
}
