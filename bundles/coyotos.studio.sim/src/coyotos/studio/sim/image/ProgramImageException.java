package coyotos.studio.sim.image;

/** A program image that cannot be loaded; the message names the file and the problem, ready to show. */
public final class ProgramImageException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProgramImageException(String message) {
        super(message);
    }
}
