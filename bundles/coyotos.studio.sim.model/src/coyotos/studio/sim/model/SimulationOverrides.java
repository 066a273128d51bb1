package coyotos.studio.sim.model;

/**
 * What a caller (CLI option, launch configuration) changes over the model's simulation setup; null = keep
 * the model's value. {@code maxSeconds} bounds the run's wall-clock time (null: the simulator's default);
 * {@code kernel} is a kernel variant id ({@code coyotos-2007}, {@code eros-design}).
 * Both callers read their text fields with {@link #fromText}, so a value means the same everywhere.
 */
public record SimulationOverrides(String profile, Long seed, Long maxCycles, Long maxEvents, Long maxSeconds,
        String kernel) {
    public static final SimulationOverrides NONE = new SimulationOverrides(null, null, null, null, null, null);

    /** Without a wall-clock bound or a kernel variant of its own. */
    public SimulationOverrides(String profile, Long seed, Long maxCycles, Long maxEvents) {
        this(profile, seed, maxCycles, maxEvents, null, null);
    }

    /** Without a kernel variant of its own. */
    public SimulationOverrides(String profile, Long seed, Long maxCycles, Long maxEvents, Long maxSeconds) {
        this(profile, seed, maxCycles, maxEvents, maxSeconds, null);
    }

    public SimulationOverrides withProfile(String p) {
        return new SimulationOverrides(p, seed, maxCycles, maxEvents, maxSeconds, kernel);
    }

    public SimulationOverrides withSeed(Long s) {
        return new SimulationOverrides(profile, s, maxCycles, maxEvents, maxSeconds, kernel);
    }

    public SimulationOverrides withLimits(Long cycles, Long events) {
        return new SimulationOverrides(profile, seed, cycles, events, maxSeconds, kernel);
    }

    public SimulationOverrides withMaxSeconds(Long seconds) {
        return new SimulationOverrides(profile, seed, maxCycles, maxEvents, seconds, kernel);
    }

    /** A kernel variant id, or null for the model's own. */
    public SimulationOverrides withKernel(String k) {
        return new SimulationOverrides(profile, seed, maxCycles, maxEvents, maxSeconds, k == null || k.isBlank() ? null : k);
    }

    /**
     * Overrides from text fields; a blank field keeps the model's value. Numbers are decimal (leading zeros are
     * just zeros: "010" is ten) or hexadecimal with 0x, and may group digits with '_'. The seed may be any long;
     * limits must be positive.
     *
     * @throws IllegalArgumentException with a message that names the field and says what would be right
     */
    public static SimulationOverrides fromText(String profile, String seed, String maxCycles, String maxEvents,
            String maxSeconds) {
        String p = profile == null || profile.isBlank() ? null : profile.trim();
        return new SimulationOverrides(p, number("Seed", seed, false), number("Max cycles", maxCycles, true),
                number("Max events", maxEvents, true), number("Max seconds", maxSeconds, true));
    }

    /** A whole number as {@link #fromText} reads it, or null for a blank text. */
    public static Long number(String what, String text, boolean positive) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().replace("_", "");
        boolean negative = t.startsWith("-");
        String digits = negative || t.startsWith("+") ? t.substring(1) : t;
        long value;
        try {
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                long magnitude = Long.parseUnsignedLong(digits.substring(2), 16);
                value = negative ? -magnitude : magnitude;
            } else if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                // parsed with its sign: Long.MIN_VALUE has no positive counterpart to negate
                value = Long.parseLong(negative ? "-" + digits : digits);
            } else {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text.trim() + "' is not a whole number (decimal, or "
                    + "hexadecimal with 0x).");
        }
        if (positive && value <= 0) {
            throw new IllegalArgumentException(what + " must be greater than 0, not " + text.trim() + ".");
        }
        return value;
    }
}
