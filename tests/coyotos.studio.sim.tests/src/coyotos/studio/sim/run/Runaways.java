package coyotos.studio.sim.run;

import coyotos.studio.sim.fixtures.SpaceLayout;
import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.Endpoint;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.ServerBehavior;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.image.SystemImage;
import java.util.List;

/** Test images for runs that would not end by themselves: one worker with four mapped pages, optionally a server. */
final class Runaways {
    static final long DATA = 0x10000;
    static final long SERVER_DATA = 0x40000;

    private Runaways() {
    }

    /** A worker that runs {@code steps} over DATA (four pages). */
    static SystemImage worker(Setup setup, Step... steps) {
        SystemImage.Builder b = SystemImage.builder("runaway").setup(setup);
        SpaceLayout space = new SpaceLayout(b, "w");
        space.mapPages(DATA, 4, 0);
        b.process(ProcessSpec.builder("worker").name("worker").addressSpace(space.spaceCap()).workload(steps).build());
        return b.build();
    }

    /**
     * A client that calls a server {@code calls} times; each message makes the server touch {@code touchBytes} bytes
     * one page apart (most of them unmapped pages are never reached: the server's first fault halts it, so the
     * server's region is mapped page by page only as far as {@code mappedPages}).
     */
    static SystemImage clientAndServer(Setup setup, long calls, long touchBytes, int mappedPages) {
        SystemImage.Builder b = SystemImage.builder("server-work").setup(setup);
        SpaceLayout space = new SpaceLayout(b, "s");
        space.mapPages(DATA, 1, 0).mapPages(SERVER_DATA, mappedPages, 0);
        b.process(ProcessSpec.builder("server").name("server").addressSpace(space.spaceCap())
                .server(new ServerBehavior(List.of(new Step.Touch(SERVER_DATA, touchBytes, 8, Access.READ)), 10,
                        FaultAction.refuse(), 4096))
                .build());
        b.endpoint(new Endpoint("server.ep", "server", false, 1));
        b.process(ProcessSpec.builder("client").name("client").addressSpace(space.spaceCap())
                .capRegister(8, Capability.entry("server.ep", 7))
                .workload(Step.Loop.of(calls, Step.Touch.pages(DATA, 1, Access.READ), new Step.Invoke(8, true, 4)))
                .build());
        return b.build();
    }
}
