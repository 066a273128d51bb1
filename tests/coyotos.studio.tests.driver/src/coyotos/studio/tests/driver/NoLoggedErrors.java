package coyotos.studio.tests.driver;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension for workbench tests: a test fails when anything logs an error to the Eclipse log while it
 * runs (its @BeforeEach and @AfterEach included). An exception in an event loop, a job or a listener is logged
 * by the workbench and never reaches the test otherwise. Use it with {@code @ExtendWith}.
 */
public class NoLoggedErrors implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoLoggedErrors.class);

    /** Collects what is logged as an error to the Eclipse log from {@link #start()} to {@link #stop()}. */
    public static final class Watch implements ILogListener {
        private final List<String> errors = new CopyOnWriteArrayList<>();

        private Watch() {
        }

        public static Watch start() {
            Watch watch = new Watch();
            Platform.addLogListener(watch);
            return watch;
        }

        /** Stops listening; returns each error with its plugin, message, exception and erroneous children. */
        public List<String> stop() {
            Platform.removeLogListener(this);
            return List.copyOf(errors);
        }

        @Override
        public void logging(IStatus status, String plugin) {
            if (status.matches(IStatus.ERROR)) {
                errors.add(describe(status));
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Watch.class, Watch.start());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Watch watch = context.getStore(NAMESPACE).remove(Watch.class, Watch.class);
        if (watch != null) {
            failIfAny(watch.stop());
        }
    }

    /** @throws AssertionError listing the errors, when there are any */
    public static void failIfAny(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new AssertionError("the workbench logged " + errors.size() + " error(s) during the test:\n"
                    + String.join("\n", errors));
        }
    }

    /** The status's plugin and message, its exception, and its children (a MultiStatus says little by itself). */
    static String describe(IStatus status) {
        StringBuilder text = new StringBuilder(status.getPlugin()).append(": ").append(status.getMessage());
        if (status.getException() != null) {
            text.append(" (").append(status.getException()).append(')');
        }
        for (IStatus child : status.getChildren()) {
            if (child.matches(IStatus.ERROR)) {
                text.append("\n  ").append(describe(child).replace("\n", "\n  "));
            }
        }
        return text.toString();
    }
}
