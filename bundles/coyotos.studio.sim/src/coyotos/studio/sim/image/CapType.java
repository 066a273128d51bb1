package coyotos.studio.sim.image;

/**
 * Kinds of capability the simulator distinguishes (spec §2 "Capabilities"). Memory types may appear on a
 * translation path; anything else met during translation makes the space malformed (§4.3.1).
 */
public enum CapType {
    NULL, PAGE, CAP_PAGE, GPT,
    /** Background window (spec §2.1.1, §4.3.1): translation continues in the background space at an offset. */
    BACKGROUND_WINDOW,
    ENTRY, ENDPOINT, PROCESS, SPACE_BANK, SCHEDULE,
    /** Local window: translation continues through another slot of the GPT that holds it, at an offset. */
    LOCAL_WINDOW;

    /** Memory capabilities are the ones a GPT walk may traverse (§4.3.1 Address Translation). */
    public boolean isMemory() {
        return this == PAGE || this == CAP_PAGE || this == GPT || isWindow();
    }

    public boolean isWindow() {
        return this == BACKGROUND_WINDOW || this == LOCAL_WINDOW;
    }
}
