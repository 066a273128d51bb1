package coyotos.studio.tests.driver;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: when a test fails, saves the screen as it was at the failure (before any @AfterEach
 * tidies up) to target/screenshots/FAILED-Class.method.png. Use it with {@code @ExtendWith}.
 */
public class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName();
        try {
            Screenshots.save(name);
        } catch (RuntimeException | Error e) {
            context.getExecutionException().get().addSuppressed(e);
        }
    }
}
