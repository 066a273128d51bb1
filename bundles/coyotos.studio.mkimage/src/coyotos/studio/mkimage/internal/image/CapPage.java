package coyotos.studio.mkimage.internal.image;

import coyotos.studio.mkimage.internal.ast.Pos;

/** A capability page: 256 capability slots of 16 bytes in a 4 KiB page. */
public final class CapPage extends ImageObject {
    public static final int SLOTS = Page.SIZE / 16;
    public final Slots slots = new Slots(SLOTS);

    CapPage(long oid, Bank bank, Pos origin) {
        super(oid, bank, origin);
    }

    @Override
    public String kind() {
        return "CapPage";
    }
}
