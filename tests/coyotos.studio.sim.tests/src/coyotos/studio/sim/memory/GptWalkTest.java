package coyotos.studio.sim.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.Endpoint;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.Restrictions;
import coyotos.studio.sim.image.SystemImage;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§4.3.1 Address Translation: GPT walk")
class GptWalkTest {

    /**
     * root (l2v 16: 64 KiB slots) --slot 1--> leaf (l2v 12) --slot 2--> page "p". So 0x12000 maps p.
     * Slot 3 of leaf holds a cap page, slot 4 an entry capability.
     */
    private static SystemImage.Builder base(UnaryOperator<Capability> leafCap) {
        SystemImage.Builder b = SystemImage.builder("walk");
        b.page("p").capPage("cp");
        b.process(ProcessSpec.builder("h").build());
        b.endpoint(new Endpoint("ep", "h", false, 1));
        b.gpt(Gpt.of("root", 16));
        b.gpt(Gpt.of("leaf", 12).withSlot(2, Capability.page("p")).withSlot(3, Capability.capPage("cp"))
                .withSlot(4, Capability.entry("ep", 0)));
        b.slot("root", 1, leafCap.apply(Capability.gpt("leaf")));
        return b;
    }

    private static TranslationResult walk(SystemImage img, Capability space, long va, Access a) {
        ObjectIndex idx = new ObjectIndex(img);
        MemoryStore store = new MemoryStore(img, idx);
        TranslationResult r = new TranslationResult();
        new GptWalk(store).translate(idx.resolve(space), va, a, r);
        return r;
    }

    private static TranslationResult walk(long va, Access a) {
        return walk(base(c -> c).build(), Capability.gpt("root").withGuard(0, 20), va, a);
    }

    @Test
    @DisplayName("§4.3.1: a mapped address reaches its page with no restrictions")
    void translatesMappedAddress() {
        TranslationResult r = walk(0x12abcL, Access.READ);
        assertTrue(r.ok());
        assertEquals(0, r.pageIndex);
        assertEquals(0, r.restrictions);
        assertEquals(2, r.pathLength);
    }

    @Test
    @DisplayName("§4.3.1 step 1: guard mismatch is InvalidDataReference (InvalidCapReference for capability access)")
    void guardMismatch() {
        assertEquals(FaultCode.INVALID_DATA_REFERENCE, walk(0x112000L, Access.READ).fault());
        assertEquals(FaultCode.INVALID_CAP_REFERENCE, walk(0x112000L, Access.CAP_READ).fault());
        // A non-zero guard match selects a different window: bits above l2g must equal it.
        SystemImage img = base(c -> c).build();
        assertTrue(walk(img, Capability.gpt("root").withGuard(3, 20), 0x312000L, Access.READ).ok());
        assertEquals(FaultCode.INVALID_DATA_REFERENCE,
                walk(img, Capability.gpt("root").withGuard(3, 20), 0x12000L, Access.READ).fault());
    }

    @Test
    @DisplayName("§4.3.1 step 3: slot index beyond 15 for the GPT's l2v is InvalidDataReference")
    void l2vSlotBound() {
        // root has l2v 16; with a guard at l2g 24 an address of 0x100000 names slot 16.
        SystemImage img = base(c -> c).build();
        TranslationResult r = walk(img, Capability.gpt("root").withGuard(0, 24), 0x100000L, Access.READ);
        assertEquals(FaultCode.INVALID_DATA_REFERENCE, r.fault());
        assertFalse(r.stoppedAtNullSlot);
        assertTrue(walk(img, Capability.gpt("root").withGuard(0, 24), 0x0F000L, Access.READ).fault()
                == FaultCode.INVALID_DATA_REFERENCE, "slot 0 of root is null");
    }

    @Test
    @DisplayName("§4.3.1 step 3: an empty slot faults and records where translation stopped")
    void nullSlot() {
        TranslationResult r = walk(0x15000L, Access.WRITE);
        assertEquals(FaultCode.INVALID_DATA_REFERENCE, r.fault());
        assertTrue(r.stoppedAtNullSlot);
        assertEquals(5, r.stopSlot);
        assertEquals(12, r.stopL2v);
    }

    @Test
    @DisplayName("§4.3.1 step 2: restrictions accumulate along the path")
    void restrictionsAccumulate() {
        SystemImage img = base(c -> c.withRestrictions(Restrictions.NX)).build();
        TranslationResult r = walk(img, Capability.gpt("root").withGuard(0, 20).withRestrictions(Restrictions.RO),
                0x12000L, Access.READ);
        assertTrue(r.ok());
        assertEquals(Restrictions.RO | Restrictions.NX, r.restrictions);
    }

    @Test
    @DisplayName("§4.3.1: data store through an RO path is AccessViolation")
    void readOnlyWrite() {
        SystemImage img = base(c -> c.withRestrictions(Restrictions.RO)).build();
        Capability space = Capability.gpt("root").withGuard(0, 20);
        assertEquals(FaultCode.ACCESS_VIOLATION, walk(img, space, 0x12000L, Access.WRITE).fault());
        assertTrue(walk(img, space, 0x12000L, Access.READ).ok());
    }

    @Test
    @DisplayName("§4.3.1: instruction fetch through an NX path is NoExecute")
    void noExecuteFetch() {
        SystemImage img = base(c -> c.withRestrictions(Restrictions.NX)).build();
        assertEquals(FaultCode.NO_EXECUTE,
                walk(img, Capability.gpt("root").withGuard(0, 20), 0x12000L, Access.EXECUTE).fault());
    }

    @Test
    @DisplayName("§4.3.1: WK makes stores fault and capability loads come back weakened")
    void weak() {
        SystemImage img = base(c -> c.withRestrictions(Restrictions.WK)).build();
        Capability space = Capability.gpt("root").withGuard(0, 20);
        assertEquals(FaultCode.ACCESS_VIOLATION, walk(img, space, 0x12000L, Access.WRITE).fault());
        assertEquals(FaultCode.ACCESS_VIOLATION, walk(img, space, 0x13000L, Access.CAP_WRITE).fault());
        TranslationResult load = walk(img, space, 0x13000L, Access.CAP_READ);
        assertTrue(load.ok());
        assertTrue(load.weakened);
    }

    @Test
    @DisplayName("§4.3.1: data access to a CapPage is DataAccessTypeError, capability access to a Page CapAccessTypeError")
    void accessTypeErrors() {
        assertEquals(FaultCode.DATA_ACCESS_TYPE_ERROR, walk(0x13000L, Access.READ).fault());
        assertEquals(FaultCode.CAP_ACCESS_TYPE_ERROR, walk(0x12000L, Access.CAP_READ).fault());
        assertTrue(walk(0x13000L, Access.CAP_READ).ok());
    }

    @Test
    @DisplayName("§4.3.1: a non-memory capability on the path is MalformedSpace")
    void entryOnPath() {
        assertEquals(FaultCode.MALFORMED_SPACE, walk(0x14000L, Access.READ).fault());
    }

    @Test
    @DisplayName("§4.3.1: offset beyond a page reached directly is InvalidDataReference")
    void pageOffsetBound() {
        SystemImage img = base(c -> c).build();
        assertEquals(FaultCode.INVALID_DATA_REFERENCE, walk(img, Capability.page("p"), 0x1000L, Access.READ).fault());
        assertTrue(walk(img, Capability.page("p"), 0xFFFL, Access.READ).ok());
    }

    @Test
    @DisplayName("§4.3.1 traversal bound: a cyclic GPT ends in TraverseLimit, not a hang")
    void cyclicGptHitsDepthLimit() {
        SystemImage.Builder b = SystemImage.builder("cycle");
        b.gpt(Gpt.of("loop", 12));
        // Slot 0 names the same GPT again under a guard that consumes no bits: an endless path.
        b.slot("loop", 0, Capability.gpt("loop").withGuard(0, 16));
        TranslationResult r = walk(b.build(), Capability.gpt("loop").withGuard(0, 16), 0x0L, Access.READ);
        assertEquals(FaultCode.TRAVERSE_LIMIT, r.fault());
        assertEquals(GptWalk.TRAVERSE_LIMIT + 1, r.steps);
    }

    @Test
    @DisplayName("§4.3 ha: the innermost memory handler on the path is remembered")
    void innermostMemoryHandler() {
        SystemImage.Builder b = base(c -> c);
        b.process(ProcessSpec.builder("h2").build());
        b.endpoint(new Endpoint("ep2", "h2", false, 2));
        b.gpt(b.gptDraft("root").withMemoryHandler(Capability.entry("ep", 1)));
        b.gpt(b.gptDraft("leaf").withMemoryHandler(Capability.entry("ep2", 2)));
        SystemImage img = b.build();
        TranslationResult r = walk(img, Capability.gpt("root").withGuard(0, 20), 0x16000L, Access.READ);
        assertEquals(FaultCode.INVALID_DATA_REFERENCE, r.fault());
        assertEquals(CapType.ENTRY, r.memoryHandler.type);
        assertEquals(2, r.memoryHandler.payload, "leaf's handler is innermost");
        TranslationResult outer = walk(img, Capability.gpt("root").withGuard(0, 20), 0x22000L, Access.READ);
        assertEquals(1, outer.memoryHandler.payload, "outside leaf only root's handler is on the path");
        assertNull(walk(base(c -> c).build(), Capability.gpt("root").withGuard(0, 20), 0x16000L, Access.READ)
                .memoryHandler);
    }

    @Test
    @DisplayName("§4.3 bg: a background window continues in the background space")
    void backgroundWindow() {
        SystemImage.Builder b = base(c -> c);
        b.page("bgpage");
        b.gpt(b.gptDraft("leaf").withBackground(Capability.page("bgpage")).withSlot(6, Capability.backgroundWindow("leaf")));
        SystemImage img = b.build();
        TranslationResult r = walk(img, Capability.gpt("root").withGuard(0, 20), 0x16010L, Access.READ);
        assertTrue(r.ok(), () -> "fault " + r.fault());
        assertEquals(new ObjectIndex(img).index(CapType.PAGE, "bgpage"), r.pageIndex);
    }

    @Test
    @DisplayName("Process.idl: fault code numbers")
    void faultCodeNumbers() {
        assertEquals(4, FaultCode.INVALID_DATA_REFERENCE.code());
        assertEquals(7, FaultCode.ACCESS_VIOLATION.code());
        assertEquals(12, FaultCode.TRAVERSE_LIMIT.code());
        assertEquals(13, FaultCode.MALFORMED_SPACE.code());
        assertEquals(25, FaultCode.STARTUP.code());
        assertEquals(48, FaultCode.ACTIVATION_FAIL.code());
        assertEquals(FaultCode.NO_EXECUTE, FaultCode.of(6));
    }
}
