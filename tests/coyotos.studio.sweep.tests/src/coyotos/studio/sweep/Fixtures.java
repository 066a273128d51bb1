package coyotos.studio.sweep;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.sweep.model.SweepModel;
import coyotos.studio.sweep.result.SweepFiles;
import coyotos.studio.sweep.result.SweepResult;
import coyotos.studio.sweep.run.SweepProgress;
import coyotos.studio.sweep.run.SweepRunner;
import java.io.File;
import java.util.List;

/** The shipped examples (found relative to the test bundle, surefire's working directory) and sweeps of them. */
public final class Fixtures {
    public static final File EXAMPLES = new File("../../bundles/coyotos.studio.examples/examples");

    private Fixtures() {
    }

    public static File example(String name) {
        return new File(EXAMPLES, name + ".coyotos");
    }

    public static CoyotosSystem load(String name) {
        CoyotosModel.registerGlobally();
        ModelLoader.Result r = new ModelLoader().load(example(name));
        if (r.system() == null || r.hasErrors()) {
            throw new IllegalStateException("example " + name + " does not load: " + r.diagnostics());
        }
        return r.system();
    }

    public static SweepModel model(String example, String... vary) throws SweepException {
        return SweepModel.of(load(example), SweepSpec.parse(List.of(vary), null, null, null));
    }

    public static SweepResult sweep(String example, int jobs, Shard shard, String... vary) throws SweepException {
        SweepModel m = model(example, vary);
        File f = example(example);
        return new SweepRunner(m, SweepFiles.info(f.toPath(), f.getName(), m.base().getName(), m.spec()))
                .run(jobs, shard, SweepProgress.NONE, null);
    }
}
