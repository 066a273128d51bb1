package coyotos.studio.mkimage;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.NamedElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Differences between two systems as a round trip must keep them equal: objects matched by name (in any order),
 * every attribute and capability compared, references compared by the name of what they point to. The .mki
 * origin of elements is not compared (a re-import comes from other lines), nor are page contents' trailing zeros.
 */
public final class ModelDifferences {
    private final List<String> out = new ArrayList<>();

    private ModelDifferences() {
    }

    /** Empty when equal; else one line per difference. */
    public static List<String> between(CoyotosSystem a, CoyotosSystem b) {
        ModelDifferences d = new ModelDifferences();
        Map<String, KernelObject> left = byName(a, d.out, "first");
        Map<String, KernelObject> right = byName(b, d.out, "second");
        for (String n : left.keySet()) {
            if (!right.containsKey(n)) {
                d.out.add(n + ": only in the first model");
            }
        }
        for (String n : right.keySet()) {
            if (!left.containsKey(n)) {
                d.out.add(n + ": only in the second model");
            } else {
                d.compare(n, left.get(n), right.get(n));
            }
        }
        return d.out;
    }

    private static Map<String, KernelObject> byName(CoyotosSystem s, List<String> out, String which) {
        Map<String, KernelObject> m = new LinkedHashMap<>();
        for (KernelObject o : s.getObjects()) {
            if (m.put(o.getName(), o) != null) {
                out.add(o.getName() + ": named twice in the " + which + " model");
            }
        }
        return m;
    }

    private void compare(String path, EObject a, EObject b) {
        if (a == null || b == null) {
            if (a != b) {
                out.add(path + ": " + describe(a) + " vs " + describe(b));
            }
            return;
        }
        if (a.eClass() != b.eClass()) {
            out.add(path + ": " + a.eClass().getName() + " vs " + b.eClass().getName());
            return;
        }
        for (EStructuralFeature f : a.eClass().getEAllStructuralFeatures()) {
            if (f == CoyotosPackage.Literals.SOURCE_TRACED__ORIGIN || f.isDerived() || f.isTransient()) {
                continue;
            }
            String at = path + "." + f.getName();
            if (f.isUnsettable() && a.eIsSet(f) != b.eIsSet(f)) {
                out.add(at + ": set in one model only");
                continue;
            }
            Object va = a.eGet(f);
            Object vb = b.eGet(f);
            if (f instanceof EAttribute) {
                if (va instanceof byte[] x || vb instanceof byte[]) {
                    if (!Arrays.equals(trim((byte[]) va), trim((byte[]) vb))) {
                        out.add(at + ": contents differ");
                    }
                } else if (!Objects.equals(va, vb)) {
                    out.add(at + ": " + va + " vs " + vb);
                }
            } else if (((EReference) f).isContainment()) {
                if (f.isMany()) {
                    List<?> la = (List<?>) va;
                    List<?> lb = (List<?>) vb;
                    if (la.size() != lb.size()) {
                        out.add(at + ": " + la.size() + " vs " + lb.size() + " elements");
                    }
                    for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                        compare(at + "[" + i + "]", (EObject) la.get(i), (EObject) lb.get(i));
                    }
                } else {
                    compare(at, (EObject) va, (EObject) vb);
                }
            } else if (!Objects.equals(name(va), name(vb))) {
                out.add(at + ": " + name(va) + " vs " + name(vb));
            }
        }
    }

    private static String name(Object o) {
        return o instanceof NamedElement n ? n.getName() : o == null ? null : o.toString();
    }

    private static String describe(EObject o) {
        return o == null ? "nothing" : o.eClass().getName();
    }

    private static byte[] trim(byte[] b) {
        if (b == null) {
            return new byte[0];
        }
        int end = b.length;
        while (end > 0 && b[end - 1] == 0) {
            end--;
        }
        return Arrays.copyOf(b, end);
    }
}
