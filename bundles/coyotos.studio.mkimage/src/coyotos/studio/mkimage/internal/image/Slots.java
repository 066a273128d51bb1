package coyotos.studio.mkimage.internal.image;

import coyotos.studio.mkimage.internal.ast.Pos;

/** A row of capability slots, each remembering where it was last stored to. */
public final class Slots {
    private final Cap[] caps;
    private final Pos[] origins;

    public Slots(int n) {
        caps = new Cap[n];
        origins = new Pos[n];
        java.util.Arrays.fill(caps, Cap.NULL);
    }

    public int size() {
        return caps.length;
    }

    public Cap get(int i) {
        return caps[i];
    }

    public Pos origin(int i) {
        return origins[i];
    }

    public void set(int i, Cap cap, Pos where) {
        caps[i] = cap;
        origins[i] = where;
    }

    public void copyFrom(Slots other) {
        System.arraycopy(other.caps, 0, caps, 0, caps.length);
        System.arraycopy(other.origins, 0, origins, 0, origins.length);
    }
}
