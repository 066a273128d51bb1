package coyotos.studio.x86.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Writes small ELF32 files for the reader's tests: a header, program headers, then raw file bytes. */
final class ElfBytes {
    private final List<int[]> phdrs = new ArrayList<>();
    private int type = ElfImage.ET_EXEC;
    private int machine = ElfImage.EM_386;
    private long entry;
    private int length = 0x3000;
    private byte fill = 0x55;

    ElfBytes entry(long e) { entry = e; return this; }
    ElfBytes type(int t) { type = t; return this; }
    ElfBytes machine(int m) { machine = m; return this; }
    ElfBytes length(int l) { length = l; return this; }

    /** A PT_LOAD (type 1) or other program header. */
    ElfBytes segment(int ptype, long offset, long vaddr, long filesz, long memsz, int flags) {
        phdrs.add(new int[] {ptype, (int) offset, (int) vaddr, (int) filesz, (int) memsz, flags});
        return this;
    }

    ElfBytes load(long offset, long vaddr, long filesz, long memsz, int flags) {
        return segment(ElfImage.PT_LOAD, offset, vaddr, filesz, memsz, flags);
    }

    byte[] build() {
        byte[] f = new byte[Math.max(length, 52 + 32 * phdrs.size())];
        for (int i = 52 + 32 * phdrs.size(); i < f.length; i++) {
            f[i] = fill;
        }
        ByteBuffer b = ByteBuffer.wrap(f).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, new byte[] {0x7f, 'E', 'L', 'F', 1, 1, 1});
        b.putShort(16, (short) type).putShort(18, (short) machine).putInt(20, 1).putInt(24, (int) entry)
                .putInt(28, 52).putShort(40, (short) 52).putShort(42, (short) 32).putShort(44, (short) phdrs.size());
        for (int i = 0; i < phdrs.size(); i++) {
            int[] p = phdrs.get(i);
            int at = 52 + 32 * i;
            b.putInt(at, p[0]).putInt(at + 4, p[1]).putInt(at + 8, p[2]).putInt(at + 12, p[2]).putInt(at + 16, p[3])
                    .putInt(at + 20, p[4]).putInt(at + 24, p[5]).putInt(at + 28, 0x1000);
        }
        // A length shorter than the headers makes a truncated file.
        return java.util.Arrays.copyOf(f, length);
    }
}
