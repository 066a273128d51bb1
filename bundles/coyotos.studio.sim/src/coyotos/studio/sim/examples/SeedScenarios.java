package coyotos.studio.sim.examples;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.ActivationConfig;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.Endpoint;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.Region;
import coyotos.studio.sim.image.ServerBehavior;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.SpaceBank;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.image.SystemImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The "seed" example (docs/coyotos-domain.md §7, 1-4): each worker storms over a fresh heap (one new page per
 * iteration, so one fault each) between steady compute over a resident working set, under one of four
 * handler configurations. Used by tests and the benchmark; a template for building images by hand.
 */
public final class SeedScenarios {
    public static final long WORKING_SET = 0x1000_0000L;
    public static final long ACTIVATION_CODE = 0x2000_0000L;
    public static final long ACTIVATION_STACK = 0x2010_0000L;
    public static final long SHARED_HANDLER_CODE = 0x3000_0000L;
    public static final long SHARED_HANDLER_STACK = 0x3010_0000L;
    public static final long HEAP = 0x4000_0000L;
    public static final long OWN_CODE = 0x0040_0000L;
    public static final long OWN_STACK = 0x0050_0000L;
    public static final String BANK = "bank";

    /** Where faults on the heap go. */
    public enum HandlerConfig {
        /** (1) external process handler in its own address space. */
        EXTERNAL_OWN_SPACE,
        /** (2) external process handler holding the faulting process's space capability. */
        EXTERNAL_SHARED_SPACE,
        /** (3) memory handler: the heap GPT has ha, slot 15 names the handler's endpoint. */
        MEMORY_HANDLER,
        /** (4) in-process activation handler on its own stack. */
        ACTIVATION
    }

    /**
     * @param keeper             give each worker a process handler ("keeper", own space, maps anything in
     *                           the worker's space) besides the heap handler (configs 3 and 4)
     * @param mapActivationStack pre-map the activation handler's stack (false: scenario 5)
     */
    public record Params(int workers, long heapPages, int wsPages, long computeCycles, int handlerCodePages,
            int handlerStackPages, long handlerCompute, boolean keeper, boolean mapActivationStack) {
        public static Params defaults() {
            return new Params(1, 256, 32, 2000, 4, 2, 200, true, true);
        }

        public Params withWorkers(int w) {
            return new Params(w, heapPages, wsPages, computeCycles, handlerCodePages, handlerStackPages,
                    handlerCompute, keeper, mapActivationStack);
        }

        public Params withHeapPages(long h) {
            return new Params(workers, h, wsPages, computeCycles, handlerCodePages, handlerStackPages,
                    handlerCompute, keeper, mapActivationStack);
        }

        public Params withKeeper(boolean k) {
            return new Params(workers, heapPages, wsPages, computeCycles, handlerCodePages, handlerStackPages,
                    handlerCompute, k, mapActivationStack);
        }

        public Params withActivationStackMapped(boolean m) {
            return new Params(workers, heapPages, wsPages, computeCycles, handlerCodePages, handlerStackPages,
                    handlerCompute, keeper, m);
        }
    }

    private SeedScenarios() {
    }

    public static SystemImage build(HandlerConfig config, Params p, Setup setup) {
        SystemImage.Builder b = SystemImage.builder("seed-" + config.name().toLowerCase()).setup(setup);
        b.bank(new SpaceBank(BANK, 0));
        for (int w = 0; w < p.workers(); w++) {
            addWorker(b, config, p, w);
        }
        return b.build();
    }

    /** Heap GPT id of worker {@code w}. */
    public static String heapGpt(int w) {
        return "w" + w + ".heap";
    }

    public static String workerId(int w) {
        return "worker" + w;
    }

    private static void addWorker(SystemImage.Builder b, HandlerConfig config, Params p, int w) {
        String worker = workerId(w);
        SpaceLayout space = new SpaceLayout(b, "w" + w);
        space.mapPages(WORKING_SET, p.wsPages(), 0);
        // Heap GPT: l2v 27 under a guard of l2g 30 leaves slots 0..7 reachable, so slots 14/15 are free for
        // bg/ha as §4.3 requires.
        Gpt heap = Gpt.of(heapGpt(w), 27);
        String pager = "pager" + w;
        String pagerEp = pager + ".ep";
        if (config == HandlerConfig.MEMORY_HANDLER) {
            heap = heap.withMemoryHandler(Capability.entry(pagerEp, w));
        }
        b.gpt(heap);
        space.rootSlot(1, Capability.gpt(heapGpt(w)).withGuard(0, 30));

        ProcessSpec.Builder wp = ProcessSpec.builder(worker).name(worker).addressSpace(space.spaceCap())
                .capRegister(3, Capability.spaceBank(BANK))
                .workload(Step.Loop.of(p.heapPages(),
                        new Step.Stream(HEAP, p.heapPages() * Page.SIZE, Page.SIZE, Page.SIZE, Access.WRITE),
                        Step.Touch.pages(WORKING_SET, p.wsPages(), Access.READ),
                        new Step.Compute(p.computeCycles())));
        FaultAction heapAction = FaultAction.mapFreshPage(heapGpt(w), BANK);
        switch (config) {
            case EXTERNAL_OWN_SPACE -> {
                addOwnSpaceServer(b, pager, p, heapAction);
                wp.handler(Capability.entry(pagerEp, w));
            }
            case EXTERNAL_SHARED_SPACE -> {
                space.mapPages(SHARED_HANDLER_CODE, p.handlerCodePages(), 0);
                space.mapPages(SHARED_HANDLER_STACK, p.handlerStackPages(), 0);
                b.process(ProcessSpec.builder(pager).name(pager).addressSpace(space.spaceCap())
                        .capRegister(3, Capability.spaceBank(BANK))
                        .server(server(SHARED_HANDLER_CODE, SHARED_HANDLER_STACK, p, heapAction)).build());
                b.endpoint(new Endpoint(pagerEp, pager, false, 100 + w));
                wp.handler(Capability.entry(pagerEp, w));
            }
            case MEMORY_HANDLER -> {
                addOwnSpaceServer(b, pager, p, heapAction);
                addKeeper(b, p, w, space, wp);
            }
            case ACTIVATION -> {
                space.mapPages(ACTIVATION_CODE, p.handlerCodePages(), 0);
                if (p.mapActivationStack()) {
                    space.mapPages(ACTIVATION_STACK, p.handlerStackPages(), 0);
                }
                wp.activation(new ActivationConfig(new Region(ACTIVATION_CODE, p.handlerCodePages() * Page.SIZE),
                        new Region(ACTIVATION_STACK, p.handlerStackPages() * Page.SIZE),
                        List.of(new Region(HEAP, p.heapPages() * Page.SIZE)), p.handlerCompute(), heapAction));
                addKeeper(b, p, w, space, wp);
            }
        }
        b.process(wp.build());
    }

    private static void addKeeper(SystemImage.Builder b, Params p, int w, SpaceLayout space, ProcessSpec.Builder wp) {
        if (!p.keeper()) {
            return;
        }
        String keeper = "keeper" + w;
        addOwnSpaceServer(b, keeper, p, FaultAction.mapFreshPage(space.rootId(), BANK));
        wp.handler(Capability.entry(keeper + ".ep", w));
    }

    private static void addOwnSpaceServer(SystemImage.Builder b, String id, Params p, FaultAction action) {
        SpaceLayout own = new SpaceLayout(b, id);
        own.mapPages(OWN_CODE, p.handlerCodePages(), 0).mapPages(OWN_STACK, p.handlerStackPages(), 0);
        b.process(ProcessSpec.builder(id).name(id).addressSpace(own.spaceCap())
                .capRegister(3, Capability.spaceBank(BANK))
                .server(server(OWN_CODE, OWN_STACK, p, action)).build());
        b.endpoint(new Endpoint(id + ".ep", id, false, id.hashCode() & 0xffff));
    }

    private static ServerBehavior server(long code, long stack, Params p, FaultAction action) {
        List<Step.Touch> touches = new ArrayList<>();
        touches.add(Step.Touch.pages(code, p.handlerCodePages(), Access.EXECUTE));
        touches.add(Step.Touch.pages(stack, p.handlerStackPages(), Access.WRITE));
        return new ServerBehavior(touches, p.handlerCompute(), action, (long) p.handlerStackPages() * Page.SIZE);
    }
}
