package coyotos.studio.mkimage.internal.image;

import coyotos.studio.mkimage.internal.ast.Pos;

/**
 * An object of the image under construction. Object ids count per kind from 0 in allocation order, as
 * libcoyimage's vectors do (page 0 is the image header, endpoint 0 the prime bank's endpoint), so that
 * {@code PageCap(n)} and printed capabilities mean what they mean to mkimage.
 */
public abstract sealed class ImageObject permits Page, CapPage, Gpt, Endpoint, Process, Bank {
    private final long oid;
    private final Bank bank;
    private final Pos origin;
    private String localName;
    private Pos lastChange;

    protected ImageObject(long oid, Bank bank, Pos origin) {
        this.oid = oid;
        this.bank = bank;
        this.origin = origin;
        this.lastChange = origin;
    }

    public long oid() {
        return oid;
    }

    /** The bank the object was allocated from (null only for the prime bank itself). */
    public Bank bank() {
        return bank;
    }

    /** Where the statement that allocated it is. */
    public Pos origin() {
        return origin;
    }

    /** The first variable a {@code def} bound this object to, anywhere (a hint for naming it in the model). */
    public String localName() {
        return localName;
    }

    public void noteLocalName(String name) {
        if (localName == null) {
            localName = name;
        }
    }

    /** Where the object was last changed (for problems found when the image is checked at the end). */
    public Pos lastChange() {
        return lastChange;
    }

    public void changedAt(Pos pos) {
        if (pos != null) {
            lastChange = pos;
        }
    }

    /** mkimage's name of the kind of object (GPT, Page, ...). */
    public abstract String kind();
}
