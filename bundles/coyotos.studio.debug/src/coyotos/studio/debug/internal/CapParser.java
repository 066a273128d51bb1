package coyotos.studio.debug.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.memory.Cap;

/**
 * Reads a capability typed in the Variables view, in the words {@link CapText} shows them: {@code Null},
 * {@code cr5} (a copy of another register of the same process), or a kind and an object name with, optionally,
 * the payload of an entry capability and the guard and restrictions of a memory capability:
 * {@code Entry → pager-ep, payload 0x0}, {@code GPT → app-space (guard 0x0/19 · no-call)}. So editing a shown
 * value (deleting "· no-call", say) gives the capability one means.
 */
public final class CapParser {

    private static final Pattern FORM = Pattern.compile(
            "(?i)\\s*(GPT|Page|Capability page|Entry|Endpoint|Process|Space bank)\\s*(?:→|->)?\\s*([^,(]+?)\\s*"
                    + "(?:\\(to [^)]*\\))?\\s*(?:,\\s*payload\\s+(0x[0-9a-f]+|\\d+))?\\s*(?:\\(([^)]*)\\))?\\s*");
    private static final Pattern GUARD = Pattern.compile("(?i)guard\\s+(0x[0-9a-f]+|\\d+)\\s*/\\s*(\\d+)");

    private CapParser() {
    }

    /**
     * @param process the process whose registers {@code crN} names
     * @throws IllegalArgumentException saying what in the text is not a capability of this system
     */
    public static Cap parse(String text, int process, KernelProbe probe, Names names) {
        String t = text.trim();
        if (t.equalsIgnoreCase("null")) {
            return Cap.NULL;
        }
        Matcher reg = Pattern.compile("(?i)cr(\\d+)").matcher(t);
        if (reg.matches()) {
            int r = Integer.parseInt(reg.group(1));
            if (r > 31) {
                throw new IllegalArgumentException("there are 32 capability registers, cr0 to cr31");
            }
            return probe.capRegister(process, r);
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + t + "' is not a capability: write Null, crN, or a kind and a name "
                    + "(\"Entry → pager-ep\", \"GPT → app-space (no-call)\")");
        }
        CapType type = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "gpt" -> CapType.GPT;
            case "page" -> CapType.PAGE;
            case "capability page" -> CapType.CAP_PAGE;
            case "entry" -> CapType.ENTRY;
            case "endpoint" -> CapType.ENDPOINT;
            case "process" -> CapType.PROCESS;
            default -> CapType.SPACE_BANK;
        };
        String name = m.group(2).trim();
        int target = index(type, name, probe, names);
        long payload = m.group(3) == null ? 0 : number(m.group(3));
        int restr = 0;
        long match = 0;
        int l2g = Cap.NULL.l2g;
        if (m.group(4) != null) {
            for (String word : m.group(4).split("·")) {
                String w = word.trim();
                Matcher g = GUARD.matcher(w);
                if (g.matches()) {
                    match = number(g.group(1));
                    l2g = Integer.parseInt(g.group(2));
                    if (l2g > 64) {
                        throw new IllegalArgumentException("a guard's l2g is 0 to 64, not " + l2g);
                    }
                } else if (!w.isEmpty()) {
                    restr |= restriction(w);
                }
            }
        }
        if (!type.isMemory() && (restr != 0 || l2g != Cap.NULL.l2g)) {
            throw new IllegalArgumentException("only memory capabilities have a guard and restrictions");
        }
        return new Cap(type, target, restr, match, l2g, payload);
    }

    private static int index(CapType type, String name, KernelProbe probe, Names names) {
        Matcher allocated = Pattern.compile("(gpt|page)#(\\d+)").matcher(name);
        if (allocated.matches()) {
            return Integer.parseInt(allocated.group(2));
        }
        for (String id : names.idsOf(name)) {
            int i = probe.objectIndex(type == CapType.ENTRY ? CapType.ENDPOINT : type, id);
            if (i >= 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("this system has no " + type.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " named '" + name + "'");
    }

    private static int restriction(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "weak", "wk" -> 0x01;
            case "ro", "read-only" -> 0x02;
            case "nx", "no-execute" -> 0x04;
            case "opaque", "op" -> 0x08;
            case "no-call", "nc" -> 0x10;
            default -> throw new IllegalArgumentException("'" + word + "' is not a restriction: weak, RO, NX, opaque, "
                    + "no-call");
        };
    }

    private static long number(String s) {
        return s.toLowerCase(Locale.ROOT).startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16)
                : Long.parseLong(s);
    }
}
