package coyotos.studio.sweep;

/**
 * Something the user wrote cannot make a sweep: an axis that does not parse, a value the model cannot take, a
 * shard outside its range, a file that is not a sweep. The message names the problem and where it is, ready to
 * show as it is (the CLI prints it and exits 2, the launch tab shows it as its error).
 */
public final class SweepException extends Exception {
    private static final long serialVersionUID = 1L;

    public SweepException(String message) {
        super(message, null, false, false);
    }
}
