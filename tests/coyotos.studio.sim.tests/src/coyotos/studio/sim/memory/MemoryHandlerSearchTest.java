package coyotos.studio.sim.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.Endpoint;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.Restrictions;
import coyotos.studio.sim.image.SystemImage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The memory-handler search of proc_deliver_memory_fault (kern_Process.c:272-306)")
class MemoryHandlerSearchTest {

    /** root (ha, handler ep1) --slot 1--> leaf (ha, handler ep2) --slot 2--> page p. */
    private static SystemImage.Builder twoHandlers(int leafRestrictions) {
        SystemImage.Builder b = GptWalkTest.base(c -> c.withRestrictions(leafRestrictions));
        b.process(ProcessSpec.builder("h2").build());
        b.endpoint(new Endpoint("ep2", "h2", false, 2));
        b.gpt(b.gptDraft("root").withMemoryHandler(Capability.entry("ep", 1)));
        b.gpt(b.gptDraft("leaf").withMemoryHandler(Capability.entry("ep2", 2)));
        return b;
    }

    private static int kept(SystemImage img, long va, Access access) {
        ObjectIndex idx = new ObjectIndex(img);
        MemoryStore store = new MemoryStore(img, idx);
        TranslationResult r = new TranslationResult();
        int fc = new GptWalk(store).translate(idx.resolve(Capability.gpt("root").withGuard(0, 20)), va, access, r);
        int e = MemoryHandlerSearch.keptEntry(r, fc, store);
        return e < 0 ? -1 : r.object[e];
    }

    private static int gpt(SystemImage img, String id) {
        return new ObjectIndex(img).index(coyotos.studio.sim.image.CapType.GPT, id);
    }

    @Test
    @DisplayName("the innermost GPT with ha on the walk is kept")
    void innermost() {
        SystemImage img = twoHandlers(0).build();
        assertEquals(gpt(img, "leaf"), kept(img, 0x16000L, Access.READ));
        assertEquals(gpt(img, "root"), kept(img, 0x22000L, Access.READ), "outside leaf only root is on the walk");
        SystemImage none = GptWalkTest.base(c -> c).build();
        assertEquals(-1, kept(none, 0x16000L, Access.READ));
    }

    @Test
    @DisplayName("no-call (Memory.idl: 'no keeper will be called below this point') stops the search at its capability")
    void noCallStops() {
        SystemImage img = twoHandlers(Restrictions.NC).build();
        assertEquals(gpt(img, "root"), kept(img, 0x16000L, Access.READ),
                "leaf is named by a no-call capability: its handler is not called");
    }

    @Test
    @DisplayName("an AccessViolation stops the search at the first read-only or weak capability")
    void accessViolationStopsAtReadOnly() {
        SystemImage img = twoHandlers(Restrictions.RO).build();
        assertEquals(gpt(img, "root"), kept(img, 0x12000L, Access.WRITE));
        assertEquals(gpt(img, "leaf"), kept(img, 0x16000L, Access.READ), "other faults pass the RO capability");
        SystemImage weak = twoHandlers(Restrictions.WK).build();
        assertEquals(gpt(weak, "root"), kept(weak, 0x12000L, Access.WRITE));
    }

    @Test
    @DisplayName("a GPT joins the search only after its slot-bound check")
    void slotBoundBeforeSearch() {
        SystemImage.Builder b = twoHandlers(0);
        b.gpt(b.gptDraft("leaf").withBackground(Capability.page("p")));
        SystemImage img = b.build();
        // With bg, leaf addresses 8 slots (kerninc/GPT.h): slot 9 fails its bound check before leaf joins the walk.
        assertEquals(gpt(img, "root"), kept(img, 0x19000L, Access.READ));
        assertEquals(gpt(img, "leaf"), kept(img, 0x15000L, Access.READ), "slot 5 passes: leaf is kept");
    }

    @Test
    @DisplayName("the deepest ha GPT is kept even when its slot 15 holds no entry capability")
    void keptEvenWithoutValidHandler() {
        SystemImage.Builder b = twoHandlers(0);
        b.slot("leaf", Gpt.HANDLER_SLOT, Capability.page("p"));
        SystemImage img = b.build();
        assertEquals(gpt(img, "leaf"), kept(img, 0x16000L, Access.READ));
    }
}
