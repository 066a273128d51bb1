package coyotos.studio.sim.image;

import java.util.List;
import java.util.Objects;

/**
 * A process that sits in a receive loop (an external fault handler, a memory handler, an IPC server).
 * For every message it runs: {@code perMessage} touches (its code, stack, working set), then
 * {@code computeCycles} of user work; fault messages additionally get {@code onFault}.
 * {@code stackBytes} is its stack size, counted as handler stack memory when it handles faults.
 */
public record ServerBehavior(List<Step.Touch> perMessage, long computeCycles, FaultAction onFault, long stackBytes) {
    public ServerBehavior {
        perMessage = List.copyOf(perMessage);
        Objects.requireNonNull(onFault);
    }
}
