package coyotos.studio.mkimage.internal.export;

import coyotos.studio.model.Endpoint;
import coyotos.studio.model.NamedElement;
import coyotos.studio.model.SpaceBank;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;

/**
 * The {@code def} name of every model object in an exported module: its own name when that is a valid mkimage
 * identifier that no keyword, built-in or other object takes, else a close one. The prime bank and its endpoint
 * are mkimage's built-ins PrimeBank and PrimeBankEndpoint, not definitions.
 */
final class ExportNames {
    static final String PRIME_BANK = "PrimeBank";
    static final String PRIME_BANK_ENDPOINT = "PrimeBankEndpoint";

    private final Map<EObject, String> names = new IdentityHashMap<>();
    private final Set<String> used = new HashSet<>();

    ExportNames(Set<String> reserved) {
        used.addAll(reserved);
    }

    /** True for the model's prime bank: a bank without parent named PrimeBank (the import's name for it). */
    static boolean isPrimeBank(EObject o) {
        return o instanceof SpaceBank b && PRIME_BANK.equals(b.getName()) && b.getParent() == null;
    }

    /** True for the prime bank's endpoint as the import represents it. */
    static boolean isPrimeBankEndpoint(EObject o) {
        return o instanceof Endpoint e && PRIME_BANK_ENDPOINT.equals(e.getName()) && e.getRecipient() == null;
    }

    void assign(EObject o, int ordinal) {
        if (isPrimeBank(o)) {
            names.put(o, PRIME_BANK);
            return;
        }
        if (isPrimeBankEndpoint(o)) {
            names.put(o, PRIME_BANK_ENDPOINT);
            return;
        }
        String raw = o instanceof NamedElement n && n.getName() != null && !n.getName().isBlank() ? n.getName()
                : o.eClass().getName().toLowerCase() + "_" + ordinal;
        String base = identifier(raw);
        String name = base;
        for (int i = 2; used.contains(name); i++) {
            name = base + "_" + i;
        }
        used.add(name);
        names.put(o, name);
    }

    String of(EObject o) {
        String n = names.get(o);
        if (n == null) {
            throw new IllegalStateException("no name for " + o);
        }
        return n;
    }

    boolean has(EObject o) {
        return names.containsKey(o);
    }

    static String identifier(String raw) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            s.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        if (s.isEmpty() || Character.isDigit(s.charAt(0)) || s.toString().startsWith("__")) {
            s.insert(0, "o");
        }
        return s.toString();
    }
}
