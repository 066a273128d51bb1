package coyotos.studio.x86.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElfImageTest {
    private static final int RX = ElfSegment.PF_R | ElfSegment.PF_X;
    private static final int RW = ElfSegment.PF_R | ElfSegment.PF_W;

    /** Text in file [0, 0x1800) at 0x8048000; data in file [0x1800, 0x2100) at 0x8049800, .bss to 0x804c000. */
    private static ElfBytes twoSegments() {
        return new ElfBytes().entry(0x8048100)
                .load(0, 0x8048000, 0x1800, 0x1800, RX)
                .load(0x1800, 0x8049800, 0x900, 0x2800, RW);
    }

    @Test
    void readsEntryAndLoadSegments() throws Exception {
        ElfImage e = ElfImage.parse(twoSegments().segment(4, 0, 0, 0, 0, 4).build());
        assertEquals(0x8048100, e.entry());
        assertEquals(2, e.segments().size(), "the PT_NOTE header is not a load segment");
        ElfSegment data = e.segments().get(1);
        assertEquals(0x8049800, data.vaddr());
        assertEquals(0x804c000, data.end());
        assertTrue(data.writable());
        assertFalse(data.executable());
    }

    @Test
    void loadImageSharesTheFilePageBetweenTextAndDataWithTheUnionOfRights() throws Exception {
        LoadImage img = LoadImage.of(ElfImage.parse(twoSegments().build()));
        // File page 1 ([0x1000,0x2000)) holds the end of text and the start of data: one page at two addresses.
        LoadImage.Page shared = img.pages().get(1);
        assertEquals(List.of(0x8049000L), shared.mappings().stream().map(LoadImage.Mapping::vaddr).toList(),
                "both segments place file page 1 at 0x8049000");
        assertTrue(shared.mappings().get(0).writable() && shared.mappings().get(0).executable(),
                "text (RX) and data (RW) overlap that virtual page: the union is RWX");
        LoadImage.Mapping first = img.pages().get(0).mappings().get(0);
        assertEquals(0x8048000, first.vaddr());
        assertFalse(first.writable());
        assertTrue(first.executable());
    }

    @Test
    void loadImageZeroesBytesNoSegmentLoadsAndAddsBssPages() throws Exception {
        LoadImage img = LoadImage.of(ElfImage.parse(twoSegments().build()));
        // File page 2 ([0x2000,0x3000)): data's file bytes end at 0x2100; the rest is .bss and must read as zero.
        LoadImage.Page tail = img.pages().get(2);
        assertEquals(0x804a000, tail.mappings().get(0).vaddr());
        assertEquals(0x55, tail.data()[0xff]);
        assertEquals(0, tail.data()[0x100]);
        // .bss pages past the file: 0x804b000 only (0x804a000 is the file page above).
        List<Long> bss = img.pages().subList(3, img.pages().size()).stream()
                .map(p -> p.mappings().get(0).vaddr()).toList();
        assertEquals(List.of(0x804b000L), bss);
        assertArrayEquals(new byte[LoadImage.PAGE_SIZE], img.pages().get(3).data());
        // Bytes before the first segment's file range (the ELF header) are loaded: text starts at offset 0.
        assertEquals(0x7f, img.pages().get(0).data()[0]);
        assertEquals(0x8048100, img.entry());
    }

    @Test
    void pageBeforeEverySegmentIsZeroed() throws Exception {
        byte[] f = new ElfBytes().entry(0x1200).load(0x1100, 0x1100, 0x200, 0x200, RX).build();
        LoadImage img = LoadImage.of(ElfImage.parse(f));
        assertEquals(1, img.pages().size());
        byte[] d = img.pages().get(0).data();
        assertEquals(0, d[0x0ff]);
        assertEquals(0x55, d[0x100]);
        assertEquals(0, d[0x300]);
    }

    @Test
    void refusesWhatIsNotAnI386Executable() {
        assertProblem("not an ELF file", "hello world, this is text".getBytes());
        byte[] elf64 = twoSegments().build();
        elf64[4] = 2;
        assertProblem("64-bit", elf64);
        byte[] bigEndian = twoSegments().build();
        bigEndian[5] = 2;
        assertProblem("little-endian", bigEndian);
        assertProblem("x86-64, not for i386", twoSegments().machine(62).build());
        assertProblem("relocatable object", twoSegments().type(ElfImage.ET_REL).build());
        assertProblem("truncated", Arrays.copyOf(twoSegments().build(), 40));
    }

    @Test
    void refusesBrokenSegments() {
        assertProblem("has no loadable (PT_LOAD) segment", new ElfBytes().segment(4, 0, 0, 0, 0, 4).build());
        assertProblem("run past the end of the file",
                new ElfBytes().entry(0x1000).load(0x1000, 0x1000, 0x8000, 0x8000, RX).build());
        assertProblem("more file bytes", new ElfBytes().entry(0x1000).load(0x1000, 0x1000, 0x200, 0x100, RX).build());
        assertProblem("entry point 0x5000 outside every loadable segment",
                new ElfBytes().entry(0x5000).load(0x1000, 0x1000, 0x200, 0x200, RX).build());
        assertProblem("different offsets within a page",
                new ElfBytes().entry(0x1010).load(0x1000, 0x1010, 0x200, 0x200, RX).build());
        assertProblem("past the 4 GiB", new ElfBytes().entry(0xfffff000L)
                .load(0x1000, 0xfffff000L, 0x100, 0x2000, RX).build());
        ElfBytes tooManyHeaders = new ElfBytes().length(100).load(0, 0, 0, 0x1000, RX);
        assertProblem("program headers at offset 52 run past the end", tooManyHeaders.load(0, 0, 0, 0x1000, RX).build());
    }

    @Test
    void kernelRangeIsRefusedOnRequest() throws Exception {
        ElfImage e = ElfImage.parse(new ElfBytes().entry(0xbffff100L).load(0x1000, 0xbffff000L, 0x100, 0x2000, RW | 1)
                .build());
        ElfFormatException x = assertThrows(ElfFormatException.class,
                () -> e.requireBelow(0xC0000000L, "the kernel's range"));
        assertTrue(x.getMessage().contains("segment 0 [0xbffff000, 0xc0001000) RWX reaches 0xc0000000"), x.getMessage());
    }

    private static void assertProblem(String expected, byte[] file) {
        ElfFormatException e = assertThrows(ElfFormatException.class, () -> ElfImage.parse(file));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
