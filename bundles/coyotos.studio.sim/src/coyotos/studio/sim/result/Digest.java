package coyotos.studio.sim.result;

/**
 * Running 64-bit hash over every event (whether or not a sink listens): equal inputs and seed give equal
 * digests, any behavioural change shows up. A multiply-xorshift mix per field, no allocation.
 */
public final class Digest {
    private long h = 0x243F6A8885A308D3L;

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    public void add(long v) {
        h = mix(h ^ v) + 0x9E3779B97F4A7C15L;
    }

    public void event(long cycle, int type, int process, int peer, long value, long detail) {
        add(cycle);
        add(((long) type << 40) ^ ((long) (process + 1) << 20) ^ (peer + 1));
        add(value);
        add(detail);
    }

    public long value() {
        return h;
    }

    public static String hex(long d) {
        return String.format("%016x", d);
    }
}
