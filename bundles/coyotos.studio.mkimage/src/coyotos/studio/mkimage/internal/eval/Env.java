package coyotos.studio.mkimage.internal.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A scope: names bound here, then the enclosing scope's (ccs/mkimage/Environment.hxx). */
public final class Env {

    /** A name and its value; exported, constant and pure as mkimage flags them (BF_EXPORTED, BF_CONSTANT, BF_PURE). */
    public static final class Binding {
        public final String name;
        Value value;
        boolean exported;
        boolean constant;
        boolean pure;

        Binding(String name, Value value) {
            this.name = name;
            this.value = value;
        }

        public Value value() {
            return value;
        }

        public boolean exported() {
            return exported;
        }
    }

    private final Env parent;
    private final Map<String, Binding> bindings = new HashMap<>();
    private final List<Binding> order = new ArrayList<>();

    public Env(Env parent) {
        this.parent = parent;
    }

    public Binding lookup(String name) {
        for (Env e = this; e != null; e = e.parent) {
            Binding b = e.bindings.get(name);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    public Binding local(String name) {
        return bindings.get(name);
    }

    Binding bind(String name, Value value) {
        Binding b = new Binding(name, value);
        bindings.put(name, b);
        order.add(b);
        return b;
    }

    Binding constant(String name, Value value) {
        Binding b = bind(name, value);
        b.constant = true;
        return b;
    }

    /** Shares an existing binding (an import's view of another module's export). */
    void share(Binding b) {
        bindings.put(b.name, b);
        order.add(b);
    }

    /** Bindings in the order they were made. */
    public List<Binding> bindings() {
        return order;
    }
}
