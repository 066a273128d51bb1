package coyotos.studio.tests.driver;

/** A wait ran out of time: the message says what was awaited, and the last failure while testing it. */
public class TimeoutError extends AssertionError {

    private static final long serialVersionUID = 1L;

    public TimeoutError(String message, Throwable lastFailure) {
        super(message, lastFailure);
    }
}
