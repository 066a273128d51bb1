package coyotos.studio.sweep.model;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Process;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sim.model.Translation;
import coyotos.studio.sweep.Axis;
import coyotos.studio.sweep.AxisKind;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.SweepSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * A sweep spec checked against its base model, and the model of each point. The checks run once, before any
 * point: every process an axis names exists, every attribute path resolves, every value fits its attribute,
 * profile, kernel or design (a design is tried on a copy, so a missing part is reported now, not at point 137).
 * Transformations apply in a fixed order so a point is the same model however the axes were listed:
 * attributes first (paths name the model as the user sees it), then the design, then replication (so every
 * copy has the attribute values and the design).
 *
 * <p>The base model is only read: each point works on its own copy. Each thread copies from a private copy of
 * the base, made once under a lock, because EMF fills some lists lazily even on reads: threads never touch the
 * same objects, and copying (a large share of a point's time) runs on every core at once.
 */
public final class SweepModel {
    private final CoyotosSystem base;
    private final SweepSpec spec;
    private final String[] processNames;
    private final AttributePath[] paths;
    private final ThreadLocal<CoyotosSystem> threadBase;

    private SweepModel(CoyotosSystem base, SweepSpec spec, String[] processNames, AttributePath[] paths) {
        this.base = base;
        this.spec = spec;
        this.processNames = processNames;
        this.paths = paths;
        this.threadBase = ThreadLocal.withInitial(() -> {
            synchronized (base) {
                return ModelCopies.copy(base);
            }
        });
    }

    public static SweepModel of(CoyotosSystem base, SweepSpec spec) throws SweepException {
        List<Axis> axes = spec.axes();
        String[] processNames = new String[axes.size()];
        AttributePath[] paths = new AttributePath[axes.size()];
        Overrides overrides = new Overrides(base);
        if (spec.profile() != null) {
            overrides.check("--profile", SimulationOverrides.NONE.withProfile(spec.profile()));
        }
        if (spec.kernel() != null) {
            overrides.check("--kernel", SimulationOverrides.NONE.withKernel(spec.kernel()));
        }
        for (int i = 0; i < axes.size(); i++) {
            Axis a = axes.get(i);
            switch (a.kind()) {
                case PROFILE -> {
                    for (String v : a.values()) {
                        overrides.check("axis profile", SimulationOverrides.NONE.withProfile(v));
                    }
                }
                case KERNEL -> {
                    for (String v : a.values()) {
                        overrides.check("axis kernel", SimulationOverrides.NONE.withKernel(v));
                    }
                }
                case DESIGN, REPLICATE -> {
                    Process p = Processes.find(base, a.target(), a.name());
                    if (p.getName() == null || p.getName().isBlank()) {
                        throw new SweepException("axis " + a.name() + ": the process has no name; name it so each point "
                                + "can find it.");
                    }
                    processNames[i] = p.getName();
                    if (a.kind() == AxisKind.REPLICATE) {
                        checkCopies(a);
                    } else {
                        checkDesigns(base, a, p.getName());
                    }
                }
                case ATTRIBUTE -> {
                    paths[i] = AttributePath.parse(a.target());
                    AttributePath.Target t = paths[i].resolve(base);
                    for (String v : a.values()) {
                        SweepableAttributes.value(t.attribute(), v, a.name());
                    }
                }
            }
        }
        return new SweepModel(base, spec, processNames, paths);
    }

    private static void checkCopies(Axis a) throws SweepException {
        for (String v : a.values()) {
            int n;
            try {
                n = Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw new SweepException("axis " + a.name() + ": '" + v + "' is not a number of copies.");
            }
            if (n < 1 || n > Replication.MAX_COPIES) {
                throw new SweepException("axis " + a.name() + ": " + v + " copies is outside 1.." + Replication.MAX_COPIES + ".");
            }
        }
    }

    private static void checkDesigns(CoyotosSystem base, Axis a, String process) throws SweepException {
        for (String v : a.values()) {
            HandlerDesign d = HandlerDesign.of(v.trim());
            if (d == null) {
                throw new SweepException("axis " + a.name() + ": unknown design '" + v + "'; the designs are "
                        + String.join(", ", HandlerDesign.ids()) + ".");
            }
            CoyotosSystem trial = ModelCopies.copy(base);
            DesignRewiring.apply(trial, Processes.find(trial, process, a.name()), d, a.name());
        }
    }

    public SweepSpec spec() {
        return spec;
    }

    public CoyotosSystem base() {
        return base;
    }

    /** The model and overrides of point {@code index}. */
    public PointModel point(long index) throws SweepException {
        List<String> values = spec.values(index);
        CoyotosSystem system = ModelCopies.copy(threadBase.get());
        List<String> notes = new ArrayList<>();
        List<Axis> axes = spec.axes();
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).kind() == AxisKind.ATTRIBUTE) {
                AttributePath.Target t = paths[i].resolve(system);
                t.owner().eSet(t.attribute(), SweepableAttributes.value(t.attribute(), values.get(i), axes.get(i).name()));
            }
        }
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).kind() == AxisKind.DESIGN) {
                Process p = Processes.find(system, processNames[i], axes.get(i).name());
                notes.addAll(DesignRewiring.apply(system, p, HandlerDesign.of(values.get(i).trim()), axes.get(i).name()));
            }
        }
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).kind() == AxisKind.REPLICATE) {
                Process p = Processes.find(system, processNames[i], axes.get(i).name());
                notes.addAll(Replication.apply(system, p, Integer.parseInt(values.get(i).trim())));
            }
        }
        SimulationOverrides o = SimulationOverrides.NONE.withProfile(spec.profile()).withSeed(spec.seed());
        String kernel = spec.kernel();
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).kind() == AxisKind.PROFILE) {
                o = o.withProfile(values.get(i));
            } else if (axes.get(i).kind() == AxisKind.KERNEL) {
                kernel = values.get(i);
            }
        }
        o = o.withKernel(kernel);
        return new PointModel(index, values, system, o, notes);
    }

    /**
     * Profiles and kernels are checked by the run path itself: an override is wrong when translating the base
     * model with it gives an error the base alone does not (an unknown name, with the known ones listed).
     */
    private static final class Overrides {
        private final CoyotosSystem base;
        private final Set<String> baseErrors;

        Overrides(CoyotosSystem base) {
            this.base = base;
            this.baseErrors = messages(ModelSimulation.translate(base, SimulationOverrides.NONE));
        }

        void check(String where, SimulationOverrides o) throws SweepException {
            for (String e : messages(ModelSimulation.translate(base, o))) {
                if (!baseErrors.contains(e)) {
                    throw new SweepException(where + ": " + e + ".");
                }
            }
        }

        private static Set<String> messages(Translation t) {
            Set<String> m = new HashSet<>();
            t.errors().forEach(p -> m.add(p.message()));
            return m;
        }
    }

    /** The translation of a point, as every run path makes it. */
    public static Translation translate(PointModel point) {
        return ModelSimulation.translate(point.system(), point.overrides());
    }
}
