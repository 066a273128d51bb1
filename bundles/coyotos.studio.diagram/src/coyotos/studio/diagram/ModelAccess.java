package coyotos.studio.diagram;

import java.util.function.Supplier;

/**
 * Where the model may be touched. In Eclipse the tree page listens to the model and must only hear of changes
 * on the UI thread, so the editor hands in an access that runs there; tests and the headless server run inline.
 */
public interface ModelAccess {

    <T> T call(Supplier<T> work);

    default void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Runs the work on the calling thread. */
    ModelAccess INLINE = new ModelAccess() {
        @Override
        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    };
}
