package coyotos.studio.debug.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import coyotos.studio.x86.elf.ElfFormatException;
import coyotos.studio.x86.elf.ElfImage;

/**
 * The symbols of a program image's ELF symbol table, to label addresses as "function+0x12" the way gdb and
 * objdump do: the nearest symbol at or below the address. An image without a symbol table (or one that cannot be
 * read any more) labels nothing, and says why.
 */
public final class ProgramSymbols {

    /** No symbols: addresses are shown bare. */
    public static final ProgramSymbols NONE = new ProgramSymbols(new TreeMap<>(), "no program image");

    /** A symbol further below the address than this labels nothing (the address is in no function of it). */
    static final long REACH = 0x10000;

    private final TreeMap<Long, String> byAddress;
    private final String problem;

    private ProgramSymbols(TreeMap<Long, String> byAddress, String problem) {
        this.byAddress = byAddress;
        this.problem = problem;
    }

    /** The symbols of the ELF file; none (with the reason) when it cannot be read or has no symbol table. */
    public static ProgramSymbols of(Path elf) {
        if (elf == null) {
            return NONE;
        }
        try {
            return of(ElfImage.read(elf).symbols(), elf.getFileName().toString());
        } catch (IOException | ElfFormatException e) {
            return new ProgramSymbols(new TreeMap<>(), elf + ": " + e.getMessage());
        }
    }

    static ProgramSymbols of(Map<String, Long> symbols, String image) {
        TreeMap<Long, String> byAddress = new TreeMap<>();
        // several names at one address: the first in the table, as objdump labels with the first it finds
        symbols.forEach((name, address) -> byAddress.putIfAbsent(address, name));
        return new ProgramSymbols(byAddress, byAddress.isEmpty() ? image + " has no symbol table" : null);
    }

    /** "leaf+0x6", "leaf" at the symbol itself, or null when no symbol is near below the address. */
    public String label(long address) {
        Map.Entry<Long, String> e = byAddress.floorEntry(address);
        if (e == null || address - e.getKey() >= REACH) {
            return null;
        }
        long off = address - e.getKey();
        return off == 0 ? e.getValue() : e.getValue() + "+0x" + Long.toHexString(off);
    }

    /** The address of the symbol at or below {@code address} that labels it, or -1. */
    public long start(long address) {
        Map.Entry<Long, String> e = byAddress.floorEntry(address);
        return e == null || address - e.getKey() >= REACH ? -1 : e.getKey();
    }

    /** Why there are no labels, or null when there are. */
    public String problem() {
        return problem;
    }
}
