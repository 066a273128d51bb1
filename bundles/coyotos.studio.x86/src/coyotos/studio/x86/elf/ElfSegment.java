package coyotos.studio.x86.elf;

/**
 * One PT_LOAD program header of an ELF32 file: {@code memsz} bytes at {@code vaddr}, the first {@code filesz} of
 * them from the file at {@code offset}, the rest zero (.bss).
 *
 * @param index the program header's index in the file, for messages
 * @param flags PF_R/PF_W/PF_X as in the file
 */
public record ElfSegment(int index, long vaddr, long memsz, long filesz, long offset, int flags) {
    public static final int PF_X = 1;
    public static final int PF_W = 2;
    public static final int PF_R = 4;

    public long end() {
        return vaddr + memsz;
    }

    public boolean writable() {
        return (flags & PF_W) != 0;
    }

    public boolean executable() {
        return (flags & PF_X) != 0;
    }

    /** True when [from, to) overlaps the segment's virtual range. */
    public boolean overlapsVirtual(long from, long to) {
        return vaddr < to && from < end();
    }

    /** True when [from, to) overlaps the file bytes the segment loads. */
    public boolean overlapsFile(long from, long to) {
        return filesz > 0 && offset < to && from < offset + filesz;
    }

    /** "R-X" style, as readelf prints it. */
    public String rights() {
        return ((flags & PF_R) != 0 ? "R" : "-") + (writable() ? "W" : "-") + (executable() ? "X" : "-");
    }

    @Override
    public String toString() {
        return String.format("segment %d [0x%x, 0x%x) %s", index, vaddr, end(), rights());
    }
}
