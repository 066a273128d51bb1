package coyotos.studio.sim.debug;

import coyotos.studio.sim.result.Digest;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A 64-bit hash of every value reachable from a kernel, in a fixed order ({@link StateLayout}): equal for two
 * kernels in the same state, bit for bit, whichever objects hold it. Where the run's {@link Digest} hashes what
 * happened, this hashes where it stands now, so stepping forward and back again can be checked to return to
 * exactly the state it left. Values that never change (the image, capabilities) are hashed too, by value, and
 * objects reached twice are hashed as a reference to their first visit, so sharing is part of the state.
 */
public final class StateDigest {

    private final Digest digest = new Digest();
    private final IdentityHashMap<Object, Integer> seen = new IdentityHashMap<>();
    private final ArrayDeque<Object> todo = new ArrayDeque<>();

    private StateDigest() {
    }

    /** The digest of everything reachable from {@code root} (a {@code Kernel}), the event sink excepted. */
    public static long of(Object root) {
        StateDigest d = new StateDigest();
        d.reference(root);
        try {
            while (!d.todo.isEmpty()) {
                d.visit(d.todo.removeFirst());
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the kernel's state: " + e.getMessage(), e);
        }
        return d.digest.value();
    }

    /** Hashes a reference: null, a value, or an object (its contents when first seen, its number after). */
    private void reference(Object o) {
        if (o == null) {
            digest.add(0x6E756C6CL);
            return;
        }
        Class<?> c = o.getClass();
        if (o instanceof String s) {
            digest.add(s.hashCode() ^ ((long) s.length() << 32));
        } else if (o instanceof Enum<?> e) {
            digest.add(e.getDeclaringClass().getName().hashCode() * 31L + e.ordinal());
        } else if (o instanceof Number || o instanceof Boolean || o instanceof Character) {
            digest.add(o.hashCode());
        } else if (c.isHidden() || o instanceof Class<?>) {
            digest.add(c.isHidden() ? 0x4C414D4244414CL : ((Class<?>) o).getName().hashCode());
        } else {
            Integer n = seen.get(o);
            if (n != null) {
                digest.add(-n);
            } else {
                seen.put(o, seen.size() + 1);
                digest.add(c.getName().hashCode());
                todo.addLast(o);
            }
        }
    }

    /** Hashes an object's contents; the objects it refers to first are visited later, in the order met. */
    private void visit(Object o) throws IllegalAccessException {
        Class<?> c = o.getClass();
        if (c.isArray()) {
            int n = Array.getLength(o);
            digest.add(n);
            if (c.getComponentType().isPrimitive()) {
                for (int i = 0; i < n; i++) {
                    digest.add(primitive(Array.get(o, i)));
                }
            } else {
                for (Object e : (Object[]) o) {
                    reference(e);
                }
            }
        } else if (o instanceof List<?> list) {
            digest.add(list.size());
            for (Object e : list) {
                reference(e);
            }
        } else if (o instanceof Map<?, ?> map) {
            digest.add(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                reference(e.getKey());
                reference(e.getValue());
            }
        } else if (StateLayout.jdk(c)) {
            throw StateLayout.unsupported(o, "a kernel object");
        } else {
            for (Field f : allFields(c)) {
                if (f.getType().isPrimitive()) {
                    digest.add(StateLayout.readPrimitive(f, o));
                } else if (!StateLayout.listener(f.getType())) {
                    reference(f.get(o));
                }
            }
        }
    }

    private static long primitive(Object boxed) {
        return switch (boxed) {
            case Double d -> Double.doubleToRawLongBits(d);
            case Float f -> Float.floatToRawIntBits(f);
            case Boolean b -> b ? 1 : 0;
            case Character ch -> ch;
            case Number n -> n.longValue();
            default -> 0;
        };
    }

    /** Every instance field, records' and fixed classes' too: their values are part of the state. */
    private static List<Field> allFields(Class<?> c) {
        StateLayout.Fields layout = StateLayout.layout(c);
        List<Field> out = new java.util.ArrayList<>(List.of(layout.primitives));
        out.addAll(List.of(layout.references));
        out.removeIf(f -> Modifier.isStatic(f.getModifiers()));
        return out;
    }
}
