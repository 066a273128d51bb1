package coyotos.studio.sim.image;

/**
 * Kinds of capability the simulator distinguishes (spec §2 "Capabilities"). Memory types may appear on a
 * translation path; anything else met during translation makes the space malformed (§4.3.1).
 */
public enum CapType {
    NULL, PAGE, CAP_PAGE, GPT,
    /** Background window: translation continues in the background space remembered from a GPT with bg. */
    BACKGROUND_WINDOW,
    ENTRY, ENDPOINT, PROCESS, SPACE_BANK, SCHEDULE;

    /** Memory capabilities are the ones a GPT walk may traverse (§4.3.1 Address Translation). */
    public boolean isMemory() {
        return this == PAGE || this == CAP_PAGE || this == GPT || this == BACKGROUND_WINDOW;
    }
}
