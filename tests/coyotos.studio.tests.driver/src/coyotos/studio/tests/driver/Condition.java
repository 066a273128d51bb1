package coyotos.studio.tests.driver;

/** Something a test waits for; its description goes into the timeout message. Tested on the UI thread. */
@FunctionalInterface
public interface Condition {

    boolean test() throws Exception;

    default String description() {
        return "a condition holds";
    }

    static Condition that(String description, Condition condition) {
        return new Condition() {
            @Override
            public boolean test() throws Exception {
                return condition.test();
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
