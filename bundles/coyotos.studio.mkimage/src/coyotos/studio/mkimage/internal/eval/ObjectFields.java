package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.ast.Pos;
import coyotos.studio.mkimage.internal.image.Cap;
import coyotos.studio.mkimage.internal.image.CapPage;
import coyotos.studio.mkimage.internal.image.CapType;
import coyotos.studio.mkimage.internal.image.Endpoint;
import coyotos.studio.mkimage.internal.image.Gpt;
import coyotos.studio.mkimage.internal.image.ImageObject;
import coyotos.studio.mkimage.internal.image.Page;
import coyotos.studio.mkimage.internal.image.Process;
import coyotos.studio.mkimage.internal.image.Slots;
import java.math.BigInteger;
import java.util.List;

/**
 * The fields of objects reached through a capability (ccs/mkimage/builtin-endpoint.cxx, builtin-gpt.cxx,
 * builtin-process.cxx, builtin-capvalue.cxx): an endpoint's (also through its entry capabilities) protPayload,
 * endpointID, recipient and pm; a GPT's l2v, ha, bg and cap[16]; a process's runState, flags, faultCode,
 * faultInfo, schedule, addrSpace, brand, cohort, ioSpace, handler and capReg[32] (capReg[0] stays null); the 256
 * capabilities of a capability page and the 4096 bytes of a page by index. Widths are those of the image's object
 * layouts (sys/obstore/*.h); a value that does not fit is an error, where mkimage would truncate it silently.
 */
final class ObjectFields {
    static final List<String> ENDPOINT = List.of("protPayload", "endpointID", "recipient", "pm", "sq");
    static final List<String> GPT = List.of("cap", "bg", "ha", "l2v");
    static final List<String> PROCESS = List.of("runState", "flags", "faultCode", "faultInfo", "schedule", "addrSpace",
            "brand", "cohort", "ioSpace", "handler", "upcb", "capReg");

    private ObjectFields() {
    }

    static Value get(Cap cap, String field, Pos pos) {
        ImageObject o = cap.target();
        switch (cap.type()) {
            case ENDPOINT, ENTRY -> {
                Endpoint e = (Endpoint) o;
                return switch (field) {
                    case "protPayload" -> Value.Int.of(e.protPayload);
                    case "endpointID" -> Value.Int.unsigned(e.endpointId);
                    case "recipient" -> new Value.CapV(e.recipient);
                    case "pm" -> Value.Int.of(e.pm);
                    case "sq" -> throw unimplemented(pos, "sq", "an endpoint", "builtin-endpoint.cxx");
                    default -> throw noField(pos, field, cap, ENDPOINT);
                };
            }
            case GPT -> {
                Gpt g = (Gpt) o;
                return switch (field) {
                    case "l2v" -> Value.Int.of(g.l2v);
                    case "ha" -> Value.Int.of(g.ha);
                    case "bg" -> Value.Int.of(g.bg);
                    case "cap" -> new Value.Vector(g, "cap");
                    default -> throw noField(pos, field, cap, GPT);
                };
            }
            case PROCESS -> {
                Process p = (Process) o;
                return switch (field) {
                    case "runState" -> Value.Int.of(p.runState);
                    case "flags" -> Value.Int.of(p.flags);
                    case "faultCode" -> Value.Int.of(p.faultCode);
                    case "faultInfo" -> Value.Int.unsigned(p.faultInfo);
                    case "capReg" -> new Value.Vector(p, "capReg");
                    case "upcb" -> throw unimplemented(pos, "upcb", "a process", "builtin-process.cxx");
                    default -> {
                        Process.Slot s = processSlot(field);
                        if (s == null) {
                            throw noField(pos, field, cap, PROCESS);
                        }
                        yield new Value.CapV(p.slot(s));
                    }
                };
            }
            default -> throw new MkiError(pos, "A " + cap.type().mkimageName + " capability has no fields ('."
                    + field + "'): only endpoint, entry, GPT and process capabilities do.");
        }
    }

    static void set(Cap cap, String field, Value v, Pos pos) {
        ImageObject o = cap.target();
        o.changedAt(pos);
        switch (o) {
            case Endpoint e -> {
                switch (field) {
                    case "protPayload" -> e.protPayload = unsigned(v, field, 32, pos);
                    case "endpointID" -> e.endpointId = unsigned(v, field, 64, pos);
                    case "recipient" -> e.recipient = capability(v, field, pos);
                    case "pm" -> e.pm = flag(v, field, pos);
                    default -> throw new IllegalStateException(field);
                }
            }
            case Gpt g -> {
                switch (field) {
                    case "l2v" -> g.l2v = (int) unsigned(v, field, 6, pos);
                    case "ha" -> g.ha = flag(v, field, pos);
                    case "bg" -> g.bg = flag(v, field, pos);
                    case "cap" -> throw new MkiError(pos, "Illegal assignment: index the vector, as in gpt.cap[3] = ...");
                    default -> throw new IllegalStateException(field);
                }
            }
            case Process p -> {
                switch (field) {
                    case "runState" -> {
                        long rs = unsigned(v, field, 8, pos);
                        if (rs > 2) {
                            throw new MkiError(pos, "Illegal assignment (bounds violation): runState is 0 (running), "
                                    + "1 (receiving) or 2 (faulted), not " + rs + ".");
                        }
                        p.runState = (int) rs;
                    }
                    case "flags" -> p.flags = (int) unsigned(v, field, 16, pos);
                    case "faultCode" -> {
                        p.faultCode = unsigned(v, field, 32, pos);
                        p.faultCodeAt = pos;
                    }
                    case "faultInfo" -> p.faultInfo = unsigned(v, field, 64, pos);
                    case "capReg" -> throw new MkiError(pos, "Illegal assignment: index the vector, as in proc.capReg[5] = ...");
                    default -> p.setSlot(processSlot(field), capability(v, field, pos), pos);
                }
            }
            default -> throw new IllegalStateException(o.kind());
        }
    }

    static Value getIndexed(Value target, int i, Pos pos) {
        if (target instanceof Value.Vector vec) {
            Slots slots = vec.object() instanceof Gpt g ? g.slots : ((Process) vec.object()).capRegs;
            checkBounds(i, slots.size(), vec.field(), pos);
            return new Value.CapV(slots.get(i));
        }
        if (target instanceof Value.CapV c && c.cap().type() == CapType.CAP_PAGE) {
            CapPage cp = (CapPage) c.cap().target();
            checkBounds(i, CapPage.SLOTS, "a capability page", pos);
            return new Value.CapV(cp.slots.get(i));
        }
        if (target instanceof Value.CapV c && c.cap().type() == CapType.PAGE) {
            checkBounds(i, Page.SIZE, "a page", pos);
            return Value.Int.of(((Page) c.cap().target()).get(i));
        }
        throw new MkiError(pos, "Only a capability page, a page, gpt.cap and proc.capReg can be indexed, not "
                + Value.describe(target) + ".");
    }

    static void setIndexed(Value target, int i, Value v, Pos pos) {
        if (target instanceof Value.Vector vec) {
            vec.object().changedAt(pos);
            if (vec.object() instanceof Process p) {
                if (i == 0) {
                    throw new MkiError(pos, "Illegal assignment: capReg[0] always holds the null capability.");
                }
                p.capRegs.set(i, capability(v, "capReg[" + i + "]", pos), pos);
            } else {
                ((Gpt) vec.object()).slots.set(i, capability(v, "cap[" + i + "]", pos), pos);
            }
            return;
        }
        Value.CapV c = (Value.CapV) target;
        c.cap().target().changedAt(pos);
        if (c.cap().target() instanceof CapPage cp) {
            cp.slots.set(i, capability(v, "a capability page slot", pos), pos);
        } else {
            ((Page) c.cap().target()).set(i, (int) unsigned(v, "a page byte", 8, pos));
        }
    }

    private static void checkBounds(int i, int size, String what, Pos pos) {
        if (i >= size) {
            throw new MkiError(pos, "Index " + i + " is out of bounds: " + what + " has " + size + " entries (0.."
                    + (size - 1) + ").");
        }
    }

    private static Process.Slot processSlot(String field) {
        return switch (field) {
            case "schedule" -> Process.Slot.SCHEDULE;
            case "addrSpace" -> Process.Slot.ADDR_SPACE;
            case "brand" -> Process.Slot.BRAND;
            case "cohort" -> Process.Slot.COHORT;
            case "ioSpace" -> Process.Slot.IO_SPACE;
            case "handler" -> Process.Slot.HANDLER;
            default -> null;
        };
    }

    /** An integer that must fit {@code bits} bits unsigned (a field of an object layout). */
    static long unsigned(Value v, String field, int bits, Pos pos) {
        if (!(v instanceof Value.Int i)) {
            throw new MkiError(pos, "Illegal assignment (bad right-hand side type): " + field + " needs an integer, not "
                    + Value.describe(v) + ".");
        }
        BigInteger n = i.value();
        if (n.signum() < 0 || n.bitLength() > bits) {
            throw new MkiError(pos, field + " is a " + bits + "-bit field: " + n + " does not fit.");
        }
        return n.longValue();
    }

    private static boolean flag(Value v, String field, Pos pos) {
        if (!(v instanceof Value.Int i)) {
            throw new MkiError(pos, "Illegal assignment (bad right-hand side type): " + field + " needs an integer, not "
                    + Value.describe(v) + ".");
        }
        return i.value().signum() != 0;
    }

    private static Cap capability(Value v, String field, Pos pos) {
        if (!(v instanceof Value.CapV c)) {
            throw new MkiError(pos, "Illegal assignment (bad right-hand side type): " + field + " needs a capability, not "
                    + Value.describe(v) + ".");
        }
        return c.cap();
    }

    private static MkiError noField(Pos pos, String field, Cap cap, List<String> fields) {
        return new MkiError(pos, "Reference to unbound field/member \"" + field + "\": a " + cap.type().mkimageName
                + " capability has " + String.join(", ", fields) + ".");
    }

    private static MkiError unimplemented(Pos pos, String field, String of, String source) {
        return new MkiError(pos, "mkimage declares the field '" + field + "' of " + of + " but does not implement it ("
                + source + "): it cannot be used.");
    }
}
