package coyotos.studio.mkimage.internal.image;

import coyotos.studio.mkimage.internal.ast.Pos;
import java.util.EnumMap;
import java.util.Map;

/** A process as the image holds it (sys/obstore/Process.h ExProcess): no register set, that starts at zero. */
public final class Process extends ImageObject {
    public static final int CAP_REGS = 32;

    /** The capability slots of a process that are not registers. */
    public enum Slot { SCHEDULE, ADDR_SPACE, BRAND, COHORT, IO_SPACE, HANDLER }

    public int runState;
    public int flags;
    public long faultCode;
    public long faultInfo;
    public final Slots capRegs = new Slots(CAP_REGS);
    private final Map<Slot, Cap> slots = new EnumMap<>(Slot.class);
    private final Map<Slot, Pos> slotOrigins = new EnumMap<>(Slot.class);
    /** Where faultCode was last set (an unknown fault code is reported there). */
    public Pos faultCodeAt;

    Process(long oid, Bank bank, Pos origin) {
        super(oid, bank, origin);
    }

    public Cap slot(Slot s) {
        return slots.getOrDefault(s, Cap.NULL);
    }

    public Pos slotOrigin(Slot s) {
        return slotOrigins.get(s);
    }

    public void setSlot(Slot s, Cap cap, Pos where) {
        slots.put(s, cap);
        slotOrigins.put(s, where);
    }

    public void copyFrom(Process other) {
        runState = other.runState;
        flags = other.flags;
        faultCode = other.faultCode;
        faultInfo = other.faultInfo;
        faultCodeAt = other.faultCodeAt;
        capRegs.copyFrom(other.capRegs);
        slots.putAll(other.slots);
        slotOrigins.putAll(other.slotOrigins);
    }

    @Override
    public String kind() {
        return "Process";
    }
}
