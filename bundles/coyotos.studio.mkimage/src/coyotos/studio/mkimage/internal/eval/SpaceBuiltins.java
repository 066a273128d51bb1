package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.image.Bank;
import coyotos.studio.mkimage.internal.image.Bits;
import coyotos.studio.mkimage.internal.image.Cap;
import coyotos.studio.mkimage.internal.image.CapType;
import coyotos.studio.mkimage.internal.image.Page;
import coyotos.studio.mkimage.internal.image.Restr;
import coyotos.studio.mkimage.internal.image.SpaceEditor;
import coyotos.studio.x86.elf.ElfFormatException;
import coyotos.studio.x86.elf.ElfImage;
import coyotos.studio.x86.elf.LoadImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Built-ins that build address spaces and fill pages (builtin.cxx): insert_subspace, guarded_space, lookup_addr,
 * readfile, loadimage, fillpage and set_page_uint64. Files are found on the library path (-L), as mkimage's
 * Options::resolveLibraryPath finds them.
 */
final class SpaceBuiltins {
    static final List<Value.Builtin> ALL = new ArrayList<>();
    /** readfile refuses files larger than this: an image page per 4 KiB of file. */
    static final long MAX_READFILE_BYTES = 256L << 20;

    static {
        ALL.add(new Value.Builtin("insert_subspace", 4, 5, SpaceBuiltins::insertSubspace));
        ALL.add(new Value.Builtin("guarded_space", 3, 4, SpaceBuiltins::guardedSpace));
        ALL.add(new Value.Builtin("lookup_addr", 2, 2, SpaceBuiltins::lookupAddr));
        ALL.add(new Value.Builtin("readfile", 2, 3, SpaceBuiltins::readfile));
        ALL.add(new Value.Builtin("loadimage", 2, 2, SpaceBuiltins::loadimage));
        ALL.add(new Value.Builtin("fillpage", 2, 2, SpaceBuiltins::fillpage));
        ALL.add(new Value.Builtin("set_page_uint64", 3, 3, SpaceBuiltins::setPageUint64));
    }

    private SpaceBuiltins() {
    }

    private static Value insertSubspace(CallContext c, List<Value> a) {
        Args args = new Args(c, a);
        Bank bank = args.bank(0);
        Cap space = args.space(1);
        Cap sub = args.space(2);
        long offset = args.u64(3);
        int l2arg = args.size() > 4 ? args.small(4, 64) : 0;
        try {
            return new Value.CapV(new SpaceEditor(c.image(), c.pos()).insert(bank, space, offset, sub, l2arg));
        } catch (SpaceEditor.SpaceException e) {
            throw c.error("insert_subspace(): " + e.getMessage() + ".");
        }
    }

    private static Value guardedSpace(CallContext c, List<Value> a) {
        Args args = new Args(c, a);
        Bank bank = args.bank(0);
        Cap space = args.space(1);
        long offset = args.u64(2);
        int l2g = args.size() > 3 ? args.small(3, 64) : 0;
        try {
            return new Value.CapV(new SpaceEditor(c.image(), c.pos()).guarded(bank, space, offset, l2g));
        } catch (SpaceEditor.SpaceException e) {
            throw c.error("guarded_space(): " + e.getMessage() + ".");
        }
    }

    /** lookup_addr(space, addr): a record with cap, offset and the ro, nx, wk, op rights met on the way. */
    private static Value lookupAddr(CallContext c, List<Value> a) {
        Args args = new Args(c, a);
        Cap space = args.space(0);
        long where = args.u64(1);
        SpaceEditor.Leaf leaf;
        try {
            leaf = SpaceEditor.leaf(space, where);
        } catch (SpaceEditor.SpaceException e) {
            throw c.error("lookup_addr(): " + e.getMessage() + ".");
        }
        Env env = new Env(null);
        env.constant("cap", new Value.CapV(leaf.cap()));
        env.constant("offset", Value.Int.unsigned(leaf.offset()));
        env.constant("ro", Value.Int.of((leaf.restr() & Restr.RO) != 0));
        env.constant("nx", Value.Int.of((leaf.restr() & Restr.NX) != 0));
        env.constant("wk", Value.Int.of((leaf.restr() & Restr.WK) != 0));
        env.constant("op", Value.Int.of((leaf.restr() & Restr.OP) != 0));
        return new Value.EnvV(env);
    }

    /** readfile(bank, file [, offset]): a space holding the file's bytes, page by page, from offset on. */
    private static Value readfile(CallContext c, List<Value> a) {
        Args args = new Args(c, a);
        Bank bank = args.bank(0);
        String name = args.string(1);
        long offset = args.size() > 2 ? args.u64(2) : 0;
        Path file = libraryFile(c, name);
        if (Bits.low(offset, Cap.PAGE_L2V) != 0) {
            throw c.error("readfile() offset must be a pagesize-multiple, not " + Bits.hex(offset) + ".");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_READFILE_BYTES) {
                throw c.error("readfile(): " + file + " is larger than " + (MAX_READFILE_BYTES >> 20) + " MiB.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw c.error("readfile() unable to read \"" + file + "\": " + e.getMessage());
        }
        SpaceEditor spaces = new SpaceEditor(c.image(), c.pos());
        Cap space = Cap.NULL;
        try {
            for (int pos = 0; pos < bytes.length; pos += Page.SIZE) {
                Page page = c.image().newPage(bank, c.pos());
                page.copyFrom(java.util.Arrays.copyOfRange(bytes, pos, pos + Page.SIZE));
                space = spaces.insert(bank, space, pos + offset, Cap.of(CapType.PAGE, page), 0);
            }
        } catch (SpaceEditor.SpaceException e) {
            throw c.error("readfile(): " + e.getMessage() + ".");
        }
        return new Value.CapV(space);
    }

    /**
     * loadimage(bank, file): the ELF program's pages in a new space, as {@code pc} and {@code space}. The page
     * layout (shared file pages, union rights, .bss) is {@link LoadImage}'s, the pages are allocated and inserted in
     * mkimage's order (file pages by offset, then .bss pages by address), so the space has mkimage's GPTs.
     */
    private static Value loadimage(CallContext c, List<Value> a) {
        Args args = new Args(c, a);
        Bank bank = args.bank(0);
        Path file = libraryFile(c, args.string(1));
        LoadImage program;
        try {
            program = LoadImage.of(ElfImage.read(file));
        } catch (ElfFormatException e) {
            throw c.error("file \"" + file + "\" is not an executable for target i386: it " + e.getMessage() + ".");
        } catch (IOException e) {
            throw c.error("loadimage() unable to read \"" + file + "\": " + e.getMessage());
        }
        SpaceEditor spaces = new SpaceEditor(c.image(), c.pos());
        Cap space = Cap.NULL;
        try {
            for (LoadImage.Page p : program.pages()) {
                Page page = c.image().newPage(bank, c.pos());
                page.copyFrom(p.data());
                if (isZero(p.data())) {
                    page.fill(0);
                }
                for (LoadImage.Mapping m : p.mappings()) {
                    int restr = (m.executable() ? 0 : Restr.NX) | (m.writable() ? 0 : Restr.RO);
                    space = spaces.insert(bank, space, m.vaddr(), Cap.of(CapType.PAGE, page).withRestr(restr), 0);
                }
            }
        } catch (SpaceEditor.SpaceException e) {
            throw c.error("loadimage(): " + e.getMessage() + ".");
        }
        Env env = new Env(null);
        env.constant("pc", Value.Int.of(program.entry()));
        env.bind("space", new Value.CapV(space));
        return new Value.EnvV(env);
    }

    private static boolean isZero(byte[] data) {
        for (byte b : data) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static Value fillpage(CallContext c, List<Value> a) {
        Args args = new Args(c, a);
        Page page = imagePage(c, args, 0);
        BigIntegerRange.check(c, args.integer(1), 255, "fillpage() value must be a legal byte value");
        page.fill(args.integer(1).intValue());
        page.changedAt(c.pos());
        return Value.Unit.UNIT;
    }

    /** set_page_uint64(page, addr, value): value at an 8-aligned offset, in the target's byte order (i386: little). */
    private static Value setPageUint64(CallContext c, List<Value> a) {
        Args args = new Args(c, a);
        Page page = imagePage(c, args, 0);
        long addr = args.u32(1);
        long value = args.u64(2);
        if (addr % 8 != 0 || addr >= Page.SIZE) {
            throw c.error("set_page_uint64() addr must be an aligned page address value (a multiple of 8 below "
                    + Page.SIZE + "), not " + Bits.hex(addr) + ".");
        }
        for (int i = 0; i < 8; i++) {
            page.set((int) addr + i, (int) (value >>> (8 * i)) & 0xff);
        }
        page.changedAt(c.pos());
        return Value.Unit.UNIT;
    }

    private static Page imagePage(CallContext c, Args args, int i) {
        Cap cap = args.cap(i);
        if (cap.type() == CapType.PHYS_PAGE) {
            throw c.error(c.name() + "() cannot write a physical page frame: its contents are not in the image.");
        }
        return (Page) args.cap(i, CapType.PAGE).target();
    }

    private static Path libraryFile(CallContext c, String name) {
        Path file = c.interpreter().modules().libraryFile(name);
        if (file == null) {
            throw c.error("file \"" + name + "\" not found" + c.interpreter().modules().librarySearchText() + ".");
        }
        return file;
    }

    /** Range checks of small integer arguments. */
    static final class BigIntegerRange {
        private BigIntegerRange() {
        }

        static void check(CallContext c, java.math.BigInteger v, long max, String message) {
            if (v.signum() < 0 || v.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
                throw c.error(message + ", not " + v + ".");
            }
        }
    }
}
