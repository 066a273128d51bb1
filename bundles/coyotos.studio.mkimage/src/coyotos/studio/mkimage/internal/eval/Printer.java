package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.ast.Pos;
import coyotos.studio.mkimage.internal.image.Bits;
import coyotos.studio.mkimage.internal.image.Cap;
import coyotos.studio.mkimage.internal.image.CapPage;
import coyotos.studio.mkimage.internal.image.Endpoint;
import coyotos.studio.mkimage.internal.image.Gpt;
import coyotos.studio.mkimage.internal.image.Image;
import coyotos.studio.mkimage.internal.image.ImageObject;
import coyotos.studio.mkimage.internal.image.Page;
import coyotos.studio.mkimage.internal.image.Process;
import coyotos.studio.mkimage.internal.image.Restr;

/**
 * The text of print, print *, print_space and print_tree, laid out as mkimage prints them (builtin.cxx
 * pf_print_one, builtin-diag.cxx, the libcoyimage object printers) so that a developer reads familiar output.
 */
final class Printer {
    private Printer() {
    }

    /** print: integers in decimal, strings as they are, capabilities, records, functions. */
    static String value(Value v, Pos pos) {
        return switch (v) {
            case Value.Unit u -> "UNIT";
            case Value.Int i -> i.value().toString();
            case Value.Str s -> s.value();
            case Value.CapV c -> c.cap().toString();
            case Value.Fn f -> "<fn " + f.def().name() + ", " + f.def().params().size() + " args>";
            case Value.Builtin b -> "<primfn " + b.name() + ", " + b.min() + (b.max() == 0 ? "..." : b.max() != b.min()
                    ? "-" + b.max() : "") + " args>";
            case Value.EnvV e -> {
                StringBuilder s = new StringBuilder();
                boolean first = true;
                for (Env.Binding b : e.env().bindings()) {
                    s.append(first ? "[ " : "\n  ").append(b.name).append(" = ").append(value(b.value(), pos));
                    if (b.constant || b.exported) {
                        s.append(" (").append(b.constant ? "const" : "").append(b.constant && b.exported ? ", " : "")
                                .append(b.exported ? "public" : "").append(')');
                    }
                    first = false;
                }
                yield s.append(first ? "[ ]" : " ]").toString();
            }
            case Value.Vector vec -> throw new MkiError(pos, "Don't know how to print the unindexed vector " + vec.field() + ".");
        };
    }

    /** print *: the object a capability designates, field by field; other values as print shows them. */
    static String object(Image image, Value v) {
        if (!(v instanceof Value.CapV c) || c.cap().target() == null || c.cap().type().isEntry()) {
            return value(v, null) + "\n";
        }
        ImageObject o = c.cap().target();
        StringBuilder s = new StringBuilder("{ ").append(o.kind()).append(" [bank=")
                .append(o.bank() == null ? 0 : o.bank().oid()).append("]\n      oid=").append(o.oid()).append('\n');
        switch (o) {
            case Process p -> {
                s.append("      runState=").append(p.runState).append(" flags=").append(p.flags).append(" faultCode=")
                        .append(p.faultCode).append(" faultInfo=").append(Bits.hex(p.faultInfo)).append('\n');
                for (Process.Slot slot : Process.Slot.values()) {
                    s.append("      ").append(slot.name().toLowerCase()).append('=').append(p.slot(slot)).append('\n');
                }
                for (int i = 0; i < Process.CAP_REGS; i++) {
                    s.append(String.format("      capReg[%02d]=", i)).append(p.capRegs.get(i)).append('\n');
                }
            }
            case Gpt g -> {
                s.append("      l2v=").append(g.l2v).append(" ha=").append(g.ha ? 1 : 0).append(" bg=").append(g.bg ? 1 : 0).append('\n');
                for (int i = 0; i < Gpt.SLOTS; i++) {
                    s.append(String.format("      cap[%02d]=", i)).append(g.slots.get(i)).append('\n');
                }
            }
            case Endpoint e -> s.append("      pm=").append(e.pm ? 1 : 0).append(" protPayload=").append(e.protPayload)
                    .append(" endpointID=").append(e.endpointId).append("\n      recipient=").append(e.recipient).append('\n');
            case CapPage cp -> {
                for (int i = 0; i < CapPage.SLOTS; i++) {
                    if (!cp.slots.get(i).isNull()) {
                        s.append(String.format("      cap[%03d]=", i)).append(cp.slots.get(i)).append('\n');
                    }
                }
            }
            case Page p -> {
                for (int row = 0; row < Page.SIZE; row += 16) {
                    boolean any = false;
                    StringBuilder line = new StringBuilder(String.format("      %03x:", row));
                    for (int i = row; i < row + 16; i++) {
                        any |= p.get(i) != 0;
                        line.append(String.format(" %02x", p.get(i)));
                    }
                    if (any) {
                        s.append(line).append('\n');
                    }
                }
            }
            default -> {
            }
        }
        return s.append("}\n").toString();
    }

    /** print_tree: the raw GPT tree, slot by slot (builtin-diag.cxx pf_doprint_tree). */
    static String tree(Value v, Pos pos) {
        if (!(v instanceof Value.CapV c)) {
            return value(v, pos) + "\n";
        }
        StringBuilder s = new StringBuilder();
        tree(c.cap(), 0, s);
        return limited(s).toString();
    }

    private static void tree(Cap cap, int depth, StringBuilder s) {
        if (s.length() > PRINT_LIMIT) {
            return;
        }
        s.append(cap).append('\n');
        if (cap.target() instanceof Gpt g && cap.type() == coyotos.studio.mkimage.internal.image.CapType.GPT) {
            String indent = " ".repeat(depth * 2);
            s.append(indent).append("{ GPT state: l2v=").append(g.l2v).append(" bg=").append(g.bg ? 1 : 0)
                    .append(" ha=").append(g.ha ? 1 : 0).append(" slots=\n");
            for (int i = 0; i < Gpt.SLOTS; i++) {
                if (!g.slots.get(i).isNull()) {
                    s.append(" ".repeat((depth + 1) * 2)).append(String.format("%02d: ", i));
                    tree(g.slots.get(i), depth + 1, s);
                }
            }
            s.append(indent).append("}\n");
        }
    }

    /** print_space and print_tree stop after this many characters: shared subtrees repeat exponentially. */
    static final int PRINT_LIMIT = 1 << 20;

    /** print_space: which address ranges map which objects, with the rights on the way (pf_doprint_space). */
    static String space(Value v, Pos pos) {
        if (!(v instanceof Value.CapV c)) {
            return value(v, pos) + "\n";
        }
        StringBuilder s = new StringBuilder("{\n");
        space(c.cap(), 0, -1L, 0, 1, "space", s);
        return limited(s).append("}\n").toString();
    }

    private static StringBuilder limited(StringBuilder s) {
        if (s.length() > PRINT_LIMIT) {
            s.setLength(PRINT_LIMIT);
            s.append("\n... (cut after ").append(PRINT_LIMIT >> 10).append(" KiB: the space shares subtrees)\n");
        }
        return s;
    }

    private static void space(Cap cap, long offset, long maxoff, int pathRestr, int depth, String path, StringBuilder s) {
        if (cap.isNull() || s.length() > PRINT_LIMIT) {
            return;
        }
        if (!cap.type().isMemory() || cap.type().isWindow()) {
            s.append(path).append(cap.type().isWindow() ? " window (not followed) " : " unexpected non-memory capability ")
                    .append(cap).append('\n');
            return;
        }
        long guard = cap.guard();
        if (Long.compareUnsigned(guard, maxoff) > 0) {
            s.append(path).append(" guard makes object unreachable (").append(Bits.hex(guard)).append(" > ")
                    .append(Bits.hex(maxoff)).append(")\n");
            return;
        }
        offset |= guard;
        maxoff = Bits.low(maxoff, cap.l2g());
        String pad = " ".repeat(depth);
        int r = cap.restr();
        s.append(pad).append(String.format("0x%016x-0x%016x ", offset, offset + maxoff))
                .append(flag(r, pathRestr, Restr.RO, "RO ")).append(flag(r, pathRestr, Restr.NX, "NX "))
                .append(flag(r, pathRestr, Restr.WK, "WK ")).append(flag(r, pathRestr, Restr.OP, "OP "))
                .append(' ').append(cap.type().mkimageName).append(' ')
                .append(cap.target() == null ? "frame " + Bits.hex(cap.payload()) : Bits.hex(cap.target().oid()));
        if (!(cap.target() instanceof Gpt g) || cap.type() != coyotos.studio.mkimage.internal.image.CapType.GPT) {
            s.append('\n');
            return;
        }
        int slots = 1 << Math.min(Math.max(cap.l2g() - g.l2v, 0), Gpt.SLOT_INDEX_BITS);
        long reachable = Math.min(slots, Bits.shiftDown(maxoff, g.l2v) + 1);
        s.append(", l2g=").append(cap.l2g()).append(" l2v=").append(g.l2v).append(" slots=").append(slots);
        if (reachable < slots) {
            s.append(", ").append(reachable).append(" reachable");
        }
        s.append('\n').append(pad).append("{\n");
        for (int i = 0; i < Gpt.SLOTS; i++) {
            Cap slot = g.slots.get(i);
            String slotPath = path + "[" + i + "]";
            long slotaddr = Bits.shiftUp(i, g.l2v);
            if (Long.compareUnsigned(slotaddr, maxoff) > 0 || Bits.shiftDown(slotaddr, g.l2v) != i) {
                if (!slot.isNull()) {
                    s.append(slotPath).append(": slot is unreachable (slotaddr=").append(Bits.hex(slotaddr))
                            .append(", maxoff=").append(Bits.hex(maxoff)).append(")\n");
                }
                continue;
            }
            space(slot, offset | slotaddr, Bits.low(maxoff, g.l2v), pathRestr | r, depth + 1, slotPath, s);
        }
        s.append(pad).append("}\n");
    }

    private static String flag(int restr, int path, int bit, String name) {
        if ((restr & bit) != 0) {
            return name;
        }
        return (path & bit) != 0 ? name.toLowerCase() : "   ";
    }
}
