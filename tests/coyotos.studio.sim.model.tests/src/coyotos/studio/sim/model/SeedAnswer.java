package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Process;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.sim.image.ActivationDesign;
import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.RunResult;
import java.util.List;
import java.util.Locale;

/**
 * The seed question answered from the four example files under both kernel variants, as the Markdown table the
 * README shows. Run {@code main} to print it after a change to the simulator or the examples.
 */
final class SeedAnswer {
    static final List<String> CONFIGURATIONS = List.of("seed-external-own-space", "seed-external-shared-space",
            "seed-memory-handler", "seed-activation");

    private SeedAnswer() {
    }

    /** Runs an example; for the activation example {@code design} sets the what-if design (null: the file's). */
    static RunResult run(String example, KernelVariant v, String profile, ActivationDesign design) {
        ModelLoader.Result loaded = new ModelLoader().load(Examples.file(example));
        CoyotosSystem system = loaded.system();
        if (design != null) {
            for (var o : system.getObjects()) {
                if (o instanceof Process p && p.getActivationHandler() != null) {
                    ActivationHandler a = p.getActivationHandler();
                    a.setDesign(coyotos.studio.model.ActivationDesign.get(design.id()));
                }
            }
        }
        ModelRun run = ModelSimulation.run(system, SimulationOverrides.NONE.withProfile(profile).withKernel(v.id()),
                null, null);
        assertTrue(run.ran(), () -> example + ": " + run.problems());
        return run.result();
    }

    /** One row per configuration (the activation example once per design), one column group per variant. */
    static String table(String profile) {
        int cr3 = CpuProfiles.builtin(profile).cr3LoadCycles();
        StringBuilder sb = new StringBuilder();
        sb.append("| seed configuration (").append(profile).append(", 16 heap faults) ");
        for (KernelVariant v : KernelVariant.values()) {
            sb.append("| ").append(v.id()).append(": total cycles | non-user cycles per fault | CR3 loads per fault ");
        }
        sb.append("|\n|---");
        for (int i = 0; i < KernelVariant.values().length; i++) {
            sb.append("|---:|---:|---:");
        }
        sb.append("|\n");
        for (String example : CONFIGURATIONS) {
            List<ActivationDesign> designs = example.equals("seed-activation")
                    ? List.of(ActivationDesign.DRAFT_0_5, ActivationDesign.SEED_2007) : java.util.Arrays.asList((ActivationDesign) null);
            for (ActivationDesign d : designs) {
                sb.append("| ").append(example.replace("seed-", "")).append(d == null ? "" : " (what-if, " + d.id() + ")")
                        .append(' ');
                for (KernelVariant v : KernelVariant.values()) {
                    RunResult r = run(example, v, profile, d);
                    double overhead = (double) r.categories().overhead() / r.faults().raised();
                    double loads = r.perFault(CostCategory.ADDRESS_SPACE_SWITCH) / cr3;
                    sb.append(String.format(Locale.ROOT, "| %,d | %,.0f | %.1f ", r.totalCycles(), overhead, loads));
                }
                sb.append("|\n");
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.print(table(args.length > 0 ? args[0] : "pentium4"));
    }
}
