package coyotos.studio.sweep.model;

import coyotos.studio.sweep.SweepException;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;

/**
 * Which attributes a sweep can vary (numbers, yes/no, choices: what a parameter study varies; never names
 * or descriptions), and how a value written as text becomes the attribute's value.
 */
public final class SweepableAttributes {

    private SweepableAttributes() {
    }

    public static boolean sweepable(EAttribute a) {
        if (!a.isChangeable() || a.isDerived() || a.isTransient() || a.isMany()) {
            return false;
        }
        EDataType t = a.getEAttributeType();
        if (t instanceof EEnum) {
            return true;
        }
        Class<?> c = t.getInstanceClass();
        return c == int.class || c == long.class || c == short.class || c == double.class || c == float.class
                || c == boolean.class || c == Integer.class || c == Long.class || c == Double.class || c == Boolean.class;
    }

    /** The sweepable attributes of {@code o}, in the order the metamodel declares them. */
    public static List<EAttribute> of(EObject o) {
        return o.eClass().getEAllAttributes().stream().filter(SweepableAttributes::sweepable).toList();
    }

    static String names(EObject o) {
        List<String> names = of(o).stream().map(EAttribute::getName).toList();
        return names.isEmpty() ? "no attribute a sweep can vary" : "the attributes " + String.join(", ", names);
    }

    /** {@code text} as a value of {@code a}, or a message saying which values it takes. */
    public static Object value(EAttribute a, String text, String axis) throws SweepException {
        EDataType t = a.getEAttributeType();
        String v = text.trim();
        if (t instanceof EEnum e) {
            EEnumLiteral l = e.getEEnumLiteral(v);
            if (l == null) {
                l = e.getEEnumLiteralByLiteral(v);
            }
            if (l == null) {
                throw new SweepException("axis " + axis + ": '" + v + "' is not a value of " + a.getName() + "; it takes "
                        + String.join(", ", e.getELiterals().stream().map(EEnumLiteral::getName).toList()) + ".");
            }
            return l.getInstance();
        }
        Class<?> c = t.getInstanceClass();
        if (c == boolean.class || c == Boolean.class) {
            if (v.equals("true") || v.equals("false")) {
                return Boolean.valueOf(v);
            }
            throw new SweepException("axis " + axis + ": " + a.getName() + " is true or false, not '" + v + "'.");
        }
        BigDecimal n = coyotos.studio.sweep.AxisValues.number(v);
        if (n == null) {
            throw new SweepException("axis " + axis + ": " + a.getName() + " is a number, not '" + v + "'.");
        }
        try {
            if (c == int.class || c == Integer.class) {
                return n.intValueExact();
            }
            if (c == long.class || c == Long.class) {
                return n.longValueExact();
            }
            if (c == short.class) {
                return n.shortValueExact();
            }
        } catch (ArithmeticException e) {
            throw new SweepException("axis " + axis + ": " + a.getName() + " takes whole numbers that fit a "
                    + c.getSimpleName() + ", not " + v + ".");
        }
        return c == float.class ? (Object) n.floatValue() : (Object) n.doubleValue();
    }
}
