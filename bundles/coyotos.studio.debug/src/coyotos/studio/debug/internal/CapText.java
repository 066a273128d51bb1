package coyotos.studio.debug.internal;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.memory.Cap;

/**
 * A capability of a running system in words: what it designates and, for a memory capability, the guard and
 * restrictions the GPT walk applies, worded as the model tree words them ("GPT → app-space (guard 0x0/19 ·
 * no-call)"); an entry capability names the process its endpoint delivers to.
 */
public final class CapText {

    private CapText() {
    }

    public static String of(Cap c, KernelProbe probe, Names names) {
        if (c == null || c.type == CapType.NULL) {
            return "Null";
        }
        String object = names.of(probe.objectId(c));
        String text = switch (c.type) {
            case GPT -> "GPT → " + object;
            case PAGE -> "Page → " + object;
            case CAP_PAGE -> "Capability page → " + object;
            case ENTRY -> "Entry → " + object + recipient(c, probe, names) + ", payload 0x" + Long.toHexString(c.payload);
            case ENDPOINT -> "Endpoint → " + object;
            case PROCESS -> "Process → " + object;
            case SPACE_BANK -> "Space bank → " + object;
            case SCHEDULE -> "Schedule";
            case LOCAL_WINDOW -> "Local window → slot " + c.slot + ", offset 0x" + Long.toHexString(c.offset);
            case BACKGROUND_WINDOW -> "Background window → slot 14 of the bg GPT, offset 0x"
                    + Long.toHexString(c.offset);
            default -> c.type.name();
        };
        String guard = guard(c);
        return guard.isEmpty() ? text : text + " (" + guard + ")";
    }

    private static String recipient(Cap c, KernelProbe probe, Names names) {
        int r = probe.recipient(c);
        return r < 0 ? " (no recipient)" : " (to " + probe.process(r).name() + ")";
    }

    /** {@code guard 0x0/19 · RO · no-call}: what the walk applies; "" for capabilities that are not memory. */
    public static String guard(Cap c) {
        if (!c.type.isMemory()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (c.l2g < Cap.NULL.l2g) {
            text.append("guard 0x").append(Long.toHexString(c.match)).append('/').append(c.l2g);
        }
        restrictions(text, c.restr);
        return text.toString();
    }

    /** Appends the restriction words (kernel encoding, obstore/capability.h) with " · " between. */
    public static StringBuilder restrictions(StringBuilder text, int restr) {
        String[] words = { "weak", "RO", "NX", "opaque", "no-call" };
        for (int bit = 0; bit < words.length; bit++) {
            if ((restr & (1 << bit)) != 0) {
                text.append(text.isEmpty() ? "" : " · ").append(words[bit]);
            }
        }
        return text;
    }
}
