package coyotos.studio.mkimage.internal.export;

import coyotos.studio.model.AppNoticeCapability;
import coyotos.studio.model.CapPageCapability;
import coyotos.studio.model.Capability;
import coyotos.studio.model.EndpointCapability;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.GptCapability;
import coyotos.studio.model.LocalWindowCapability;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.model.MiscCapability;
import coyotos.studio.model.MiscCapabilityKind;
import coyotos.studio.model.NullCapability;
import coyotos.studio.model.PageCapability;
import coyotos.studio.model.PhysicalPageCapability;
import coyotos.studio.model.ProcessCapability;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.SpaceBankCapability;
import coyotos.studio.model.WindowCapability;
import java.util.function.BiConsumer;
import org.eclipse.emf.ecore.EObject;

/**
 * A model capability as an mkimage expression that makes exactly it: the object's name, {@code enter(ep, pp)},
 * {@code guard(x, g, l2g)} when the guard is not the default (0 over one page), and readonly/weaken/noexec/opaque/
 * nocall/nocache for the restrictions. What mkimage cannot express is reported and written as near as it can be.
 */
final class CapExpressions {
    private final ExportNames names;
    private final BiConsumer<EObject, String> warn;

    CapExpressions(ExportNames names, BiConsumer<EObject, String> warn) {
        this.names = names;
        this.warn = warn;
    }

    String of(Capability c) {
        return switch (c) {
            case null -> "NullCap()";
            case NullCapability n -> "NullCap()";
            case PageCapability p -> memory(p, object(p, p.getTarget()));
            case CapPageCapability p -> memory(p, object(p, p.getTarget()));
            case GptCapability g -> memory(g, object(g, g.getTarget()));
            case PhysicalPageCapability p -> {
                String e = memory(p, "PhysPageCap(" + Numbers.hex(p.getFrame()) + ")");
                yield p.isCacheDisabled() ? "nocache(" + e + ")" : e;
            }
            case LocalWindowCapability w -> window(w, "LocalWindow(" + Numbers.hex(w.getOffset()) + ", " + w.getSlot() + ")");
            case WindowCapability w -> window(w, "Window(" + Numbers.hex(w.getOffset()) + ")");
            case EntryCapability e -> e.getTarget() == null ? dangling(e) : "enter(" + names.of(e.getTarget()) + ", "
                    + Numbers.hex(e.getProtectedPayload()) + ")";
            case AppNoticeCapability a -> a.getTarget() == null ? dangling(a) : "AppInt(" + names.of(a.getTarget()) + ", "
                    + Numbers.hex(a.getMask()) + ")";
            case EndpointCapability e -> e.getTarget() == null ? dangling(e) : names.of(e.getTarget());
            case ProcessCapability p -> p.getTarget() == null ? dangling(p) : names.of(p.getTarget());
            case SpaceBankCapability b -> bank(b);
            case MiscCapability m -> misc(m);
            case ScheduleCapability s -> {
                warn.accept(s, "mkimage cannot make schedule capabilities; written as NullCap()");
                yield "NullCap()";
            }
            default -> {
                warn.accept(c, "mkimage has no " + c.eClass().getName() + "; written as NullCap()");
                yield "NullCap()";
            }
        };
    }

    /** Windows as the mkimage manual writes them; the 2007 mkimage's built-in cannot evaluate them (builtin.cxx). */
    private String window(MemoryCapability w, String call) {
        warn.accept(w, "written as " + call.substring(0, call.indexOf('(')) + "(), which the mkimage manual describes "
                + "but the 2007 mkimage cannot evaluate (builtin.cxx pf_mk_window); Coyotos Studio reads it back");
        return memory(w, call);
    }

    private String object(MemoryCapability m, EObject target) {
        return target == null ? null : names.of(target);
    }

    private String memory(MemoryCapability m, String base) {
        if (base == null) {
            return dangling(m);
        }
        String e = base;
        int l2g = m.getL2g();
        long match = m.getMatch();
        if (l2g < 12 || l2g > 64) {
            warn.accept(m, "l2g " + l2g + " is outside 12..64, which mkimage's guard() accepts; written as 12");
            l2g = 12;
        }
        if (match < 0 || match >= 1L << 24) {
            warn.accept(m, "the guard match " + Numbers.hex(match) + " does not fit mkimage's 24 bits; its low 24 bits are written");
            match &= (1L << 24) - 1;
        }
        if (l2g == 64 && match != 0) {
            warn.accept(m, "with l2g 64 no guard bits remain; the match is dropped");
            match = 0;
        }
        if (match != 0 || l2g != 12) {
            e = "guard(" + e + ", " + Numbers.hex(l2g == 64 ? 0 : match << l2g) + ", " + l2g + ")";
        }
        if (m.isWeak()) {
            e = "weaken(" + e + ")";
        } else if (m.isReadOnly()) {
            e = "readonly(" + e + ")";
        }
        if (m.isWeak() && !m.isReadOnly()) {
            warn.accept(m, "weak without read-only is not an image mkimage writes; weaken() makes it read-only too");
        }
        if (m.isNoExecute()) {
            e = "noexec(" + e + ")";
        }
        if (m.isOpaque()) {
            e = "opaque(" + e + ")";
        }
        if (m.isNoCall()) {
            e = "nocall(" + e + ")";
        }
        return e;
    }

    private String bank(SpaceBankCapability b) {
        if (b.getTarget() == null) {
            return dangling(b);
        }
        String bank = names.of(b.getTarget());
        if (b.getProtectedPayload() == 0) {
            return bank;
        }
        if (bank.equals(ExportNames.PRIME_BANK)) {
            return "enter(" + ExportNames.PRIME_BANK_ENDPOINT + ", " + Numbers.hex(b.getProtectedPayload()) + ")";
        }
        warn.accept(b, "mkimage can restrict only the prime bank's capabilities (through PrimeBankEndpoint); "
                + "written as a full-strength capability to " + bank);
        return bank;
    }

    private String misc(MiscCapability m) {
        MiscCapabilityKind k = m.getKind();
        if (k == MiscCapabilityKind.IRQ_WAIT) {
            warn.accept(m, "mkimage has no built-in for IrqWait capabilities; written as NullCap()");
            return "NullCap()";
        }
        return k.getLiteral() + "()";
    }

    private String dangling(Capability c) {
        warn.accept(c, "the capability designates nothing; written as NullCap()");
        return "NullCap()";
    }
}
