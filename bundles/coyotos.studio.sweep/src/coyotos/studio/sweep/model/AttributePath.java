package coyotos.studio.sweep.model;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.SimulationSetup;
import coyotos.studio.sweep.SweepException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A model attribute written as a path from a named object: {@code OBJECT/feature/.../attribute}, where OBJECT
 * is the name of a top-level object (or {@code simulation} for the simulation setup), each middle step a
 * containment feature with {@code .N} for the N-th element of a list (from 0, in model order), and the last
 * step the attribute. Examples: {@code app-space/l2v}, {@code app/workload/steps.32/count},
 * {@code app/activationHandler/stack/size}, {@code simulation/randomSeed}. Names rather than positions for
 * the first step keep a path valid while the model is edited around it.
 */
public final class AttributePath {
    public static final String SIMULATION = "simulation";

    private final String text;
    private final String[] steps;

    private AttributePath(String text) {
        this.text = text;
        this.steps = text.split("/");
    }

    public static AttributePath parse(String text) throws SweepException {
        String t = text == null ? "" : text.trim();
        if (!t.contains("/") || t.startsWith("/") || t.endsWith("/") || t.contains("//")) {
            throw new SweepException("'" + text + "' is not an attribute path: write OBJECT/feature/.../attribute, "
                    + "e.g. app/workload/steps.0/count.");
        }
        return new AttributePath(t);
    }

    /** The path of {@code attribute} of {@code owner}, as {@link #parse} reads it back. */
    public static String of(EObject owner, EAttribute attribute) throws SweepException {
        Deque<String> parts = new ArrayDeque<>();
        parts.push(attribute.getName());
        EObject o = owner;
        while (o.eContainer() != null && !(o.eContainer() instanceof CoyotosSystem)) {
            EStructuralFeature f = o.eContainingFeature();
            if (f.isMany()) {
                parts.push(f.getName() + "." + ((List<?>) o.eContainer().eGet(f)).indexOf(o));
            } else {
                parts.push(f.getName());
            }
            o = o.eContainer();
        }
        if (o instanceof SimulationSetup) {
            parts.push(SIMULATION);
        } else if (o instanceof KernelObject k && k.getName() != null && !k.getName().isBlank()) {
            CoyotosSystem system = (CoyotosSystem) k.eContainer();
            long same = system == null ? 1 : system.getObjects().stream().filter(x -> k.getName().equals(x.getName())).count();
            if (same > 1) {
                throw new SweepException("'" + k.getName() + "' names " + same + " objects: give this one a name of its own "
                        + "so the sweep can find it.");
            }
            parts.push(k.getName());
        } else {
            throw new SweepException("this element sits under an object without a name: name the object so the sweep can find it.");
        }
        return String.join("/", parts);
    }

    public String text() {
        return text;
    }

    /** The element holding the attribute and the attribute, in {@code system}. */
    public record Target(EObject owner, EAttribute attribute) {
    }

    public Target resolve(CoyotosSystem system) throws SweepException {
        EObject o = first(system, steps[0]);
        for (int i = 1; i < steps.length - 1; i++) {
            o = containment(o, i);
        }
        String last = steps[steps.length - 1];
        EStructuralFeature f = o.eClass().getEStructuralFeature(last);
        if (!(f instanceof EAttribute a)) {
            throw new SweepException("attribute path " + text + ": " + describe(o) + " has no attribute '" + last
                    + "'; it has " + SweepableAttributes.names(o) + ".");
        }
        if (!SweepableAttributes.sweepable(a)) {
            throw new SweepException("attribute path " + text + ": '" + last + "' cannot be swept (only numbers, "
                    + "yes/no and choices can); " + describe(o) + " has " + SweepableAttributes.names(o) + ".");
        }
        return new Target(o, a);
    }

    private EObject first(CoyotosSystem system, String name) throws SweepException {
        EObject found = null;
        int count = 0;
        for (KernelObject k : system.getObjects()) {
            if (name.equals(k.getName())) {
                found = k;
                count++;
            }
        }
        if (count > 1) {
            throw new SweepException("attribute path " + text + ": " + count + " objects are named '" + name
                    + "'; rename one so the path names a single object.");
        }
        if (found != null) {
            return found;
        }
        if (SIMULATION.equals(name)) {
            if (system.getSimulation() == null) {
                throw new SweepException("attribute path " + text + ": the model has no simulation setup.");
            }
            return system.getSimulation();
        }
        throw new SweepException("attribute path " + text + ": the model has no object named '" + name + "'.");
    }

    private EObject containment(EObject o, int i) throws SweepException {
        String step = steps[i];
        String name = step;
        int index = -1;
        int dot = step.lastIndexOf('.');
        if (dot > 0) {
            try {
                index = Integer.parseInt(step.substring(dot + 1));
                name = step.substring(0, dot);
            } catch (NumberFormatException e) {
                index = -1;
            }
        }
        EStructuralFeature f = o.eClass().getEStructuralFeature(name);
        if (!(f instanceof EReference r) || !r.isContainment()) {
            throw new SweepException("attribute path " + text + ": " + describe(o) + " holds nothing called '" + name + "'.");
        }
        if (r.isMany()) {
            List<?> list = (List<?>) o.eGet(r);
            if (index < 0) {
                throw new SweepException("attribute path " + text + ": '" + name + "' is a list: say which element, e.g. "
                        + name + ".0 (it has " + list.size() + ").");
            }
            if (index >= list.size()) {
                throw new SweepException("attribute path " + text + ": " + describe(o) + " has " + list.size() + " "
                        + name + ", so " + step + " does not exist (they count from 0).");
            }
            return (EObject) list.get(index);
        }
        if (index >= 0) {
            throw new SweepException("attribute path " + text + ": '" + name + "' holds one element, not a list: write "
                    + name + " without ." + index + ".");
        }
        EObject child = (EObject) o.eGet(r);
        if (child == null) {
            throw new SweepException("attribute path " + text + ": " + describe(o) + " has no " + name + ".");
        }
        return child;
    }

    private static String describe(EObject o) {
        return coyotos.studio.model.validation.Labels.of(o);
    }

    @Override
    public String toString() {
        return text;
    }
}
