package coyotos.studio.sim.result;

import java.util.EnumMap;
import java.util.Map;

/** Bytes per {@link MemoryKind} at the end of a run. */
public record MemoryOverhead(Map<MemoryKind, Long> bytes) {
    public MemoryOverhead {
        bytes = Map.copyOf(new EnumMap<>(bytes));
    }

    public long get(MemoryKind k) {
        return bytes.getOrDefault(k, 0L);
    }

    public long total() {
        return bytes.values().stream().mapToLong(Long::longValue).sum();
    }
}
