package coyotos.studio.sim.image;

/** Kind of memory reference, which decides the end-of-walk checks of §4.3.1. */
public enum Access {
    READ, WRITE, EXECUTE, CAP_READ, CAP_WRITE;

    public boolean isStore() {
        return this == WRITE || this == CAP_WRITE;
    }

    public boolean isCapability() {
        return this == CAP_READ || this == CAP_WRITE;
    }
}
