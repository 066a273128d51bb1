package coyotos.studio.sim.image;

/**
 * A space bank pages and GPTs are allocated from; {@code limitObjects == 0} means unlimited. In Coyotos the space
 * bank is a user process, not a kernel object: the simulator runs one for each bank, in a space of its own, and an
 * allocation is an IPC round trip to it. {@code name} is the bank's own name (or null); {@link #processName()} is
 * how results name its process.
 */
public record SpaceBank(String id, long limitObjects, String name) {
    private static final java.util.regex.Pattern SAYS_BANK =
            java.util.regex.Pattern.compile("\\bbank\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    public SpaceBank {
        name = name == null || name.isBlank() ? id : name;
    }

    public SpaceBank(String id, long limitObjects) {
        this(id, limitObjects, null);
    }

    /**
     * The bank's process as threads, bars and the Trace name it: "space bank" before the bank's name, unless that
     * name already says it is a bank (a bank named "bank" runs as "bank", not "space bank bank").
     */
    public String processName() {
        return SAYS_BANK.matcher(name).find() ? name : "space bank " + name;
    }
}
