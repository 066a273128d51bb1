package coyotos.studio.sim.debug;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.memory.FaultCode;
import java.util.ArrayList;
import java.util.List;

/**
 * A process's virtual memory as a debugger sees it: every address translated through the process's GPT tree
 * (spec §4.3.1, the kernel's memory walk), page by page. An address no translation reaches is reported as
 * unmapped with the fault the process would take there, never as zeros; a mapped data page reads as its bytes
 * (zeros until something writes it: pages come zeroed from the space bank).
 */
public final class VirtualMemory {

    /**
     * A run of bytes within one page: mapped (with the page's index and the restrictions of the path) or not (with
     * the fault code the translation gives). {@code bytes} is null when unmapped.
     */
    public record Span(long address, int length, boolean mapped, int faultCode, int page, boolean capPage,
            int restrictions, byte[] bytes) {

        public String faultName() {
            return FaultCode.name(faultCode);
        }
    }

    private final KernelProbe probe;

    VirtualMemory(KernelProbe probe) {
        this.probe = probe;
    }

    /** The {@code length} bytes at {@code address} of a process, one span per page (or part of a page). */
    public List<Span> read(int process, long address, int length) {
        List<Span> spans = new ArrayList<>();
        long a = address;
        long end = address + length;
        while (Long.compareUnsigned(a, end) < 0) {
            int inPage = (int) Math.min(Page.SIZE - (a & (Page.SIZE - 1)), end - a);
            KernelProbe.Translation t = probe.translate(process, a, Access.READ);
            boolean data = t.mapped() || t.faultCode() == FaultCode.DATA_ACCESS_TYPE_ERROR.code();
            if (!data) {
                spans.add(new Span(a, inPage, false, t.faultCode(), -1, false, t.restrictions(), null));
            } else {
                KernelProbe.Translation page = t.mapped() ? t : probe.translate(process, a, Access.CAP_READ);
                byte[] bytes = new byte[inPage];
                if (page.mapped() && !page.capPage()) {
                    System.arraycopy(probe.store().pageData(page.page()), (int) (a & (Page.SIZE - 1)), bytes, 0, inPage);
                    spans.add(new Span(a, inPage, true, 0, page.page(), false, page.restrictions(), bytes));
                } else {
                    // a capability page holds capabilities, not bytes a process can read (DataAccessTypeError)
                    spans.add(new Span(a, inPage, false, t.faultCode(), page.page(), true, t.restrictions(), null));
                }
            }
            a += inPage;
        }
        return spans;
    }

    /**
     * Writes {@code bytes} at {@code address}, as a debugger does: through any read-only path (as ptrace writes
     * a program's text), never into an unmapped address or a capability page.
     *
     * @throws IllegalArgumentException naming the first address that cannot be written, and why
     */
    public void write(int process, long address, byte[] bytes) {
        List<Span> spans = read(process, address, bytes.length);
        for (Span s : spans) {
            if (!s.mapped()) {
                throw new IllegalArgumentException(String.format("0x%x is not mapped: %s", s.address(),
                        s.capPage() ? "it is in a capability page, which holds no data" : "the translation faults with "
                                + s.faultName()));
            }
        }
        int at = 0;
        for (Span s : spans) {
            // the same bytes a program's loads and stores use (MemoryStore.pageData)
            System.arraycopy(bytes, at, probe.store().pageData(s.page()), (int) (s.address() & (Page.SIZE - 1)),
                    s.length());
            at += s.length();
        }
    }
}
