package coyotos.studio.sim.memory;

import coyotos.studio.sim.image.Restrictions;

/**
 * Which GPT's memory handler a fault goes to, as {@code proc_deliver_memory_fault} chooses it
 * ({@code kern_Process.c:272-306}): walk the entries of the faulting walk outermost first; stop at a capability
 * with the no-call restriction, at the first read-only or weak capability when the fault is an AccessViolation,
 * and at a page; skip windows; remember the last GPT with {@code ha}. Whether that GPT's slot 15 really holds a
 * usable entry capability is not checked here: the kernel keeps the deepest {@code ha} GPT regardless and falls
 * through to the process handler when the upcall fails.
 */
public final class MemoryHandlerSearch {
    private MemoryHandlerSearch() {
    }

    /** Index of the kept entry in {@code walk}, or -1 when no memory handler applies. */
    public static int keptEntry(TranslationResult walk, int faultCode, MemoryStore store) {
        int kept = -1;
        int stop = stopEntry(walk, faultCode);
        for (int i = 0; i < stop; i++) {
            if (walk.kind[i] == TranslationResult.WINDOW) {
                continue;
            }
            if (store.ha(walk.object[i])) {
                kept = i;
            }
        }
        return kept;
    }

    /**
     * Index of the entry the search stops at without looking at it (a no-call capability; the first read-only or
     * weak one for an AccessViolation; the page), or {@code walk.count} when it looks at every entry. A debugger
     * shows it: a handler "never called" is often one below that entry.
     */
    public static int stopEntry(TranslationResult walk, int faultCode) {
        for (int i = 0; i < walk.count; i++) {
            int restr = walk.restr[i];
            if ((restr & Restrictions.NC) != 0
                    || faultCode == FaultCode.ACCESS_VIOLATION.code() && (restr & (Restrictions.RO | Restrictions.WK)) != 0
                    || walk.kind[i] == TranslationResult.PAGE) {
                return i;
            }
        }
        return walk.count;
    }
}
