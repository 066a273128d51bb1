package coyotos.studio.sim.memory;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.SystemImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** String id to index, per object kind, in image order; converts image capabilities to run-time ones. */
public final class ObjectIndex {
    private final Map<CapType, Map<String, Integer>> byKind = new HashMap<>();

    public ObjectIndex(SystemImage image) {
        put(CapType.PROCESS, image.processes(), p -> p.id());
        put(CapType.GPT, image.gpts(), g -> g.id());
        put(CapType.PAGE, image.pages(), p -> p.id());
        put(CapType.CAP_PAGE, image.capPages(), p -> p.id());
        put(CapType.ENDPOINT, image.endpoints(), e -> e.id());
        byKind.put(CapType.ENTRY, byKind.get(CapType.ENDPOINT));
        put(CapType.SPACE_BANK, image.banks(), b -> b.id());
    }

    private <T> void put(CapType kind, List<T> list, Function<T, String> id) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            m.put(id.apply(list.get(i)), i);
        }
        byKind.put(kind, m);
    }

    /** Index of the object of that kind, or -1. */
    public int index(CapType kind, String id) {
        Map<String, Integer> m = byKind.get(kind);
        Integer i = m == null || id == null ? null : m.get(id);
        return i == null ? -1 : i;
    }

    public Cap resolve(Capability c) {
        if (c == null || c.isNull()) {
            return Cap.NULL;
        }
        int target = c.type().isWindow() ? -1 : index(c.type(), c.target());
        return new Cap(c.type(), target, c.restrictions(), c.guardMatch(), c.l2g(), c.payload(), c.offset(),
                c.windowSlot());
    }
}
