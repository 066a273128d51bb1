package coyotos.studio.debug.internal;

/** What a value of the Variables view is, so the presentation can give it an image. */
public enum ValueKind {
    /** A run state, a fault code: the Coyotos state of a process. */
    STATE,
    /** A number (fault info, an address, a count). */
    NUMBER,
    /** A capability (a register, a slot, the handler, the space root): expandable into what it designates. */
    CAPABILITY,
    /** A group of variables (the capability registers, the fault walk). */
    GROUP,
    /** One step of a GPT walk. */
    WALK,
    /** Anything else, in words. */
    TEXT
}
