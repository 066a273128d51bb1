package coyotos.studio.sim.image;

/**
 * A space bank pages and GPTs are allocated from; {@code limitObjects == 0} means unlimited. In Coyotos the space
 * bank is a user process, not a kernel object: the simulator runs one for each bank, in a space of its own, and an
 * allocation is an IPC round trip to it. {@code name} is how results name that process.
 */
public record SpaceBank(String id, long limitObjects, String name) {
    public SpaceBank {
        name = name == null || name.isBlank() ? "space bank " + id : name;
    }

    public SpaceBank(String id, long limitObjects) {
        this(id, limitObjects, null);
    }
}
