package coyotos.studio.mkimage.internal.convert;

import coyotos.studio.mkimage.internal.ast.Pos;
import coyotos.studio.mkimage.internal.image.Bits;
import coyotos.studio.mkimage.internal.image.Cap;
import coyotos.studio.mkimage.internal.image.CapPage;
import coyotos.studio.mkimage.internal.image.CapType;
import coyotos.studio.mkimage.internal.image.Endpoint;
import coyotos.studio.mkimage.internal.image.Gpt;
import coyotos.studio.mkimage.internal.image.Image;
import coyotos.studio.mkimage.internal.image.ImageObject;
import coyotos.studio.mkimage.internal.image.Process;
import coyotos.studio.mkimage.internal.image.Restr;
import coyotos.studio.mkimage.internal.image.Slots;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks mkimage makes before it writes an image (libcoyimage CoyImage::Validate and ValidateCap): GPT l2v in
 * 12..63, opaque and no-call only on GPT capabilities, weak only with read-only, window offsets aligned to their
 * guard, endpoint recipients that are processes, IO spaces that are IoPerm capabilities. Each problem is placed at
 * the statement that last changed the object or stored the capability.
 */
public final class ImageChecks {

    /** A problem and where. */
    public record Problem(Pos pos, String message) {
    }

    private final List<Problem> problems = new ArrayList<>();

    public static List<Problem> check(Image image) {
        ImageChecks c = new ImageChecks();
        for (ImageObject o : image.objects()) {
            c.object(o);
        }
        return c.problems;
    }

    private void object(ImageObject o) {
        switch (o) {
            case Gpt g -> {
                if (g.l2v < Cap.PAGE_L2V || g.l2v >= 64) {
                    problems.add(new Problem(g.lastChange(), "GPT has invalid l2v " + g.l2v + " (mkimage requires "
                            + Cap.PAGE_L2V + " <= l2v < 64)."));
                }
                slots(g.slots, "GPT slot");
            }
            case CapPage cp -> slots(cp.slots, "capability page slot");
            case Endpoint e -> {
                if (!e.recipient.isNull() && e.recipient.type() != CapType.PROCESS) {
                    problems.add(new Problem(e.lastChange(), "Endpoint has a " + e.recipient.type().mkimageName
                            + " capability as its recipient; it must be a process (or null)."));
                }
            }
            case Process p -> {
                slots(p.capRegs, "capReg");
                for (Process.Slot s : Process.Slot.values()) {
                    cap(p.slot(s), p.slotOrigin(s), s.name().toLowerCase());
                }
                Cap io = p.slot(Process.Slot.IO_SPACE);
                if (!io.isNull() && io.type() != CapType.IO_PRIV) {
                    problems.add(new Problem(p.slotOrigin(Process.Slot.IO_SPACE), "Process has a " + io.type().mkimageName
                            + " capability as its ioSpace; it must be IoPerm() (or null)."));
                }
            }
            default -> {
            }
        }
    }

    private void slots(Slots slots, String what) {
        for (int i = 0; i < slots.size(); i++) {
            cap(slots.get(i), slots.origin(i), what + " " + i);
        }
    }

    private void cap(Cap c, Pos where, String what) {
        if (c.isNull() || !c.type().isMemory()) {
            return;
        }
        if ((c.restr() & (Restr.OP | Restr.NC)) != 0 && c.type() != CapType.GPT && c.type() != CapType.PHYS_PAGE) {
            problems.add(new Problem(where, what + ": a " + c.type().mkimageName
                    + " capability may not be opaque or no-call; only GPT capabilities may."));
        }
        if ((c.restr() & Restr.WK) != 0 && (c.restr() & Restr.RO) == 0) {
            problems.add(new Problem(where, what + ": a weak capability must also be read-only."));
        }
        if (c.type().isWindow() && Bits.low(c.offset(), c.l2g()) != 0) {
            problems.add(new Problem(where, what + ": the window offset " + Bits.hex(c.offset())
                    + " has bits below its l2g " + c.l2g() + "."));
        }
    }
}
