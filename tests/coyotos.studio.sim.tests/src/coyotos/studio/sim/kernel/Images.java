package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.image.Workload;
import java.util.List;
import java.util.function.UnaryOperator;

/** Test helper: variations of example images. */
final class Images {
    private Images() {
    }

    static SystemImage withWorkload(SystemImage img, String processId, Workload w) {
        return replace(img, processId, p -> new ProcessSpec(p.id(), p.name(), p.capRegisters(), p.handler(),
                p.addressSpace(), p.schedule(), p.initialFaultCode(), p.initialPc(), w, p.server(), p.activation()));
    }

    static SystemImage replace(SystemImage img, String processId, UnaryOperator<ProcessSpec> f) {
        List<ProcessSpec> ps = img.processes().stream().map(p -> p.id().equals(processId) ? f.apply(p) : p).toList();
        return new SystemImage(img.name(), ps, img.gpts(), img.pages(), img.capPages(), img.endpoints(), img.banks(),
                img.setup());
    }
}
