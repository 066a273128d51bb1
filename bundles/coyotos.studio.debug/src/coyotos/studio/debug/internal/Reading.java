package coyotos.studio.debug.internal;

import java.util.function.BooleanSupplier;

/**
 * One look at a suspended system: values read in it stay valid while the system stays suspended at the same
 * stop ({@code current}); {@code changed} tells the target a value was edited there.
 */
public record Reading(BooleanSupplier currentTest, Runnable onChange) {

    public boolean current() {
        return currentTest.getAsBoolean();
    }

    public void changed() {
        onChange.run();
    }
}
