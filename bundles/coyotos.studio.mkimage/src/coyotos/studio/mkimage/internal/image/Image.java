package coyotos.studio.mkimage.internal.image;

import coyotos.studio.mkimage.internal.ast.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * The image under construction: every object in allocation order. As in libcoyimage's CoyImage constructor,
 * page 0 is the image header and bank 0 (with endpoint 0, endpoint id 1) is the prime bank.
 */
public final class Image {
    private final List<ImageObject> objects = new ArrayList<>();
    private long pages;
    private long capPages;
    private long gpts;
    private long endpoints;
    private long processes;
    private long banks;
    private final Page header;
    private final Bank prime;

    public Image() {
        header = new Page(pages++, null, null);
        prime = newBank(null, null);
    }

    public Bank prime() {
        return prime;
    }

    /** Page 0, where the image file's header goes: not an object a module can allocate. */
    public Page header() {
        return header;
    }

    /** Objects allocated by modules, in order (not the header page; banks and their endpoints included). */
    public List<ImageObject> objects() {
        return objects;
    }

    public Page newPage(Bank bank, Pos at) {
        return add(new Page(pages++, bank, at));
    }

    public CapPage newCapPage(Bank bank, Pos at) {
        return add(new CapPage(capPages++, bank, at));
    }

    public Gpt newGpt(Bank bank, Pos at) {
        return add(new Gpt(gpts++, bank, at));
    }

    public Endpoint newEndpoint(Bank bank, Pos at) {
        return add(new Endpoint(endpoints++, bank, at));
    }

    public Process newProcess(Bank bank, Pos at) {
        return add(new Process(processes++, bank, at));
    }

    /** A new bank made from {@code parent} (null: the prime bank), with its endpoint (id: bank number + 1). */
    public Bank newBank(Bank parent, Pos at) {
        Endpoint ep = new Endpoint(endpoints++, parent, at);
        long id = banks++;
        ep.endpointId = id + 1;
        Bank b = new Bank(id, parent, ep, at);
        objects.add(ep);
        objects.add(b);
        return b;
    }

    /** The page with object id {@code oid} (0 is the header), or null. */
    public Page pageByOid(long oid) {
        if (oid == 0) {
            return header;
        }
        for (ImageObject o : objects) {
            if (o instanceof Page p && p.oid() == oid) {
                return p;
            }
        }
        return null;
    }

    public long count(Class<? extends ImageObject> kind) {
        if (kind == Page.class) {
            return pages;
        }
        if (kind == CapPage.class) {
            return capPages;
        }
        if (kind == Gpt.class) {
            return gpts;
        }
        if (kind == Endpoint.class) {
            return endpoints;
        }
        if (kind == Process.class) {
            return processes;
        }
        return banks;
    }

    private <T extends ImageObject> T add(T o) {
        objects.add(o);
        return o;
    }
}
