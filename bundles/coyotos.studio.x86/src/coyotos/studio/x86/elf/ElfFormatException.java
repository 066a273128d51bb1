package coyotos.studio.x86.elf;

/**
 * A file that cannot be loaded as an i386 program. The message names the problem (and where in the file it
 * is) but not the file: callers know its path and put it in front.
 */
public final class ElfFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public ElfFormatException(String problem) {
        super(problem, null, false, false);
    }
}
