package coyotos.studio.sim.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

@DisplayName("Address translation as kern_MemWalk.c walks it (spec §4.3.1)")
class GptWalkTest {

    /**
     * root (l2v 16: 64 KiB slots) --slot 1--> leaf (l2v 12) --slot 2--> page "p". So 0x12000 maps p.
     * Slot 3 of leaf holds a cap page, slot 4 an entry capability.
     */
    static SystemImage.Builder base(UnaryOperator<Capability> leafCap) {
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

    static TranslationResult walk(SystemImage img, Capability space, long va, Access a) {
        return walk(img, space, va, a, false, -1L);
    }

    static TranslationResult walk(SystemImage img, Capability space, long va, Access a, boolean nx, long limit) {
        ObjectIndex idx = new ObjectIndex(img);
        MemoryStore store = new MemoryStore(img, idx);
        TranslationResult r = new TranslationResult();
        new GptWalk(store, nx, limit).translate(idx.resolve(space), va, a, r);
        return r;
    }

    private static TranslationResult walk(long va, Access a) {
        return walk(base(c -> c).build(), Capability.gpt("root").withGuard(0, 20), va, a);
    }

    private static final Capability SPACE = Capability.gpt("root").withGuard(0, 20);

    @Test
    @DisplayName("§4.3.1: a mapped address reaches its page; one walk entry per capability traversed")
    void translatesMappedAddress() {
        TranslationResult r = walk(0x12abcL, Access.READ);
        assertTrue(r.ok());
        assertEquals(0, r.pageIndex);
        assertEquals(0, r.restrictions);
        assertEquals(3, r.count, "root, leaf, page (kerninc/MemWalk.h MemWalkEntry)");
        assertEquals(2, r.gptCount());
        assertEquals(0x12abcL, r.remAddr[0], "the address relative to root");
        assertEquals(0x2abcL, r.remAddr[1], "the address relative to leaf");
    }

    @Test
    @DisplayName("§4.3.1 step 1: guard mismatch is InvalidDataReference (InvalidCapReference for capability access)")
    void guardMismatch() {
        assertEquals(FaultCode.INVALID_DATA_REFERENCE, walk(0x112000L, Access.READ).fault());
        assertEquals(FaultCode.INVALID_CAP_REFERENCE, walk(0x112000L, Access.CAP_READ).fault());
        SystemImage img = base(c -> c).build();
        assertTrue(walk(img, Capability.gpt("root").withGuard(3, 20), 0x312000L, Access.READ).ok());
        assertEquals(FaultCode.INVALID_DATA_REFERENCE,
                walk(img, Capability.gpt("root").withGuard(3, 20), 0x12000L, Access.READ).fault());
    }

    @Test
    @DisplayName("§4.3.1 step 2: a slot index beyond the GPT's slots is InvalidDataReference, and the GPT does not join the walk")
    void l2vSlotBound() {
        SystemImage img = base(c -> c).build();
        TranslationResult r = walk(img, Capability.gpt("root").withGuard(0, 24), 0x100000L, Access.READ);
        assertEquals(FaultCode.INVALID_DATA_REFERENCE, r.fault());
        assertFalse(r.stoppedAtNullSlot);
        assertEquals(0, r.count, "kern_MemWalk.c records a GPT only after its slot-bound check");
    }

    @Test
    @DisplayName("§4.3.1: an empty slot faults and records where translation stopped")
    void nullSlot() {
        TranslationResult r = walk(0x15000L, Access.WRITE);
        assertEquals(FaultCode.INVALID_DATA_REFERENCE, r.fault());
        assertTrue(r.stoppedAtNullSlot);
        assertEquals(5, r.stopSlot);
        assertEquals(12, r.stopL2v);
    }

    @Test
    @DisplayName("§4.1.2: restrictions accumulate along the path")
    void restrictionsAccumulate() {
        SystemImage img = base(c -> c.withRestrictions(Restrictions.NX)).build();
        TranslationResult r = walk(img, SPACE.withRestrictions(Restrictions.RO), 0x12000L, Access.READ);
        assertTrue(r.ok());
        assertEquals(Restrictions.RO | Restrictions.NX, r.restrictions);
    }

    @Test
    @DisplayName("§4.1.2: a data store through an RO path is AccessViolation; a load is fine")
    void readOnlyWrite() {
        SystemImage img = base(c -> c.withRestrictions(Restrictions.RO)).build();
        assertEquals(FaultCode.ACCESS_VIOLATION, walk(img, SPACE, 0x12000L, Access.WRITE).fault());
        assertTrue(walk(img, SPACE, 0x12000L, Access.READ).ok());
    }

    @Test
    @DisplayName("kern_MemWalk.c:232-256: a write through RO on the path walked so far is AccessViolation even when the walk stops at an empty slot")
    void accessViolationBeforeEmptySlot() {
        SystemImage img = base(c -> c.withRestrictions(Restrictions.RO)).build();
        TranslationResult r = walk(img, SPACE, 0x15000L, Access.WRITE);
        assertEquals(FaultCode.ACCESS_VIOLATION, r.fault());
        assertTrue(r.stoppedAtNullSlot, "the walk still stopped at the empty slot");
        assertEquals(FaultCode.INVALID_DATA_REFERENCE, walk(img, SPACE, 0x15000L, Access.READ).fault());
    }

    @Test
    @DisplayName("spec §4.1.2, PageFault.c: rights are checked before the page type (a store through RO into a CapPage is AccessViolation)")
    void rightsBeforeType() {
        SystemImage img = base(c -> c.withRestrictions(Restrictions.RO)).build();
        assertEquals(FaultCode.ACCESS_VIOLATION, walk(img, SPACE, 0x13000L, Access.WRITE).fault());
        assertEquals(FaultCode.DATA_ACCESS_TYPE_ERROR, walk(img, SPACE, 0x13000L, Access.READ).fault());
    }

    @Test
    @DisplayName("Process.idl NoExecute, PageFault.c: a fetch through NX faults only where the kernel enables NX")
    void noExecuteOnlyWithNx() {
        SystemImage img = base(c -> c.withRestrictions(Restrictions.NX)).build();
        assertEquals(FaultCode.NO_EXECUTE, walk(img, SPACE, 0x12000L, Access.EXECUTE, true, -1L).fault());
        assertTrue(walk(img, SPACE, 0x12000L, Access.EXECUTE, false, -1L).ok(), "without NX the bit is ignored (§4.1.1)");
    }

    @Test
    @DisplayName("PageFault.c: an address at or above the kernel base is InvalidDataReference whatever the space maps")
    void kernelRange() {
        SystemImage img = base(c -> c).build();
        assertEquals(FaultCode.INVALID_DATA_REFERENCE, walk(img, SPACE, 0x12000L, Access.READ, false, 0x10000L).fault());
        assertTrue(walk(img, SPACE, 0x12000L, Access.READ, false, 0x13000L).ok());
    }

    @Test
    @DisplayName("§4.1.1: WK makes stores fault and capability loads come back weakened")
    void weak() {
        SystemImage img = base(c -> c.withRestrictions(Restrictions.WK)).build();
        assertEquals(FaultCode.ACCESS_VIOLATION, walk(img, SPACE, 0x12000L, Access.WRITE).fault());
        assertEquals(FaultCode.ACCESS_VIOLATION, walk(img, SPACE, 0x13000L, Access.CAP_WRITE).fault());
        TranslationResult load = walk(img, SPACE, 0x13000L, Access.CAP_READ);
        assertTrue(load.ok());
        assertTrue(load.weakened);
    }

    @Test
    @DisplayName("§4.1.2: data access to a CapPage is DataAccessTypeError, capability access to a Page CapAccessTypeError")
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
    @DisplayName("§4.2: an offset beyond a page reached directly is InvalidDataReference")
    void pageOffsetBound() {
        SystemImage img = base(c -> c).build();
        assertEquals(FaultCode.INVALID_DATA_REFERENCE, walk(img, Capability.page("p"), 0x1000L, Access.READ).fault());
        assertTrue(walk(img, Capability.page("p"), 0xFFFL, Access.READ).ok());
    }

    @Test
    @DisplayName("§4.3.3, kern_MemWalk.c: a cyclic space faults with MalformedSpace after MEMWALK_MAX (32) entries, never TraverseLimit")
    void cyclicGptIsMalformedSpace() {
        SystemImage.Builder b = SystemImage.builder("cycle");
        b.gpt(Gpt.of("loop", 12));
        // Slot 0 names the same GPT again under a guard that consumes no bits: an endless path.
        b.slot("loop", 0, Capability.gpt("loop").withGuard(0, 16));
        TranslationResult r = walk(b.build(), Capability.gpt("loop").withGuard(0, 16), 0x0L, Access.READ);
        assertEquals(FaultCode.MALFORMED_SPACE, r.fault());
        assertEquals(GptWalk.MEMWALK_MAX, r.count);
    }

    @Test
    @DisplayName("kerninc/GPT.h:41-44: with bg only half the slots are addressable (the spec reserves only slot 14)")
    void backgroundHalvesTheSlots() {
        SystemImage.Builder b = base(c -> c.withGuard(0, 16));
        b.page("far");
        b.gpt(b.gptDraft("leaf").withSlot(9, Capability.page("far")));
        SystemImage plain = b.build();
        assertTrue(walk(plain, SPACE, 0x19000L, Access.READ).ok(), "slot 9 is addressable without bg");
        b.gpt(b.gptDraft("leaf").withBackground(Capability.page("p")));
        SystemImage withBg = b.build();
        assertEquals(FaultCode.INVALID_DATA_REFERENCE, walk(withBg, SPACE, 0x19000L, Access.READ).fault(),
                "slot 9 of a bg GPT is beyond its 8 addressable slots");
        assertTrue(walk(withBg, SPACE, 0x12000L, Access.READ).ok());
    }

    @Test
    @DisplayName("§4.3.1 window capabilities: a background window continues in slot 14 of the innermost bg GPT at its offset")
    void backgroundWindowWithOffset() {
        SystemImage.Builder b = base(c -> c);
        b.gpt(Gpt.of("bgspace", 16));
        b.page("bgpage");
        b.slot("bgspace", 3, Capability.gpt("bgleaf"));
        b.gpt(Gpt.of("bgleaf", 12).withSlot(1, Capability.page("bgpage")));
        b.gpt(b.gptDraft("root").withBackground(Capability.gpt("bgspace")));
        b.gpt(b.gptDraft("leaf").withSlot(6, Capability.backgroundWindow("root", 0x31000L))
                .withSlot(7, Capability.backgroundWindow("root", 0x30000L)));
        SystemImage img = b.build();
        // 0x17000 -> leaf slot 7 (window): remaining 0x0 | 0x30000 -> bgspace slot 3 -> bgleaf slot 0: empty
        TranslationResult empty = walk(img, SPACE, 0x17000L, Access.READ);
        assertEquals(FaultCode.INVALID_DATA_REFERENCE, empty.fault());
        // 0x16000 -> leaf slot 6 (window): remaining 0x0 | 0x31000 -> bgspace slot 3 -> bgleaf slot 1: bgpage
        TranslationResult r = walk(img, SPACE, 0x16000L, Access.READ);
        assertTrue(r.ok(), () -> "fault " + r.fault());
        assertEquals(new ObjectIndex(img).index(CapType.PAGE, "bgpage"), r.pageIndex);
        assertEquals(TranslationResult.WINDOW, r.kind[2]);
    }

    @Test
    @DisplayName("kern_MemWalk.c: a background window with no bg GPT on the path is MalformedSpace (spec §4.3.1 says invalid)")
    void backgroundWindowWithoutBackground() {
        SystemImage.Builder b = base(c -> c);
        b.gpt(b.gptDraft("leaf").withSlot(6, Capability.backgroundWindow("leaf")));
        assertEquals(FaultCode.MALFORMED_SPACE, walk(b.build(), SPACE, 0x16000L, Access.READ).fault());
    }

    @Test
    @DisplayName("§4.3.1 window capabilities: a local window goes through another slot of its own GPT at its offset")
    void localWindow() {
        SystemImage.Builder b = base(c -> c);
        b.gpt(Gpt.of("sub", 12).withSlot(1, Capability.page("p")));
        b.gpt(b.gptDraft("root").withSlot(2, Capability.gpt("sub").withGuard(0, 16))
                .withSlot(3, Capability.localWindow("root", 2, 0x1000L)));
        SystemImage img = b.build();
        // 0x30000 -> root slot 3 (local window): remaining 0x0 | 0x1000 through root slot 2 -> sub slot 1 -> p
        TranslationResult r = walk(img, SPACE, 0x30000L, Access.READ);
        assertTrue(r.ok(), () -> "fault " + r.fault());
        assertEquals(0, r.pageIndex);
        SystemImage.Builder twice = base(c -> c);
        twice.gpt(twice.gptDraft("root").withSlot(2, Capability.localWindow("root", 3, 0))
                .withSlot(3, Capability.localWindow("root", 2, 0)));
        assertEquals(FaultCode.MALFORMED_SPACE, walk(twice.build(), SPACE, 0x30000L, Access.READ).fault(),
                "a window to a window is malformed (kern_MemWalk.c)");
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

    @Test
    @DisplayName("obstore/capability.h, Memory.idl: restrictions in the kernel's encoding (WK 1, RO 2, NX 4, OP 8, NC 16); spec §4.1.1 differs")
    void restrictionEncodings() {
        assertEquals(0x01, Restrictions.WK);
        assertEquals(0x02, Restrictions.RO);
        assertEquals(0x04, Restrictions.NX);
        assertEquals(0x08, Restrictions.OP);
        assertEquals(0x10, Restrictions.NC);
        assertEquals(0x1, Restrictions.toSpec(Restrictions.RO), "spec §4.1.1: RO is 0x1");
        assertEquals(0x4, Restrictions.toSpec(Restrictions.WK), "spec §4.1.1: WK is 0x4");
        assertEquals(0x2 | 0x8, Restrictions.toSpec(Restrictions.NX | Restrictions.OP | Restrictions.NC));
        assertEquals("RO NC", Restrictions.describe(Restrictions.RO | Restrictions.NC));
        assertTrue(Restrictions.bothEncodings(Restrictions.NC).contains("no no-call bit"));
    }
}
