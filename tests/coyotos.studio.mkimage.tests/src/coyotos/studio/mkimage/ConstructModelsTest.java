package coyotos.studio.mkimage;

import static coyotos.studio.mkimage.Corpus.object;
import static coyotos.studio.mkimage.Corpus.slot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the corpus modules build, field by field: the model an import gives for each construct and built-in. */
class ConstructModelsTest {

    private static CapRegister reg(Process p, int i) {
        return p.getRegisters().stream().filter(r -> r.getIndex() == i).findFirst().orElse(null);
    }

    @Test
    @DisplayName("new for every kind, and every field of processes, endpoints, GPTs, pages and capability pages")
    void objects() {
        CoyotosSystem s = Corpus.system("objects");
        Process proc = object(s, "proc", Process.class);
        Endpoint reply = object(s, "reply", Endpoint.class);
        Endpoint ep = object(s, "ep", Endpoint.class);
        Gpt space = object(s, "space", Gpt.class);
        Page code = object(s, "code", Page.class);
        CapPage tools = object(s, "tools", CapPage.class);
        SpaceBank bank = object(s, "bank", SpaceBank.class);
        assertEquals(List.of("bank", "proc", "reply", "ep", "space", "code", "tools"),
                s.getObjects().stream().map(KernelObject::getName).toList(), "one model object per object, in order");

        assertEquals(RunState.RECEIVING, proc.getRunState());
        assertEquals(0x41, proc.getFlags());
        assertEquals(FaultCode.STARTUP, proc.getFaultCode());
        assertEquals(0x2000, proc.getFaultInfo());
        assertSame(bank, proc.getBank());
        assertNull(ep.getBank(), "allocated from the prime bank");
        assertNull(bank.getParent(), "made from the prime bank");
        assertSame(space, ((GptCapability) proc.getAddressSpace()).getTarget());
        assertNull(proc.getSchedule(), "NullCap() is an empty slot");
        EntryCapability handler = (EntryCapability) proc.getHandler();
        assertSame(ep, handler.getTarget());
        assertEquals(7, handler.getProtectedPayload());
        assertEquals(0xffff, ((EntryCapability) proc.getBrand()).getProtectedPayload());
        assertEquals(MiscCapabilityKind.KERN_LOG, ((MiscCapability) proc.getCohort()).getKind());
        assertEquals(MiscCapabilityKind.IO_PERM, ((MiscCapability) proc.getIoSpace()).getKind());
        assertSame(reply, ((EndpointCapability) reg(proc, 1).getCap()).getTarget());
        assertSame(proc, ((ProcessCapability) reg(proc, 2).getCap()).getTarget());
        assertSame(bank, ((SpaceBankCapability) reg(proc, 3).getCap()).getTarget());
        assertSame(tools, ((CapPageCapability) reg(proc, 4).getCap()).getTarget());
        assertEquals(4, proc.getRegisters().size(), "null registers are empty");

        assertSame(proc, reply.getRecipient());
        assertTrue(reply.isPm());
        assertEquals(0x100000000L, reply.getEndpointId());
        assertEquals(5, reply.getProtectedPayload());
        assertSame(proc, ep.getRecipient());
        assertFalse(ep.isPm());

        assertEquals(16, space.getL2v());
        assertTrue(space.isHa());
        assertFalse(space.isBg());
        assertSame(code, ((PageCapability) slot(space, 0)).getTarget());
        assertEquals(1, ((EntryCapability) slot(space, 15)).getProtectedPayload());

        byte[] expected = new byte[4096];
        expected[0] = (byte) 0xf4;
        expected[4095] = (byte) 0x90;
        assertArrayEquals(expected, code.getContents());
        assertEquals(2, tools.getSlots().size());
        assertEquals(MiscCapabilityKind.DISCRIM, ((MiscCapability) tools.getSlots().get(0).getCap()).getKind());
        PageCapability last = (PageCapability) tools.getSlots().get(1).getCap();
        assertEquals(255, tools.getSlots().get(1).getIndex());
        assertTrue(last.isReadOnly());
    }

    @Test
    @DisplayName("capabilities keep their kind, restrictions, guard, payload and window parameters")
    void capabilities() {
        CoyotosSystem s = Corpus.system("capabilities");
        Process p = object(s, "proc", Process.class);
        Endpoint ep = object(s, "ep", Endpoint.class);
        Page pg = object(s, "pg", Page.class);
        Gpt gpt = object(s, "gpt", Gpt.class);
        assertEquals(3, ((EntryCapability) reg(p, 1).getCap()).getProtectedPayload());
        AppNoticeCapability notice = (AppNoticeCapability) reg(p, 2).getCap();
        assertSame(ep, notice.getTarget());
        assertEquals(0xffffffffL, notice.getMask());
        Map<Integer, MiscCapabilityKind> misc = new TreeMap<>();
        for (int i = 3; i <= 14; i++) {
            misc.put(i, ((MiscCapability) reg(p, i).getCap()).getKind());
        }
        assertEquals(List.of(MiscCapabilityKind.KEY_BITS, MiscCapabilityKind.DISCRIM, MiscCapabilityKind.RANGE,
                MiscCapabilityKind.SLEEP, MiscCapabilityKind.IRQ_CTL, MiscCapabilityKind.SCHED_CTL,
                MiscCapabilityKind.CHECKPOINT, MiscCapabilityKind.OB_STORE, MiscCapabilityKind.IO_PERM,
                MiscCapabilityKind.PIN_CTL, MiscCapabilityKind.SYS_CTL, MiscCapabilityKind.KERN_LOG),
                List.copyOf(misc.values()));
        assertNull(reg(p, 15), "NullCap() leaves the register empty");
        assertRights((MemoryCapability) reg(p, 16).getCap(), "RO");
        assertRights((MemoryCapability) reg(p, 17).getCap(), "RO WK");
        assertRights((MemoryCapability) reg(p, 18).getCap(), "RO NX");
        assertRights((MemoryCapability) reg(p, 19).getCap(), "OP");
        assertRights((MemoryCapability) reg(p, 20).getCap(), "NC");
        PageCapability guarded = (PageCapability) reg(p, 21).getCap();
        assertEquals(List.of(5L, 12), List.of(guarded.getMatch(), guarded.getL2g()));
        GptCapability wide = (GptCapability) reg(p, 22).getCap();
        assertSame(gpt, wide.getTarget());
        assertEquals(List.of(3L, 16), List.of(wide.getMatch(), wide.getL2g()));
        WindowCapability w = (WindowCapability) reg(p, 23).getCap();
        assertEquals(0x4000, w.getOffset());
        LocalWindowCapability lw = (LocalWindowCapability) reg(p, 24).getCap();
        assertEquals(List.of(0x8000L, 3L), List.of(lw.getOffset(), (long) lw.getSlot()));
        PhysicalPageCapability phys = (PhysicalPageCapability) reg(p, 25).getCap();
        assertEquals(0xb8, phys.getFrame());
        assertTrue(phys.isCacheDisabled());
        assertFalse(phys.isOpaque(), "CD shares the OP bit: it is not opacity");
        assertSame(pg, ((PageCapability) reg(p, 26).getCap()).getTarget(), "PageCap(1): the first page after the header");
        SpaceBankCapability verifier = (SpaceBankCapability) reg(p, 27).getCap();
        assertEquals("PrimeBank", verifier.getTarget().getName());
        assertEquals(0xffffffffL, verifier.getProtectedPayload());
        assertSame(verifier.getTarget(), ((SpaceBankCapability) reg(p, 28).getCap()).getTarget());
        assertNull(reg(p, 29));
    }

    private static void assertRights(MemoryCapability c, String rights) {
        String got = ((c.isReadOnly() ? "RO " : "") + (c.isWeak() ? "WK " : "") + (c.isNoExecute() ? "NX " : "")
                + (c.isOpaque() ? "OP " : "") + (c.isNoCall() ? "NC " : "")).trim();
        assertEquals(rights, got);
    }

    @Test
    @DisplayName("insert_subspace builds mkimage's GPTs; readfile, fillpage, set_page_uint64 and dup fill pages")
    void spaces() {
        CoyotosSystem s = Corpus.system("spaces");
        Process proc = object(s, "proc", Process.class);
        GptCapability root = (GptCapability) proc.getAddressSpace();
        assertEquals(List.of(0L, 20), List.of(root.getMatch(), root.getL2g()));
        Gpt g = root.getTarget();
        assertEquals(16, g.getL2v());
        PageCapability low = (PageCapability) slot(g, 0);
        assertEquals("pg", low.getTarget().getName());
        assertEquals(List.of(1L, 12), List.of(low.getMatch(), low.getL2g()), "the page at 0x1000 is slot 0 guarded by 1");
        assertTrue(low.isReadOnly());
        PageCapability big = (PageCapability) slot(g, 2);
        assertEquals("pg", big.getTarget().getName(), "insert_subspace(.., 0x20000, 16) replaced the GPT below slot 2");
        Page pg = object(s, "pg", Page.class);
        assertEquals(4096, pg.getContents().length);
        assertTrue(allEqual(pg.getContents(), (byte) 0x5a), "fillpage(pg, 0x5a)");
        Page data = object(s, "data", Page.class);
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, (byte) 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11},
                data.getContents(), "set_page_uint64 writes little-endian; trailing zeros are not kept");
        Page copy = object(s, "copy", Page.class);
        assertArrayEquals(data.getContents(), copy.getContents());
        PageCapability text = (PageCapability) reg(proc, 8).getCap();
        assertEquals("Coyotos Studio reads this file with readfile().\n", new String(text.getTarget().getContents()));
        Gpt farGpt = object(s, "far", Gpt.class);
        assertEquals(36, farGpt.getL2v(), "guarded_space(pg, 2^40): 24 guard bits over the page are not enough");
    }

    private static boolean allEqual(byte[] b, byte v) {
        for (byte x : b) {
            if (x != v) {
                return false;
            }
        }
        return true;
    }

    @Test
    @DisplayName("loadimage: pages of the ELF program, shared file page, .bss, entry point as the start PC")
    void programs() {
        CoyotosSystem s = Corpus.system("programs");
        Process proc = object(s, "proc", Process.class);
        assertEquals(FaultCode.STARTUP, proc.getFaultCode());
        GptCapability space = (GptCapability) proc.getAddressSpace();
        assertEquals(List.of(0x804L, 16), List.of(space.getMatch(), space.getL2g()));
        Gpt g = space.getTarget();
        PageCapability text = (PageCapability) slot(g, 8);
        PageCapability data = (PageCapability) slot(g, 9);
        assertSame(text.getTarget(), data.getTarget(), "the data segment starts in the text segment's file page");
        assertTrue(text.isReadOnly() && !text.isNoExecute());
        assertTrue(!data.isReadOnly() && data.isNoExecute());
        for (int i = 10; i <= 12; i++) {
            PageCapability bss = (PageCapability) slot(g, i);
            assertNull(bss.getTarget().getContents(), ".bss page " + i + " is zero");
        }
        byte[] elf = text.getTarget().getContents();
        assertEquals(0x7f, elf[0], "the first file page holds the ELF header");
        long entry = proc.getFaultInfo();
        assertTrue(entry > 0x08048000L && entry < 0x08049000L, "the entry point is in the text page: " + Long.toHexString(entry));
        Process small = object(s, "smallproc", Process.class);
        GptCapability smallSpace = (GptCapability) small.getAddressSpace();
        assertTrue(smallSpace.isWeak() && smallSpace.isReadOnly());
        assertEquals(16, smallSpace.getL2g());
    }

    @Test
    @DisplayName("banks: parents, the allocating bank of objects, restricted prime bank capabilities")
    void banks() {
        CoyotosSystem s = Corpus.system("banks");
        SpaceBank parent = object(s, "parent", SpaceBank.class);
        SpaceBank child = object(s, "child", SpaceBank.class);
        SpaceBank prime = object(s, "PrimeBank", SpaceBank.class);
        assertNull(parent.getParent());
        assertSame(parent, child.getParent());
        assertNull(prime.getParent());
        assertNull(prime.getOrigin(), "no statement made the prime bank");
        assertSame(child, object(s, "pg", Page.class).getBank());
        Process proc = object(s, "proc", Process.class);
        assertSame(parent, proc.getBank());
        assertEquals(0xffffffffL, ((SpaceBankCapability) reg(proc, 8).getCap()).getProtectedPayload());
        assertSame(prime, ((SpaceBankCapability) reg(proc, 9).getCap()).getTarget());
    }

    @Test
    @DisplayName("every element remembers the file, line and column of the statement that made it")
    void origins() {
        CoyotosSystem s = Corpus.system("objects");
        String file = Corpus.valid("objects").toString();
        assertEquals(file + ":3:14", object(s, "bank", SpaceBank.class).getOrigin());
        assertEquals(file + ":4:14", object(s, "proc", Process.class).getOrigin());
        Process proc = object(s, "proc", Process.class);
        assertEquals(file + ":17:16", proc.getHandler().getOrigin(), "a capability: where it was stored ('=')");
        assertEquals(file + ":22:18", reg(proc, 2).getCap().getOrigin());
    }
}
