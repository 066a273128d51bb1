package coyotos.studio.sweep;

/**
 * The {@code I/N} of {@code --shard}: slice {@code index} (1-based) of {@code count} disjoint slices. Point
 * {@code p} belongs to slice {@code p mod N + 1}, so each slice gets points from every part of the sweep (the
 * large configurations at the end of a range are spread over the machines instead of landing on one).
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count);
        }
    }

    public static Shard parse(String text) throws SweepException {
        String t = text == null ? "" : text.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            throw new SweepException("--shard needs I/N (slice I of N, numbered from 1), not '" + text + "'.");
        }
        int i;
        int n;
        try {
            i = Integer.parseInt(t.substring(0, slash).trim());
            n = Integer.parseInt(t.substring(slash + 1).trim());
        } catch (NumberFormatException e) {
            throw new SweepException("--shard needs whole numbers I/N, not '" + text + "'.");
        }
        if (n < 1) {
            throw new SweepException("--shard " + text + ": N must be at least 1.");
        }
        if (i < 1 || i > n) {
            throw new SweepException("--shard " + text + ": slices are numbered 1.." + n
                    + (i == 0 ? " (a 0-based job index needs +1, e.g. $((JOB_COMPLETION_INDEX+1))/" + n + ")" : "") + ".");
        }
        return new Shard(i, n);
    }

    public boolean contains(long point) {
        return point % count == index - 1;
    }

    /** How many of {@code total} points this slice holds. */
    public long size(long total) {
        long base = total / count;
        return base + (index - 1 < total % count ? 1 : 0);
    }

    public boolean isAll() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
