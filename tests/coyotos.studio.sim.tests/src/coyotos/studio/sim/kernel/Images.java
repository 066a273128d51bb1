package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.ActivationConfig;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.Endpoint;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.ServerBehavior;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.image.Workload;
import coyotos.studio.sim.result.EventSink;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.RunInfo;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.SimEvent;
import coyotos.studio.sim.result.EventSinks;
import coyotos.studio.sim.run.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Test helper: variations of example images, and runs that keep their events. */
final class Images {
    private Images() {
    }

    static SystemImage withWorkload(SystemImage img, String processId, Workload w) {
        return replace(img, processId, p -> new ProcessSpec(p.id(), p.name(), p.capRegisters(), p.handler(),
                p.addressSpace(), p.schedule(), p.initialFaultCode(), p.initialPc(), w, p.server(), p.activation()));
    }

    static SystemImage withServer(SystemImage img, String processId, ServerBehavior s) {
        return replace(img, processId, p -> new ProcessSpec(p.id(), p.name(), p.capRegisters(), p.handler(),
                p.addressSpace(), p.schedule(), p.initialFaultCode(), p.initialPc(), p.workload(), s, p.activation()));
    }

    static SystemImage withHandler(SystemImage img, String processId, Capability handler) {
        return replace(img, processId, p -> new ProcessSpec(p.id(), p.name(), p.capRegisters(), handler,
                p.addressSpace(), p.schedule(), p.initialFaultCode(), p.initialPc(), p.workload(), p.server(),
                p.activation()));
    }

    static SystemImage withActivation(SystemImage img, String processId, ActivationConfig a) {
        return replace(img, processId, p -> new ProcessSpec(p.id(), p.name(), p.capRegisters(), p.handler(),
                p.addressSpace(), p.schedule(), p.initialFaultCode(), p.initialPc(), p.workload(), p.server(), a));
    }

    static SystemImage replace(SystemImage img, String processId, UnaryOperator<ProcessSpec> f) {
        List<ProcessSpec> ps = img.processes().stream().map(p -> p.id().equals(processId) ? f.apply(p) : p).toList();
        return new SystemImage(img.name(), ps, img.gpts(), img.pages(), img.capPages(), img.endpoints(), img.banks(),
                img.setup());
    }

    static SystemImage withGpt(SystemImage img, String gptId, UnaryOperator<Gpt> f) {
        List<Gpt> gs = img.gpts().stream().map(g -> g.id().equals(gptId) ? f.apply(g) : g).toList();
        return new SystemImage(img.name(), img.processes(), gs, img.pages(), img.capPages(), img.endpoints(),
                img.banks(), img.setup());
    }

    static SystemImage adding(SystemImage img, List<ProcessSpec> processes, List<Endpoint> endpoints) {
        List<ProcessSpec> ps = new ArrayList<>(img.processes());
        ps.addAll(processes);
        List<Endpoint> es = new ArrayList<>(img.endpoints());
        es.addAll(endpoints);
        return new SystemImage(img.name(), ps, img.gpts(), img.pages(), img.capPages(), es, img.banks(), img.setup());
    }

    /** A run and every event of the given types, as objects. */
    record Traced(RunResult result, List<SimEvent> events) {
        List<SimEvent> of(EventType t) {
            return events.stream().filter(e -> e.type() == t).toList();
        }

        List<SimEvent> of(EventType t, String process) {
            return events.stream().filter(e -> e.type() == t && process.equals(e.processName())).toList();
        }
    }

    static Traced trace(SystemImage img, EventType... types) {
        List<SimEvent> events = new ArrayList<>();
        long mask = types.length == 0 ? EventType.ALL : EventType.mask(types);
        RunResult r = Simulation.of(img).sink(EventSinks.objects(mask, events::add)).run();
        return new Traced(r, events);
    }

    /** Names of processes by index, as a run announces them. */
    static List<String> names(SystemImage img) {
        List<String> names = new ArrayList<>();
        Simulation.of(img).sink(new EventSink() {
            @Override
            public long interestMask() {
                return 0;
            }

            @Override
            public void begin(RunInfo info) {
                names.addAll(info.processNames());
            }

            @Override
            public void onEvent(long cycle, EventType type, int process, int peer, long value, long detail) {
            }
        }).run();
        return names;
    }
}
