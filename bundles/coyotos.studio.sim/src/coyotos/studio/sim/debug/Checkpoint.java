package coyotos.studio.sim.debug;

import java.lang.reflect.Array;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every mutable value of a kernel at a step boundary, saved by walking its objects ({@link StateLayout}) and put
 * back into the same objects on {@link #restore()}: the "snapshot" half of time travel by snapshot and replay. The
 * kernel is deterministic, so restoring a checkpoint and running the same steps again gives the same events.
 *
 * <p>A checkpoint keeps the kernel's objects themselves and writes their fields back, so nothing is allocated on
 * restore and final fields are never written (they cannot change). Saved values that did not change since the
 * previous checkpoint are the previous checkpoint's own, so a checkpoint costs what changed (page tables, TLB, the
 * touched GPTs); {@link #values()} and {@link #sizeOf} let the {@link Timeline} count each shared value once.
 */
final class Checkpoint {
    /** Header and length of an array, or header of an object, as a 64-bit JVM lays them out (an estimate). */
    private static final int HEADER = 16;

    /** Saved fields of one object. */
    private record Fields(long[] primitives, Object[] references) {
    }

    private record ListState(Object[] elements) {
    }

    private record MapState(Object[] keys, Object[] values) {
    }

    private final IdentityHashMap<Object, Object> saved = new IdentityHashMap<>();

    private Checkpoint() {
    }

    /** The state reachable from {@code root}; values equal to {@code previous}'s are shared with it. */
    static Checkpoint capture(Object root, Checkpoint previous) {
        Checkpoint c = new Checkpoint();
        c.walk(root, previous == null ? new IdentityHashMap<>() : previous.saved);
        return c;
    }

    /** The saved values (several checkpoints may hold the same one). */
    Collection<Object> values() {
        return saved.values();
    }

    int objects() {
        return saved.size();
    }

    /** Estimated bytes of one saved value, as a 64-bit JVM lays it out. */
    static long sizeOf(Object value) {
        return switch (value) {
            case Fields f -> HEADER * 3 + f.primitives.length * 8L + f.references.length * 8L;
            case ListState l -> HEADER * 2 + l.elements.length * 8L;
            case MapState m -> HEADER * 3 + (m.keys.length + m.values.length) * 8L;
            default -> {
                Class<?> t = value.getClass().getComponentType();
                int width = t == long.class || t == double.class || !t.isPrimitive() ? 8
                        : t == int.class || t == float.class ? 4 : t == short.class || t == char.class ? 2 : 1;
                yield HEADER + (long) Array.getLength(value) * width;
            }
        };
    }

    private void walk(Object root, IdentityHashMap<Object, Object> before) {
        ArrayDeque<Object> todo = new ArrayDeque<>();
        ArrayDeque<String> where = new ArrayDeque<>();
        todo.push(root);
        where.push("the kernel");
        try {
            while (!todo.isEmpty()) {
                Object o = todo.pop();
                String at = where.pop();
                if (saved.containsKey(o) || StateLayout.opaque(o.getClass())) {
                    continue;
                }
                Object prev = before.get(o);
                Class<?> c = o.getClass();
                if (c.isArray()) {
                    saved.put(o, array(o, prev));
                    if (o instanceof Object[] a) {
                        for (Object e : a) {
                            push(todo, where, e, at);
                        }
                    }
                } else if (o instanceof List<?> list) {
                    Object[] elements = list.toArray();
                    saved.put(o, prev instanceof ListState p && sameRefs(p.elements, elements) ? prev
                            : new ListState(elements));
                    for (Object e : elements) {
                        push(todo, where, e, at);
                    }
                } else if (o instanceof Map<?, ?> map) {
                    Object[] keys = map.keySet().toArray();
                    Object[] values = map.values().toArray();
                    saved.put(o, prev instanceof MapState p && sameRefs(p.keys, keys) && sameRefs(p.values, values)
                            ? prev : new MapState(keys, values));
                    for (int i = 0; i < keys.length; i++) {
                        push(todo, where, keys[i], at);
                        push(todo, where, values[i], at);
                    }
                } else if (StateLayout.jdk(c)) {
                    throw StateLayout.unsupported(o, at);
                } else {
                    StateLayout.Fields layout = StateLayout.layout(c);
                    long[] prims = new long[layout.primitives.length];
                    for (int i = 0; i < prims.length; i++) {
                        prims[i] = StateLayout.readPrimitive(layout.primitives[i], o);
                    }
                    Object[] refs = new Object[layout.references.length];
                    for (int i = 0; i < refs.length; i++) {
                        refs[i] = layout.references[i].get(o);
                        if (layout.follow[i]) {
                            push(todo, where, refs[i], layout.references[i].getName());
                        }
                    }
                    saved.put(o, prev instanceof Fields p && Arrays.equals(p.primitives, prims)
                            && sameRefs(p.references, refs) ? prev : new Fields(prims, refs));
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the kernel's state: " + e.getMessage(), e);
        }
    }

    private static void push(ArrayDeque<Object> todo, ArrayDeque<String> where, Object o, String at) {
        if (o != null) {
            todo.push(o);
            where.push(at);
        }
    }

    /** A copy of the array, or the previous checkpoint's copy when the contents are the same. */
    private Object array(Object a, Object prev) {
        int n = Array.getLength(a);
        if (prev != null && prev.getClass() == a.getClass() && equalArrays(a, prev)) {
            return prev;
        }
        Object copy = Array.newInstance(a.getClass().getComponentType(), n);
        System.arraycopy(a, 0, copy, 0, n);
        return copy;
    }

    private static boolean equalArrays(Object a, Object b) {
        return switch (a) {
            case long[] x -> Arrays.equals(x, (long[]) b);
            case int[] x -> Arrays.equals(x, (int[]) b);
            case byte[] x -> Arrays.equals(x, (byte[]) b);
            case boolean[] x -> Arrays.equals(x, (boolean[]) b);
            case short[] x -> Arrays.equals(x, (short[]) b);
            case char[] x -> Arrays.equals(x, (char[]) b);
            case double[] x -> Arrays.equals(x, (double[]) b);
            case float[] x -> Arrays.equals(x, (float[]) b);
            case Object[] x -> sameRefs(x, (Object[]) b);
            default -> false;
        };
    }

    private static boolean sameRefs(Object[] a, Object[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** Puts every saved value back into the object it was read from. */
    @SuppressWarnings("unchecked")
    void restore() {
        try {
            for (Map.Entry<Object, Object> e : saved.entrySet()) {
                Object o = e.getKey();
                Object state = e.getValue();
                if (o.getClass().isArray()) {
                    System.arraycopy(state, 0, o, 0, Array.getLength(o));
                } else if (state instanceof ListState s) {
                    List<Object> list = (List<Object>) o;
                    if (!sameRefs(list.toArray(), s.elements)) {
                        list.clear();
                        list.addAll(Arrays.asList(s.elements));
                    }
                } else if (state instanceof MapState s) {
                    Map<Object, Object> map = (Map<Object, Object>) o;
                    if (!sameRefs(map.keySet().toArray(), s.keys) || !sameRefs(map.values().toArray(), s.values)) {
                        Map<Object, Object> entries = new LinkedHashMap<>();
                        for (int i = 0; i < s.keys.length; i++) {
                            entries.put(s.keys[i], s.values[i]);
                        }
                        map.clear();
                        map.putAll(entries);
                    }
                } else {
                    Fields f = (Fields) state;
                    StateLayout.Fields layout = StateLayout.layout(o.getClass());
                    for (int i = 0; i < f.primitives.length; i++) {
                        if (!layout.primitiveFinal[i]) {
                            StateLayout.writePrimitive(layout.primitives[i], o, f.primitives[i]);
                        }
                    }
                    for (int i = 0; i < f.references.length; i++) {
                        if (!layout.referenceFinal[i]) {
                            layout.references[i].set(o, f.references[i]);
                        }
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot restore the kernel's state: " + e.getMessage(), e);
        }
    }
}
