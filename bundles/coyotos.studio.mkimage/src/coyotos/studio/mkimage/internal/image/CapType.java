package coyotos.studio.mkimage.internal.image;

/**
 * Capability types with their codes and names (sys/obstore/captype.def). {@link #PHYS_PAGE} is not a type of
 * its own there: it is a Page capability whose object id lies in the physical frame range, kept apart here
 * because it names no object of the image.
 */
public enum CapType {
    NULL(0x00, "Null"), WINDOW(0x01, "Window"), LOCAL_WINDOW(0x02, "LocalWindow"), KEY_BITS(0x03, "CapBits"),
    DISCRIM(0x04, "Discrim"), RANGE(0x05, "Range"), SLEEP(0x06, "Sleep"), IRQ_CTL(0x07, "IrqCtl"),
    SCHED_CTL(0x08, "SchedCtl"), CHECKPOINT(0x09, "Checkpoint"), OB_STORE(0x0A, "ObStore"), PIN_CTL(0x0B, "PinCtl"),
    SCHEDULE(0x0C, "Schedule"), SYS_CTL(0x0D, "SysCtl"), KERN_LOG(0x0E, "KernLog"), IO_PRIV(0x0F, "IOPriv"),
    IRQ_WAIT(0x10, "IrqWait"), ENDPOINT(0x20, "Endpoint"), PAGE(0x21, "Page"), CAP_PAGE(0x22, "CapPage"),
    GPT(0x23, "GPT"), PROCESS(0x24, "Process"), APP_NOTICE(0x25, "AppNotice"), ENTRY(0x3F, "Entry"),
    PHYS_PAGE(0x21, "Page");

    public final int code;
    public final String mkimageName;

    CapType(int code, String mkimageName) {
        this.code = code;
        this.mkimageName = mkimageName;
    }

    /** Memory objects and windows: what may appear in an address space (libcoyimage cap_isMemory). */
    public boolean isMemory() {
        return switch (this) {
            case GPT, PAGE, CAP_PAGE, WINDOW, LOCAL_WINDOW, PHYS_PAGE -> true;
            default -> false;
        };
    }

    public boolean isWindow() {
        return this == WINDOW || this == LOCAL_WINDOW;
    }

    /** Capabilities that designate an object of the image (cap_isObjectCap). */
    public boolean isObject() {
        return switch (this) {
            case ENDPOINT, PAGE, CAP_PAGE, GPT, PROCESS -> true;
            default -> false;
        };
    }

    /** Entry and AppNotice capabilities: they carry a protected payload (cap_isEntryCap). */
    public boolean isEntry() {
        return this == ENTRY || this == APP_NOTICE;
    }

    /** The miscellaneous capabilities, types 3-16. */
    public boolean isMisc() {
        return code >= 0x03 && code <= 0x10;
    }
}
