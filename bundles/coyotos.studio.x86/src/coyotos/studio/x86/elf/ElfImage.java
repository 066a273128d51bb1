package coyotos.studio.x86.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An i386 ELF executable as a Coyotos loader sees it: the entry point and the PT_LOAD segments (the ELF32
 * layout of the System V ABI, i386 supplement). Only what loading needs is read; every offset and size is checked
 * against the file before it is used, so a broken file gives an {@link ElfFormatException} naming the field,
 * never an index error.
 */
public final class ElfImage {
    public static final int EM_386 = 3;
    static final int ET_REL = 1, ET_EXEC = 2, ET_DYN = 3, ET_CORE = 4;
    static final int PT_LOAD = 1;
    private static final int EHDR_SIZE = 52;
    private static final int PHDR_SIZE = 32;
    private static final long ADDRESS_LIMIT = 1L << 32;
    /** Files larger than this are refused before reading: no Coyotos program image comes near it. */
    public static final long MAX_FILE_BYTES = 256L << 20;

    private final byte[] bytes;
    private final long entry;
    private final List<ElfSegment> segments;

    private ElfImage(byte[] bytes, long entry, List<ElfSegment> segments) {
        this.bytes = bytes;
        this.entry = entry;
        this.segments = List.copyOf(segments);
    }

    /** Reads and checks the file; I/O problems come back as IOException, format problems as ElfFormatException. */
    public static ElfImage read(Path file) throws IOException, ElfFormatException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new ElfFormatException("is " + size + " bytes long; program images over " + MAX_FILE_BYTES
                    + " bytes are refused");
        }
        return parse(Files.readAllBytes(file));
    }

    public static ElfImage parse(byte[] file) throws ElfFormatException {
        if (file.length < 16 || file[0] != 0x7f || file[1] != 'E' || file[2] != 'L' || file[3] != 'F') {
            throw new ElfFormatException("is not an ELF file (no \\x7fELF magic at its start)");
        }
        if (file[4] == 2) {
            throw new ElfFormatException("is a 64-bit ELF file; an i386 program is ELF32 (build it with gcc -m32)");
        }
        if (file[4] != 1) {
            throw new ElfFormatException("has an unknown ELF class " + file[4] + " (ELF32 expected)");
        }
        if (file[5] != 1) {
            throw new ElfFormatException("is not little-endian (EI_DATA " + file[5] + "); i386 programs are");
        }
        if (file.length < EHDR_SIZE) {
            throw new ElfFormatException("is truncated: " + file.length + " bytes, shorter than an ELF32 header");
        }
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int type = u16(b, 16);
        int machine = u16(b, 18);
        if (machine != EM_386) {
            throw new ElfFormatException("is an ELF file for " + machineName(machine) + ", not for i386 (EM_386)");
        }
        if (type == ET_REL || type == ET_CORE) {
            throw new ElfFormatException("is " + (type == ET_REL ? "a relocatable object (.o)" : "a core dump")
                    + ", not an executable: link it first");
        }
        if (type != ET_EXEC && type != ET_DYN) {
            throw new ElfFormatException("has an unknown ELF type " + type + " (an executable is ET_EXEC)");
        }
        long entry = u32(b, 24);
        long phoff = u32(b, 28);
        int phentsize = u16(b, 42);
        int phnum = u16(b, 44);
        if (phnum == 0) {
            throw new ElfFormatException("has no program headers, so nothing to load");
        }
        if (phentsize < PHDR_SIZE) {
            throw new ElfFormatException("has program headers of " + phentsize + " bytes (ELF32 needs " + PHDR_SIZE + ")");
        }
        if (phoff + (long) phnum * phentsize > file.length) {
            throw new ElfFormatException("is truncated: its " + phnum + " program headers at offset " + phoff
                    + " run past the end of the file (" + file.length + " bytes)");
        }
        List<ElfSegment> loads = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            int at = (int) (phoff + (long) i * phentsize);
            if (u32(b, at) != PT_LOAD) {
                continue;
            }
            ElfSegment s = new ElfSegment(i, u32(b, at + 8), u32(b, at + 20), u32(b, at + 16), u32(b, at + 4),
                    (int) u32(b, at + 24));
            check(s, file.length);
            loads.add(s);
        }
        if (loads.isEmpty()) {
            throw new ElfFormatException("has no loadable (PT_LOAD) segment");
        }
        boolean entryLoaded = loads.stream().anyMatch(s -> entry >= s.vaddr() && entry < s.end());
        if (!entryLoaded) {
            throw new ElfFormatException(String.format("has its entry point 0x%x outside every loadable segment", entry));
        }
        return new ElfImage(file, entry, loads);
    }

    private static void check(ElfSegment s, int fileLength) throws ElfFormatException {
        if (s.filesz() > s.memsz()) {
            throw new ElfFormatException(s + " has more file bytes (" + s.filesz() + ") than memory bytes ("
                    + s.memsz() + ")");
        }
        if (s.offset() + s.filesz() > fileLength) {
            throw new ElfFormatException(s + " is truncated: its file bytes [" + s.offset() + ", "
                    + (s.offset() + s.filesz()) + ") run past the end of the file (" + fileLength + " bytes)");
        }
        if (s.end() > ADDRESS_LIMIT) {
            throw new ElfFormatException(s + " runs past the 4 GiB i386 address space");
        }
        if (s.filesz() > 0 && (s.offset() & 0xfff) != (s.vaddr() & 0xfff)) {
            // loadimage maps whole file pages, so a file page must land on a virtual page at the same offset.
            throw new ElfFormatException(s + " has file offset 0x" + Long.toHexString(s.offset())
                    + " and address 0x" + Long.toHexString(s.vaddr()) + " at different offsets within a page");
        }
    }

    /** Refuses segments at or above {@code limit} (on Coyotos i386 the kernel keeps [0xC0000000, 4 GiB)). */
    public void requireBelow(long limit, String why) throws ElfFormatException {
        for (ElfSegment s : segments) {
            if (s.end() > limit) {
                throw new ElfFormatException(s + " reaches 0x" + Long.toHexString(limit) + " or above: " + why);
            }
        }
    }

    private static String machineName(int m) {
        return switch (m) {
            case 62 -> "x86-64";
            case 40 -> "ARM";
            case 183 -> "AArch64";
            case 4 -> "m68k";
            case 8 -> "MIPS";
            case 20 -> "PowerPC";
            case 243 -> "RISC-V";
            default -> "machine " + m;
        };
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }

    private static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }

    public long entry() {
        return entry;
    }

    public List<ElfSegment> segments() {
        return segments;
    }

    /**
     * The named symbols of the file's symbol table (SHT_SYMTAB), name to value; empty when the file has none
     * (a stripped program). For the debugger and the trace to name addresses, and for tests to find labels.
     */
    public java.util.Map<String, Long> symbols() throws ElfFormatException {
        return ElfSymbols.read(bytes);
    }

    /** The file's bytes (not a copy: do not change them). */
    byte[] bytes() {
        return bytes;
    }

    public int fileLength() {
        return bytes.length;
    }
}
