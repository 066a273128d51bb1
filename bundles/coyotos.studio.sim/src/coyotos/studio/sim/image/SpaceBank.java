package coyotos.studio.sim.image;

/** A space bank pages and GPTs are allocated from; {@code limitObjects == 0} means unlimited. */
public record SpaceBank(String id, long limitObjects) {
}
