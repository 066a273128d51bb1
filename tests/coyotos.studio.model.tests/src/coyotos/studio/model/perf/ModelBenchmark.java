package coyotos.studio.model.perf;

import static coyotos.studio.model.validation.ModelBuilder.*;

import java.io.File;
import java.nio.file.Files;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import coyotos.studio.model.AccessKind;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.Process;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.SpaceBank;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.model.validation.Finding;
import coyotos.studio.model.validation.ModelBuilder;
import coyotos.studio.model.validation.RuleEngine;

/**
 * Benchmark (not a test: it prints figures and asserts nothing; {@code ./studio bench} runs it): builds a model
 * of about 100,000 objects, saves, loads and validates it, and prints the times (target: load + validate under
 * 2 s). Also a main: {@code ModelBenchmark [objects]}.
 */
public final class ModelBenchmark {
    @org.junit.jupiter.api.Test
    void hundredThousandObjects() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 103_500; // objects counted by the estimate below; the real count is printed
        long t0 = System.nanoTime();
        ModelBuilder b = new ModelBuilder("benchmark");
        Schedule sched = b.schedule("sched");
        SpaceBank bank = b.bank("bank");
        Process pager = b.process("pager", sched, 0);
        Gpt ps = b.gpt("pager-space", 12);
        slot(ps, 0, pageCap(b.page("pager-code")));
        pager.setAddressSpace(gptCap(ps, 0, 16));
        Endpoint pagerEp = b.endpoint("pager-ep", pager, false);
        int n = 0;
        int objects = 0;
        while (objects < target) {
            // per process: space GPT + 15 (page + slot + cap) + process, registers, workload: ~70 objects
            Gpt g = b.gpt("space-" + n, 12);
            for (int i = 0; i < 15; i++) {
                slot(g, i, pageCap(b.page("p" + n + "-" + i)));
            }
            Process p = b.process("proc-" + n, sched, 0);
            p.setAddressSpace(gptCap(g, 0, 16));
            p.setHandler(entry(pagerEp));
            reg(p, 1, endpointCap(b.endpoint("reply-" + n, p, true)));
            reg(p, 2, processCap(p));
            reg(p, 3, bankCap(bank));
            touch(p, 0, 0x10000, AccessKind.WRITE);
            workload(p).getSteps().add(loop(10, compute(1000), invoke(1, false)));
            objects += 1 + 15 * 3 + 1 + 2 + 3 * 2 + 2 + 1 + 4 + 2;
            n++;
        }
        pager.getHandlerActions().add(mapFreshPage(bank, null, -1));
        long built = System.nanoTime();
        int counted = 0;
        for (var it = b.system.eAllContents(); it.hasNext(); it.next()) {
            counted++;
        }
        File f = File.createTempFile("benchmark", ".coyotos");
        f.deleteOnExit();
        Resource r = CoyotosModel.newResourceSet().createResource(URI.createFileURI(f.getAbsolutePath()));
        r.getContents().add(b.system);
        r.save(null);
        long saved = System.nanoTime();
        ModelLoader.Result loaded = new ModelLoader().load(f);
        long load = System.nanoTime();
        var findings = RuleEngine.INSTANCE.check(loaded.system());
        long validated = System.nanoTime();
        System.out.printf("objects: %d (processes %d), file %.1f MB%n", counted, n, Files.size(f.toPath()) / 1e6);
        System.out.printf("build    %6d ms%n", (built - t0) / 1_000_000);
        System.out.printf("save     %6d ms%n", (saved - built) / 1_000_000);
        System.out.printf("load     %6d ms (diagnostics: %d)%n", (load - saved) / 1_000_000, loaded.diagnostics().size());
        System.out.printf("validate %6d ms (findings: %d, first: %s)%n", (validated - load) / 1_000_000, findings.size(),
                findings.isEmpty() ? "-" : findings.get(0).message());
        long lv = (validated - saved) / 1_000_000;
        System.out.printf("load+validate %d ms (target < 2000 ms): %s%n", lv, lv < 2000 ? "OK" : "OVER");
        for (Finding x : findings.subList(0, Math.min(3, findings.size()))) {
            System.out.println("  " + x.message());
        }
    }
}
