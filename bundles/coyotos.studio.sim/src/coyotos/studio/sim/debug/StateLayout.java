package coyotos.studio.sim.debug;

import coyotos.studio.sim.kernel.InstructionWatch;
import coyotos.studio.sim.result.EventSink;
import coyotos.studio.x86.cpu.PageMap;
import coyotos.studio.x86.cpu.X86Interpreter;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the state of a kernel is laid out in its objects, class by class: which fields hold state, and which
 * objects hold none that can change. {@link Checkpoint} and {@link StateDigest} walk a kernel with it, so a field
 * anyone adds to the simulator is checkpointed and digested without more code.
 *
 * <p>Nothing is walked into that cannot change during a run: strings, boxed numbers, enums, records (the
 * image, events, results: immutable by construction), classes whose fields are all final and hold such values
 * (a {@code Cap}), lambdas (a cancel flag), and fields declared as {@link EventSink} or {@link InstructionWatch}
 * (the listener belongs to whoever listens, not to the kernel). Lists and maps of {@code java.util} are read and written through their interfaces
 * (the JDK's own fields are not open to reflection); any other JDK class is refused with its field named, so a
 * change of the simulator that needs more is noticed by the tests rather than checkpointed wrongly.
 */
final class StateLayout {

    /** A class's instance fields in a fixed order: primitives and references apart, finals marked. */
    static final class Fields {
        final Field[] primitives;
        final Field[] references;
        /** For each reference: whether the walk follows it (not for EventSink fields). */
        final boolean[] follow;
        final boolean[] primitiveFinal;
        final boolean[] referenceFinal;

        Fields(List<Field> fields) {
            List<Field> prims = new ArrayList<>();
            List<Field> refs = new ArrayList<>();
            for (Field f : fields) {
                (f.getType().isPrimitive() ? prims : refs).add(f);
            }
            primitives = prims.toArray(Field[]::new);
            references = refs.toArray(Field[]::new);
            follow = new boolean[references.length];
            referenceFinal = new boolean[references.length];
            for (int i = 0; i < references.length; i++) {
                follow[i] = !listener(references[i].getType());
                referenceFinal[i] = Modifier.isFinal(references[i].getModifiers());
            }
            primitiveFinal = new boolean[primitives.length];
            for (int i = 0; i < primitives.length; i++) {
                primitiveFinal[i] = Modifier.isFinal(primitives[i].getModifiers());
            }
        }
    }

    /** JDK classes whose instances never change. */
    private static final Set<Class<?>> VALUES = Set.of(String.class, Class.class, Boolean.class, Character.class,
            Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class, BigInteger.class,
            BigDecimal.class);
    private static final Map<Class<?>, Fields> FIELDS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Boolean> OPAQUE = new ConcurrentHashMap<>();

    private StateLayout() {
    }

    /** Whether objects of this class hold no state that can change during a run (not walked into). */
    static boolean opaque(Class<?> c) {
        Boolean known = OPAQUE.get(c);
        if (known != null) {
            return known;
        }
        // assume opaque while deciding, so that a class referring to itself does not recurse forever
        OPAQUE.put(c, Boolean.TRUE);
        boolean opaque = decideOpaque(c);
        OPAQUE.put(c, opaque);
        return opaque;
    }

    private static boolean decideOpaque(Class<?> c) {
        if (c.isArray()) {
            return false;
        }
        if (c.isPrimitive() || c.isEnum() || c.isRecord() || c.isHidden() || VALUES.contains(c)
                || (c.getSuperclass() != null && c.getSuperclass().isEnum())) {
            return true;
        }
        if (jdk(c)) {
            return false;
        }
        if (listener(c)) {
            return true;
        }
        for (Field f : fields(c)) {
            if (!Modifier.isFinal(f.getModifiers())) {
                return false;
            }
            Class<?> t = f.getType();
            if (!t.isPrimitive() && (t.isInterface() || Modifier.isAbstract(t.getModifiers()) && !t.isEnum()
                    || !opaque(t))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a field of this type holds a listener of the kernel (an event sink, a debugger's instruction watch). */
    static boolean listener(Class<?> type) {
        return EventSink.class.isAssignableFrom(type) || InstructionWatch.class.isAssignableFrom(type)
                || type == X86Interpreter.class;
    }

    /**
     * Fields of the simulated CPU that are caches, not state: the decoded code (a cache of the bytes in the pages)
     * and the page map's epoch (which counts the cache's changes). The CPU itself is not walked either (its
     * registers are in each process's save area); its page map is, through the kernel's MMU, for it mirrors the
     * TLB model exactly. After a restore the session drops the decoded code ({@code Kernel.dropDecodedCode}).
     */
    private static boolean cache(Field f) {
        return f.getDeclaringClass() == PageMap.class && (f.getName().equals("code") || f.getName().equals("epoch"));
    }

    static boolean jdk(Class<?> c) {
        String n = c.getName();
        return n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("jdk.") || n.startsWith("sun.");
    }

    /** The fields of a class the walk reads and writes (never a JDK class: those go through List and Map). */
    static Fields layout(Class<?> c) {
        return FIELDS.computeIfAbsent(c, cls -> new Fields(fields(cls)));
    }

    /** Instance fields of the class and its superclasses, superclass first, each level sorted by name. */
    private static List<Field> fields(Class<?> c) {
        List<Field> out = new ArrayList<>();
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            chain.add(0, k);
        }
        for (Class<?> k : chain) {
            Field[] declared = k.getDeclaredFields();
            Arrays.sort(declared, Comparator.comparing(Field::getName));
            for (Field f : declared) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || cache(f)) {
                    continue;
                }
                f.setAccessible(true);
                out.add(f);
            }
        }
        return out;
    }

    /** The value of a primitive field as the bits of a long. */
    static long readPrimitive(Field f, Object o) throws IllegalAccessException {
        Class<?> t = f.getType();
        if (t == int.class) {
            return f.getInt(o);
        } else if (t == long.class) {
            return f.getLong(o);
        } else if (t == boolean.class) {
            return f.getBoolean(o) ? 1 : 0;
        } else if (t == byte.class) {
            return f.getByte(o);
        } else if (t == short.class) {
            return f.getShort(o);
        } else if (t == char.class) {
            return f.getChar(o);
        } else if (t == double.class) {
            return Double.doubleToRawLongBits(f.getDouble(o));
        } else {
            return Float.floatToRawIntBits(f.getFloat(o));
        }
    }

    static void writePrimitive(Field f, Object o, long v) throws IllegalAccessException {
        Class<?> t = f.getType();
        if (t == int.class) {
            f.setInt(o, (int) v);
        } else if (t == long.class) {
            f.setLong(o, v);
        } else if (t == boolean.class) {
            f.setBoolean(o, v != 0);
        } else if (t == byte.class) {
            f.setByte(o, (byte) v);
        } else if (t == short.class) {
            f.setShort(o, (short) v);
        } else if (t == char.class) {
            f.setChar(o, (char) v);
        } else if (t == double.class) {
            f.setDouble(o, Double.longBitsToDouble(v));
        } else {
            f.setFloat(o, Float.intBitsToFloat((int) v));
        }
    }

    /** An object the walk can neither treat as fixed nor read: named with the field that holds it. */
    static IllegalStateException unsupported(Object o, String where) {
        return new IllegalStateException("cannot checkpoint a " + o.getClass().getName() + " (held in " + where
                + "): the simulator's state may only use lists, maps, arrays and its own classes");
    }
}
