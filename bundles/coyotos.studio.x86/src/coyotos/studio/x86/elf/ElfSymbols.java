package coyotos.studio.x86.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads an ELF32 symbol table (System V ABI, "Symbol Table"), checking every offset against the file. */
final class ElfSymbols {
    private static final int SHT_SYMTAB = 2;
    private static final int SHDR_SIZE = 40;
    private static final int SYM_SIZE = 16;

    private ElfSymbols() {
    }

    static Map<String, Long> read(byte[] file) throws ElfFormatException {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        long shoff = Integer.toUnsignedLong(b.getInt(32));
        int shentsize = Short.toUnsignedInt(b.getShort(46));
        int shnum = Short.toUnsignedInt(b.getShort(48));
        if (shoff == 0 || shnum == 0) {
            return Map.of();
        }
        if (shentsize < SHDR_SIZE || shoff + (long) shnum * shentsize > file.length) {
            throw new ElfFormatException("has section headers at offset " + shoff + " that run past the end of "
                    + "the file (" + file.length + " bytes)");
        }
        Map<String, Long> symbols = new LinkedHashMap<>();
        for (int i = 0; i < shnum; i++) {
            int at = (int) (shoff + (long) i * shentsize);
            if (b.getInt(at + 4) != SHT_SYMTAB) {
                continue;
            }
            long off = Integer.toUnsignedLong(b.getInt(at + 16));
            long size = Integer.toUnsignedLong(b.getInt(at + 20));
            int link = b.getInt(at + 24);
            if (off + size > file.length || link < 0 || link >= shnum) {
                throw new ElfFormatException("has a symbol table (section " + i + ") outside the file");
            }
            int strAt = (int) (shoff + (long) link * shentsize);
            long strOff = Integer.toUnsignedLong(b.getInt(strAt + 16));
            long strSize = Integer.toUnsignedLong(b.getInt(strAt + 20));
            if (strOff + strSize > file.length) {
                throw new ElfFormatException("has a string table (section " + link + ") outside the file");
            }
            for (long s = off; s + SYM_SIZE <= off + size; s += SYM_SIZE) {
                long name = Integer.toUnsignedLong(b.getInt((int) s));
                int shndx = Short.toUnsignedInt(b.getShort((int) s + 14));
                if (name == 0 || shndx == 0 || name >= strSize) {
                    continue;
                }
                int start = (int) (strOff + name);
                int end = start;
                while (end < strOff + strSize && file[end] != 0) {
                    end++;
                }
                String n = new String(file, start, end - start, StandardCharsets.UTF_8);
                symbols.putIfAbsent(n, Integer.toUnsignedLong(b.getInt((int) s + 4)));
            }
        }
        return Collections.unmodifiableMap(symbols);
    }
}
