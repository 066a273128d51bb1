package coyotos.studio.sim.examples;

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

/**
 * Reference scenario 8: a client calls a server {@code rounds} times; each side touches a working set of
 * {@code wsPages} pages per round. The server either has its own space or holds the client's.
 */
public final class IpcPingPong {
    public static final long CLIENT_WS = 0x1000_0000L;
    public static final long SERVER_WS = 0x2000_0000L;
    public static final long SERVER_CODE = 0x3000_0000L;

    private IpcPingPong() {
    }

    public static SystemImage build(boolean sharedSpace, int wsPages, int rounds, Setup setup) {
        SystemImage.Builder b = SystemImage.builder("ipc-pingpong-" + (sharedSpace ? "shared" : "separate") + "-"
                + wsPages).setup(setup);
        SpaceLayout client = new SpaceLayout(b, "client");
        client.mapPages(CLIENT_WS, wsPages, 0);
        SpaceLayout serverSpace = sharedSpace ? client : new SpaceLayout(b, "server");
        serverSpace.mapPages(SERVER_WS, wsPages, 0).mapPages(SERVER_CODE, 2, 0);
        b.process(ProcessSpec.builder("server").name("server").addressSpace(serverSpace.spaceCap())
                .server(new ServerBehavior(List.of(Step.Touch.pages(SERVER_CODE, 2, Access.EXECUTE),
                        Step.Touch.pages(SERVER_WS, wsPages, Access.READ)), 100, FaultAction.refuse(), 4096))
                .build());
        b.endpoint(new Endpoint("server.ep", "server", false, 1));
        // Runtime register roles (RunTime.mki): 1 = reply endpoint (pm set: stale replies are refused).
        b.endpoint(new Endpoint("client.reply", "client", true, 2));
        b.process(ProcessSpec.builder("client").name("client").addressSpace(client.spaceCap())
                .capRegister(1, Capability.endpoint("client.reply"))
                .capRegister(8, Capability.entry("server.ep", 42))
                .workload(Step.Loop.of(rounds, Step.Touch.pages(CLIENT_WS, wsPages, Access.READ),
                        new Step.Invoke(8, true, 4)))
                .build());
        return b.build();
    }
}
