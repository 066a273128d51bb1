package coyotos.studio.sim.image;

import coyotos.studio.x86.elf.ElfFormatException;
import coyotos.studio.x86.elf.ElfImage;
import coyotos.studio.x86.elf.LoadImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The address space mkimage's {@code loadimage} makes of an i386 program ({@code ccs/mkimage/builtin.cxx}
 * pf_loadimage): its pages ({@link LoadImage}: each file page a segment loads, then the .bss pages), each placed
 * at every address a segment maps it with that address's rights (RO where no segment writes, NX where none
 * executes), through {@link SpaceBuilder} as AddSubSpaceToSpace places them, in the same order. The entry point
 * is the program's initial PC.
 *
 * @param space  the capability a process holds as its address space
 * @param gpts   the GPTs the space needs, in the order made
 * @param pages  the pages with their contents, in load order
 * @param places where each page is mapped, in insertion order
 * @param entry  the initial PC
 */
public record ProgramSpace(Capability space, List<Gpt> gpts, List<Page> pages, List<Placement> places, long entry) {

    /**
     * One page placed at one address with its rights, as the diagram and reports name it.
     *
     * @param fileOffset where in the ELF file the page's contents start; -1 for a .bss page (zeroes)
     * @param segments   the program header indices of the PT_LOAD segments covering the address
     */
    public record Placement(String page, long address, int restrictions, long fileOffset, List<Integer> segments) {
        public Placement {
            segments = List.copyOf(segments);
        }

        /** "r-x" style, as readelf prints a segment's flags. */
        public String rights() {
            return "r" + ((restrictions & Restrictions.RO) == 0 ? "w" : "-")
                    + ((restrictions & Restrictions.NX) == 0 ? "x" : "-");
        }
    }

    public ProgramSpace {
        gpts = List.copyOf(gpts);
        pages = List.copyOf(pages);
        places = List.copyOf(places);
    }

    /** User addresses lie below 0xC0000000: the kernel keeps the rest (vm_valid_uva, arch/i386 KVA). */
    public static final long USER_LIMIT = 0xC000_0000L;

    /**
     * Reads the i386 program {@code file} and builds its space. Every problem (a missing file, not ELF, not i386,
     * not an executable, a segment reaching the kernel's addresses, an entry point outside every segment) is a
     * {@link ProgramImageException} whose message starts with "program image '{@code shown}'".
     */
    public static ProgramSpace load(Path file, String shown, String idPrefix) throws ProgramImageException {
        String name = "program image '" + shown + "'";
        if (!Files.exists(file)) {
            throw new ProgramImageException(name + " does not exist (looked for " + file.toAbsolutePath() + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new ProgramImageException(name + " is not a file (" + file.toAbsolutePath() + ")");
        }
        try {
            ElfImage elf = ElfImage.read(file);
            elf.requireBelow(USER_LIMIT, "the kernel keeps [0xC0000000, 4 GiB) for itself (vm_valid_uva), so a "
                    + "Coyotos i386 program lies below");
            return of(LoadImage.of(elf), idPrefix);
        } catch (NoSuchFileException e) {
            throw new ProgramImageException(name + " does not exist (looked for " + file.toAbsolutePath() + ")");
        } catch (IOException e) {
            throw new ProgramImageException(name + " cannot be read: " + e.getMessage());
        } catch (ElfFormatException e) {
            throw new ProgramImageException(name + " " + e.getMessage());
        }
    }

    /** Objects get ids {@code idPrefix + "page" + n} and {@code idPrefix + "gpt" + n}. */
    public static ProgramSpace of(LoadImage image, String idPrefix) {
        SpaceBuilder builder = new SpaceBuilder(idPrefix);
        List<Page> pages = new ArrayList<>();
        List<Placement> places = new ArrayList<>();
        for (LoadImage.Page p : image.pages()) {
            String id = idPrefix + "page" + pages.size();
            pages.add(new Page(id, p.data()));
            for (LoadImage.Mapping m : p.mappings()) {
                int restr = (m.writable() ? 0 : Restrictions.RO) | (m.executable() ? 0 : Restrictions.NX);
                builder.addPage(m.vaddr(), id, restr);
                places.add(new Placement(id, m.vaddr(), restr, p.fileOffset(), m.segments()));
            }
        }
        return new ProgramSpace(builder.space(), builder.gpts(), pages, places, image.entry());
    }

    /** True when some page is placed at the page holding {@code address}. */
    public boolean maps(long address) {
        long page = address & ~(long) (Page.SIZE - 1);
        return places.stream().anyMatch(pl -> pl.address() == page);
    }

    /** Adds the GPTs and pages to an image under construction; the caller gives a process {@link #space()}. */
    public void addTo(SystemImage.Builder b) {
        for (Page p : pages) {
            b.page(p.id(), p.contents());
        }
        for (Gpt g : gpts) {
            b.gpt(g);
        }
    }
}
