package coyotos.studio.x86.elf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pages an ELF program becomes when mkimage's {@code loadimage} builds its address space
 * ({@code ccs/mkimage/builtin.cxx} pf_loadimage): each page of the file that some PT_LOAD segment loads
 * becomes one page object, mapped at every virtual page where a segment places it (so a file page shared by
 * the end of text and the start of data is one page seen at two addresses); the page's rights are the union
 * of the rights of every segment overlapping that virtual page; file bytes outside every segment's file range
 * are zeroed; then the .bss pages no file page covers are added as zero pages. A read-only mapping carries the
 * RO restriction, a non-executable one NX.
 */
public final class LoadImage {
    public static final int PAGE_SIZE = 4096;

    /**
     * Where one page appears in the space, and with which rights.
     *
     * @param segments the program header indices of the PT_LOAD segments overlapping that virtual page, whose
     *                 rights the mapping unites
     */
    public record Mapping(long vaddr, boolean writable, boolean executable, List<Integer> segments) {
        public Mapping {
            segments = List.copyOf(segments);
        }
    }

    /**
     * One page object: its 4 KiB of contents and the addresses it is mapped at.
     *
     * @param fileOffset where in the file its contents start; -1 for a .bss page, which no file page covers
     */
    public record Page(byte[] data, List<Mapping> mappings, long fileOffset) {
    }

    private final long entry;
    private final List<Page> pages;

    private LoadImage(long entry, List<Page> pages) {
        this.entry = entry;
        this.pages = List.copyOf(pages);
    }

    public static LoadImage of(ElfImage elf) {
        List<ElfSegment> segs = elf.segments();
        byte[] file = elf.bytes();
        List<Page> pages = new ArrayList<>();
        for (long offset = 0; offset < file.length; offset += PAGE_SIZE) {
            long bound = Math.min(offset + PAGE_SIZE, file.length);
            long min = bound;
            long max = offset;
            for (ElfSegment s : segs) {
                if (s.overlapsFile(offset, bound)) {
                    min = Math.min(min, s.offset());
                    max = Math.max(max, s.offset() + s.filesz());
                }
            }
            if (min == bound) {
                continue;
            }
            byte[] data = new byte[PAGE_SIZE];
            long from = Math.max(offset, min);
            long to = Math.min(bound, max);
            System.arraycopy(file, (int) from, data, (int) (from - offset), (int) (to - from));
            List<Mapping> maps = new ArrayList<>();
            for (ElfSegment s : segs) {
                if (s.overlapsFile(offset, bound)) {
                    long vaddr = s.vaddr() - s.offset() + offset;
                    if (maps.stream().noneMatch(m -> m.vaddr() == vaddr)) {
                        maps.add(mapping(segs, vaddr));
                    }
                }
            }
            pages.add(new Page(data, maps, offset));
        }
        // .bss: the part of each segment past its file bytes, from the next page boundary on (a .bss that starts
        // mid-page shares the segment's last file page, whose tail was zeroed above).
        List<ElfSegment> byAddress = new ArrayList<>(segs);
        byAddress.sort(Comparator.comparingLong(ElfSegment::vaddr));
        long vaddr = 0;
        for (ElfSegment s : byAddress) {
            long start = alignUp(s.vaddr() + s.filesz());
            long end = alignUp(s.end());
            for (vaddr = Math.max(vaddr, start); vaddr < end; vaddr += PAGE_SIZE) {
                pages.add(new Page(new byte[PAGE_SIZE], List.of(mapping(segs, vaddr)), -1));
            }
        }
        return new LoadImage(elf.entry(), pages);
    }

    private static Mapping mapping(List<ElfSegment> segs, long vaddr) {
        boolean w = false;
        boolean x = false;
        List<Integer> from = new ArrayList<>();
        for (ElfSegment s : segs) {
            if (s.overlapsVirtual(vaddr, vaddr + PAGE_SIZE)) {
                w |= s.writable();
                x |= s.executable();
                from.add(s.index());
            }
        }
        return new Mapping(vaddr, w, x, from);
    }

    private static long alignUp(long v) {
        return (v + PAGE_SIZE - 1) & -PAGE_SIZE;
    }

    /** The initial PC ({@code pc} of loadimage's result). */
    public long entry() {
        return entry;
    }

    public List<Page> pages() {
        return pages;
    }
}
