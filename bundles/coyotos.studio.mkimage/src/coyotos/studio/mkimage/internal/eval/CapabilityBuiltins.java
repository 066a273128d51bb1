package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.image.Bank;
import coyotos.studio.mkimage.internal.image.Bits;
import coyotos.studio.mkimage.internal.image.Cap;
import coyotos.studio.mkimage.internal.image.CapPage;
import coyotos.studio.mkimage.internal.image.CapType;
import coyotos.studio.mkimage.internal.image.Endpoint;
import coyotos.studio.mkimage.internal.image.Gpt;
import coyotos.studio.mkimage.internal.image.Image;
import coyotos.studio.mkimage.internal.image.Page;
import coyotos.studio.mkimage.internal.image.Process;
import coyotos.studio.mkimage.internal.image.Restr;
import java.util.ArrayList;
import java.util.List;

/**
 * Built-ins that make and change capabilities (builtin.cxx): the object constructors, enter and AppInt, the
 * miscellaneous kernel capabilities, the restriction functions, guard, get_l2g/get_match, windows, raw page
 * capabilities, and dup.
 */
final class CapabilityBuiltins {
    static final List<Value.Builtin> ALL = new ArrayList<>();

    static {
        add("enter", 2, 2, CapabilityBuiltins::enter);
        add("AppInt", 2, 2, CapabilityBuiltins::appInt);
        add("NullCap", 0, 0, (c, a) -> new Value.CapV(Cap.NULL));
        misc("KeyBits", CapType.KEY_BITS);
        misc("Discrim", CapType.DISCRIM);
        misc("Range", CapType.RANGE);
        misc("Sleep", CapType.SLEEP);
        misc("IrqCtl", CapType.IRQ_CTL);
        misc("SchedCtl", CapType.SCHED_CTL);
        misc("Checkpoint", CapType.CHECKPOINT);
        misc("ObStore", CapType.OB_STORE);
        misc("IoPerm", CapType.IO_PRIV);
        misc("PinCtl", CapType.PIN_CTL);
        misc("SysCtl", CapType.SYS_CTL);
        misc("KernLog", CapType.KERN_LOG);
        for (String r : List.of("readonly", "weaken", "noexec", "opaque", "nocall", "nocache")) {
            add(r, 1, 1, CapabilityBuiltins::restrict);
        }
        add("guard", 2, 3, CapabilityBuiltins::guard);
        add("get_l2g", 1, 1, CapabilityBuiltins::guardPart);
        add("get_match", 1, 1, CapabilityBuiltins::guardPart);
        add("Window", 1, 1, CapabilityBuiltins::window);
        add("LocalWindow", 2, 2, CapabilityBuiltins::window);
        add("PageCap", 1, 1, CapabilityBuiltins::pageCap);
        add("PhysPageCap", 1, 1, CapabilityBuiltins::physPageCap);
        add("dup", 2, 2, CapabilityBuiltins::dup);
    }

    private CapabilityBuiltins() {
    }

    private static void add(String name, int min, int max, BuiltinBody body) {
        ALL.add(new Value.Builtin(name, min, max, body));
    }

    private static void misc(String name, CapType type) {
        add(name, 0, 0, (c, a) -> new Value.CapV(Cap.misc(type)));
    }

    // ---- new Kind(bank) ----

    static Value newBank(CallContext c, List<Value> a) {
        return cap(c.image().newBank(new Args(c, a).bank(0), c.pos()).cap());
    }

    static Value newCapPage(CallContext c, List<Value> a) {
        return cap(Cap.of(CapType.CAP_PAGE, c.image().newCapPage(new Args(c, a).bank(0), c.pos())));
    }

    static Value newGpt(CallContext c, List<Value> a) {
        return cap(Cap.of(CapType.GPT, c.image().newGpt(new Args(c, a).bank(0), c.pos())));
    }

    static Value newEndpoint(CallContext c, List<Value> a) {
        return cap(Cap.of(CapType.ENDPOINT, c.image().newEndpoint(new Args(c, a).bank(0), c.pos())));
    }

    static Value newPage(CallContext c, List<Value> a) {
        return cap(Cap.of(CapType.PAGE, c.image().newPage(new Args(c, a).bank(0), c.pos())));
    }

    static Value newProcess(CallContext c, List<Value> a) {
        return cap(Cap.of(CapType.PROCESS, c.image().newProcess(new Args(c, a).bank(0), c.pos())));
    }

    // ---- entry capabilities ----

    /** enter(endpoint, pp): an entry capability carrying protected payload pp (32 bits). */
    private static Value enter(CallContext c, List<Value> a) {
        Args args = new Args(c, a);
        Cap ep = args.cap(0, CapType.ENDPOINT);
        return cap(ep.withType(CapType.ENTRY).withPayload(args.u32(1)));
    }

    /** AppInt(endpoint, mask): an AppNotice capability with a 32-bit notice mask. */
    private static Value appInt(CallContext c, List<Value> a) {
        Args args = new Args(c, a);
        Cap ep = args.cap(0, CapType.ENDPOINT);
        return cap(ep.withType(CapType.APP_NOTICE).withPayload(args.u32(1)));
    }

    // ---- restrictions (builtin.cxx pf_downgrade) ----

    private static Value restrict(CallContext c, List<Value> a) {
        Cap in = new Args(c, a).cap(0);
        if (in.isNull()) {
            return cap(in); // null capabilities are as weak as they get
        }
        if (!in.type().isMemory()) {
            throw c.error(c.name() + "() requires a memory capability, not a " + in.type().mkimageName + " capability.");
        }
        String n = c.name();
        if ((n.equals("opaque") || n.equals("nocall")) && in.type() != CapType.GPT) {
            throw c.error("Argument to " + n + "() must be a GPT capability, not a " + in.type().mkimageName + " capability.");
        }
        if (n.equals("nocache") && in.type() != CapType.PHYS_PAGE) {
            throw c.error("Argument to nocache() must be a physical page frame capability (PhysPageCap).");
        }
        int add = switch (n) {
            case "readonly" -> Restr.RO;
            case "weaken" -> Restr.WK | Restr.RO;
            case "noexec" -> Restr.NX;
            case "opaque" -> Restr.OP;
            case "nocall" -> Restr.NC;
            default -> Restr.CD;
        };
        return cap(in.withRestr(in.restr() | add));
    }

    /** guard(cap, guard [, l2g]): the same capability, matching the address bits above l2g against guard. */
    private static Value guard(CallContext c, List<Value> a) {
        Args args = new Args(c, a);
        Cap in = args.cap(0);
        if (!in.type().isMemory()) {
            throw c.error("Inappropriate capability type to guard(): a " + in.type().mkimageName + " capability.");
        }
        long guard = args.u64(1);
        int l2g = in.l2g();
        if (args.size() > 2) {
            java.math.BigInteger l = args.integer(2);
            if (l.signum() < 0 || l.compareTo(java.math.BigInteger.valueOf(64)) > 0 || l.intValue() < Cap.PAGE_L2V) {
                throw c.error("l2g argument to guard() must be in the range " + Cap.PAGE_L2V + "-64, not " + l + ".");
            }
            l2g = l.intValue();
        }
        if (Bits.low(guard, l2g) != 0) {
            throw c.error("guard value " + Bits.hex(guard) + " has bits below 2^" + l2g + " in call to guard().");
        }
        long match = Bits.shiftDown(guard, l2g);
        if (match >= 1L << Cap.MATCH_BITS) {
            throw c.error("guard value " + Bits.hex(guard) + " truncated in call to guard(): above l2g " + l2g
                    + " the guard holds " + Cap.MATCH_BITS + " bits; use guarded_space() to add GPTs for more.");
        }
        return cap(in.withGuard(l2g, match));
    }

    private static Value guardPart(CallContext c, List<Value> a) {
        Cap in = new Args(c, a).cap(0);
        if (!(in.type().isMemory() && in.type().isObject())) {
            throw c.error("Inappropriate capability type to " + c.name() + "(): it needs a GPT, page or capability page "
                    + "capability, not a " + in.type().mkimageName + " capability.");
        }
        return Value.Int.of(c.name().equals("get_l2g") ? in.l2g() : in.match());
    }

    /**
     * Window(offset) and LocalWindow(offset, slot), as the manual describes them. The 2007 builtin.cxx reads the
     * offset from the wrong argument (and LocalWindow's slot past the end), so mkimage itself cannot run these.
     */
    private static Value window(CallContext c, List<Value> a) {
        Args args = new Args(c, a);
        long offset = args.u64(0);
        c.interpreter().warnings().add(c.pos(), "the 2007 mkimage cannot evaluate " + c.name() + "() (builtin.cxx "
                + "pf_mk_window reads argument 1 as the offset); this import follows the mkimage manual");
        if (c.name().equals("Window")) {
            return cap(Cap.misc(CapType.WINDOW).withWindow(offset, 0));
        }
        return cap(Cap.misc(CapType.LOCAL_WINDOW).withWindow(offset, args.small(1, Gpt.SLOTS - 1)));
    }

    /** PageCap(oid): a capability to the image's page with that object id (page 0 is the image header). */
    private static Value pageCap(CallContext c, List<Value> a) {
        long oid = new Args(c, a).u64(0);
        Image image = c.image();
        if (oid == 0) {
            throw c.error("PageCap(0) names page 0, the image file's header, which mkimage overwrites.");
        }
        Page p = image.pageByOid(oid);
        if (p == null) {
            throw c.error("PageCap(" + oid + "): no page has object id " + oid + " (the image has pages 1.."
                    + (image.count(Page.class) - 1) + ").");
        }
        return cap(Cap.of(CapType.PAGE, p));
    }

    /** PhysPageCap(frame): a page capability to a physical page frame, outside the image. */
    private static Value physPageCap(CallContext c, List<Value> a) {
        long frame = new Args(c, a).u64(0);
        if (Long.compareUnsigned(frame, 1L << 56) >= 0) {
            throw c.error("PhysPageCap(" + Bits.hex(frame) + "): frame numbers stop below 2^56 (object ids above are "
                    + "not physical frames).");
        }
        return cap(Cap.misc(CapType.PHYS_PAGE).withGuard(Cap.PAGE_L2V, 0).withPayload(frame));
    }

    /** dup(bank, cap): a copy of the object, from bank, with the capability's restrictions and guard. */
    private static Value dup(CallContext c, List<Value> a) {
        Args args = new Args(c, a);
        Bank bank = args.bank(0);
        Cap in = args.cap(1);
        Image image = c.image();
        return cap(switch (in.target()) {
            case Endpoint e when in.type() == CapType.ENDPOINT -> {
                Endpoint copy = image.newEndpoint(bank, c.pos());
                copy.copyFrom(e);
                yield in.withTarget(copy);
            }
            case Page p when in.type() == CapType.PAGE -> {
                Page copy = image.newPage(bank, c.pos());
                if (p.data() != null) {
                    copy.copyFrom(p.data());
                }
                yield in.withTarget(copy);
            }
            case CapPage p -> {
                CapPage copy = image.newCapPage(bank, c.pos());
                copy.slots.copyFrom(p.slots);
                yield in.withTarget(copy);
            }
            case Gpt g -> {
                Gpt copy = image.newGpt(bank, c.pos());
                copy.copyFrom(g);
                yield in.withTarget(copy);
            }
            case Process p -> {
                Process copy = image.newProcess(bank, c.pos());
                copy.copyFrom(p);
                yield in.withTarget(copy);
            }
            case null, default -> throw c.error("dup() requires a non-sender object capability as its argument "
                    + "(Endpoint, Page, CapPage, GPT or Process), not a " + in.type().mkimageName + " capability.");
        });
    }

    private static Value cap(Cap c) {
        return new Value.CapV(c);
    }
}
