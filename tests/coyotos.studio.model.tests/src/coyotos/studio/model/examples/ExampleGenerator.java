package coyotos.studio.model.examples;

import static coyotos.studio.model.validation.ModelBuilder.*;

import java.io.File;
import java.io.IOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import coyotos.studio.model.AccessKind;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.Process;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.SimulationSetup;
import coyotos.studio.model.SpaceBank;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.validation.ModelBuilder;

/**
 * Wrote the example .coyotos files of bundles/coyotos.studio.examples/examples once (the files, not this
 * program, are the examples; edit them directly). Kept to document how they were laid out.
 * Usage: ExampleGenerator OUTPUT_DIR
 */
public final class ExampleGenerator {

    /** Space layout shared by the seed examples: top GPT l2v 16 reached with l2g 19 (8 x 64 KiB). */
    static final long CODE = 0x0000, ACT_STACK = 0xE000, STACK = 0xF000, HEAP = 0x10000, HEAP_SIZE = 0x10000;

    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : "examples");
        out.mkdirs();
        for (String kind : new String[] {"external-own-space", "external-shared-space", "memory-handler", "activation"}) {
            save(seed(kind), new File(out, "seed-" + kind + ".coyotos"));
        }
        save(testHandler(), new File(out, "testhandler.coyotos"));
        save(ipc(), new File(out, "ipc-client-server.coyotos"));
    }

    static void save(CoyotosSystem s, File f) throws IOException {
        Resource r = CoyotosModel.newResourceSet().createResource(URI.createFileURI(f.getAbsolutePath()));
        r.getContents().add(s);
        r.save(null);
        System.out.println("wrote " + f);
    }

    static SimulationSetup sim() {
        SimulationSetup s = CoyotosFactory.eINSTANCE.createSimulationSetup();
        s.setCpuProfile("i386-2007");
        s.setMaxCycles(1_000_000_000L);
        s.setMaxEvents(1_000_000L);
        s.setRandomSeed(42);
        return s;
    }

    /** A code+stack GPT (l2v 12): 4 code pages at 0x0, activation stack page at 0xE000, stack at 0xF000. */
    static Gpt low(ModelBuilder b, String prefix) {
        Gpt low = b.gpt(prefix + "-low", 12);
        for (int i = 0; i < 4; i++) {
            slot(low, i, pageCap(b.page(prefix + "-code-" + i)));
        }
        slot(low, 14, pageCap(b.page(prefix + "-activation-stack")));
        slot(low, 15, pageCap(b.page(prefix + "-stack")));
        return low;
    }

    static void roles(Process p, Endpoint reply, SpaceBank bank) {
        reg(p, 1, endpointCap(reply));
        reg(p, 2, processCap(p));
        reg(p, 3, bankCap(bank));
    }

    static CoyotosSystem seed(String kind) {
        ModelBuilder b = new ModelBuilder("seed-" + kind);
        CoyotosSystem s = b.system;
        s.setDescription("Page-fault storm over a fresh 64 KiB heap (16 pages) then steady compute; handler: " + kind);
        Schedule sched = b.schedule("sched");
        SpaceBank bank = b.bank("bank");
        Gpt space = b.gpt("app-space", 16);
        Gpt heap = b.gpt("app-heap", 12);
        slot(space, 0, gptCap(low(b, "app")));
        slot(space, 1, gptCap(heap));
        Process app = b.process("app", sched, CODE);
        app.setAddressSpace(gptCap(space, 0, 19));
        roles(app, b.endpoint("app-reply", app, true), bank);
        workload(app).getSteps().add(touch(HEAP, HEAP_SIZE, 0x1000, AccessKind.WRITE));
        workload(app).getSteps().add(loop(8, compute(50_000), touch(CODE, 0x4000, 0x1000, AccessKind.EXECUTE), yieldStep()));

        if (kind.equals("activation")) {
            activation(app, 0x2000, region(ACT_STACK, 0x1000), region(CODE, 0x4000), region(HEAP, HEAP_SIZE))
                    .getActions().add(mapFreshPage(bank, heap, -1));
        } else {
            Process pager = b.process("pager", sched, CODE);
            Endpoint pagerEp = b.endpoint("pager-ep", pager, false);
            roles(pager, b.endpoint("pager-reply", pager, true), bank);
            pager.getHandlerActions().add(mapFreshPage(bank, heap, -1));
            reg(pager, 8, gptCap(heap)); // the pager stores into the heap GPT through this capability
            if (kind.equals("external-shared-space")) {
                pager.setAddressSpace(gptCap(space, 0, 19));
            } else {
                Gpt ps = b.gpt("pager-space", 16);
                slot(ps, 0, gptCap(low(b, "pager")));
                pager.setAddressSpace(gptCap(ps, 0, 19));
            }
            if (kind.equals("memory-handler")) {
                space.setHa(true); // l2g 19 over l2v 16: slots 0..7 only, slot 15 is never translated
                slot(space, 15, entry(pagerEp));
            } else {
                app.setHandler(entry(pagerEp));
            }
        }
        s.setSimulation(sim());
        return s;
    }

    /** Equivalent of the Coyotos testHandler image: one process handler, one memory handler (ha). */
    static CoyotosSystem testHandler() {
        ModelBuilder b = new ModelBuilder("testhandler");
        b.system.setDescription("Layout of the Coyotos testHandler image: faults under the ha GPT go to the memory "
                + "handler, other faults to the process handler.");
        Schedule sched = b.schedule("sched");
        SpaceBank bank = b.bank("bank");
        Gpt space = b.gpt("test-space", 16);
        Gpt handled = b.gpt("memhandled", 12);
        Gpt unhandled = b.gpt("prochandled", 12);
        slot(space, 0, gptCap(low(b, "test")));
        slot(space, 1, gptCap(handled, 0, 15)); // 8 page slots: slot 15 reserved for the handler
        slot(space, 2, gptCap(unhandled));
        Process test = b.process("testHandler", sched, CODE);
        test.setAddressSpace(gptCap(space, 0, 19));
        roles(test, b.endpoint("test-reply", test, true), bank);

        Process memHandler = b.process("memhandler", sched, CODE);
        Gpt ms = b.gpt("memhandler-space", 16);
        slot(ms, 0, gptCap(low(b, "memhandler")));
        memHandler.setAddressSpace(gptCap(ms, 0, 19));
        roles(memHandler, b.endpoint("memhandler-reply", memHandler, true), bank);
        memHandler.getHandlerActions().add(mapFreshPage(bank, handled, -1));
        handled.setHa(true);
        slot(handled, 15, entry(b.endpoint("memhandler-ep", memHandler, false)));

        Process procHandler = b.process("prochandler", sched, CODE);
        Gpt ps = b.gpt("prochandler-space", 16);
        slot(ps, 0, gptCap(low(b, "prochandler")));
        procHandler.setAddressSpace(gptCap(ps, 0, 19));
        roles(procHandler, b.endpoint("prochandler-reply", procHandler, true), bank);
        procHandler.getHandlerActions().add(mapFreshPage(bank, unhandled, -1));
        test.setHandler(entry(b.endpoint("prochandler-ep", procHandler, false)));

        workload(test).getSteps().add(touch(0x10000, 0x8000, 0x1000, AccessKind.WRITE));
        workload(test).getSteps().add(touch(0x20000, 0x4000, 0x1000, AccessKind.WRITE));
        workload(test).getSteps().add(compute(10_000));
        b.system.setSimulation(sim());
        return b.system;
    }

    /** Client/server pair through an endpoint, each with its own reply endpoint (pm set). */
    static CoyotosSystem ipc() {
        ModelBuilder b = new ModelBuilder("ipc-client-server");
        b.system.setDescription("Client calls server 1000 times through an entry capability; replies come back "
                + "to the client's reply endpoint.");
        Schedule sched = b.schedule("sched");
        SpaceBank bank = b.bank("bank");
        Process supervisor = b.process("supervisor", sched, CODE);
        Gpt sups = b.gpt("supervisor-space", 16);
        slot(sups, 0, gptCap(low(b, "supervisor")));
        supervisor.setAddressSpace(gptCap(sups, 0, 19));
        roles(supervisor, b.endpoint("supervisor-reply", supervisor, true), bank);
        supervisor.getHandlerActions().add(CoyotosFactory.eINSTANCE.createRefuseFault());
        Endpoint supEp = b.endpoint("supervisor-ep", supervisor, false);

        Process server = b.process("server", sched, CODE);
        Gpt ss = b.gpt("server-space", 16);
        slot(ss, 0, gptCap(low(b, "server")));
        server.setAddressSpace(gptCap(ss, 0, 19));
        roles(server, b.endpoint("server-reply", server, true), bank);
        server.setHandler(entry(supEp));
        server.setRunState(coyotos.studio.model.RunState.RECEIVING);
        Endpoint serverEp = b.endpoint("server-ep", server, false);
        serverEp.setEndpointId(1);
        reg(server, 5, endpointCap(serverEp));
        workload(server).getSteps().add(loop(1000, receive(), compute(2_000)));

        Process client = b.process("client", sched, CODE);
        Gpt cs = b.gpt("client-space", 16);
        slot(cs, 0, gptCap(low(b, "client")));
        client.setAddressSpace(gptCap(cs, 0, 19));
        roles(client, b.endpoint("client-reply", client, true), bank);
        client.setHandler(entry(supEp));
        coyotos.studio.model.EntryCapability toServer = entry(serverEp);
        toServer.setProtectedPayload(0x1234);
        reg(client, 8, toServer);
        workload(client).getSteps().add(loop(1000, compute(1_000), invoke(8, true)));
        b.system.setSimulation(sim());
        return b.system;
    }
}
