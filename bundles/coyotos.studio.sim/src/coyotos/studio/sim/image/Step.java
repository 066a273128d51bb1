package coyotos.studio.sim.image;

import java.util.List;
import java.util.Objects;

/** One step of a workload program. Each executed memory reference or step is one simulated event. */
public sealed interface Step {

    /** Touch [start, start+length) every {@code stride} bytes. */
    record Touch(long start, long length, long stride, Access access) implements Step {
        public Touch {
            Objects.requireNonNull(access);
            if (stride <= 0 || length < 0) {
                throw new IllegalArgumentException("touch needs stride > 0 and length >= 0");
            }
        }

        public static Touch pages(long start, long pages, Access access) {
            return new Touch(start, pages * Page.SIZE, Page.SIZE, access);
        }
    }

    /**
     * Touch the next {@code chunkLength} bytes of a region each time the step runs, wrapping at the end:
     * the way a program walks a fresh heap (a page-fault storm) inside a loop.
     */
    record Stream(long start, long regionLength, long chunkLength, long stride, Access access) implements Step {
        public Stream {
            Objects.requireNonNull(access);
            if (stride <= 0 || chunkLength <= 0 || regionLength < chunkLength) {
                throw new IllegalArgumentException("stream needs stride > 0, 0 < chunk <= region");
            }
        }
    }

    /** {@code count} references at pseudo-random page-aligned addresses of [start, start+length), from the seed. */
    record RandomTouch(long start, long length, int count, Access access) implements Step {
        public RandomTouch {
            Objects.requireNonNull(access);
            if (length < Page.SIZE || count < 0) {
                throw new IllegalArgumentException("random touch needs at least one page");
            }
        }
    }

    /** Invoke the capability in register {@code capRegister} (a call waits for the reply). */
    record Invoke(int capRegister, boolean call, int words) implements Step {
        public Invoke {
            if (capRegister < 0 || capRegister > 31) {
                throw new IllegalArgumentException("capability register must be 0..31: " + capRegister);
            }
            if (words < 0 || words > 64) {
                throw new IllegalArgumentException("words must be 0..64");
            }
        }
    }

    /** Pure computation of N user cycles. */
    record Compute(long cycles) implements Step {
        public Compute {
            if (cycles < 0) {
                throw new IllegalArgumentException("negative cycles");
            }
        }
    }

    /** Give up the rest of the quantum. */
    record Yield() implements Step {
    }

    /** Run {@code body} {@code times} times. */
    record Loop(long times, List<Step> body) implements Step {
        public Loop {
            if (times < 0) {
                throw new IllegalArgumentException("negative loop count");
            }
            body = List.copyOf(body);
        }

        public static Loop of(long times, Step... body) {
            return new Loop(times, List.of(body));
        }
    }
}
