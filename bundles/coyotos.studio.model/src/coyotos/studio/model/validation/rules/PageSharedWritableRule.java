package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A page writable by processes the model puts in different isolation domains. */
public final class PageSharedWritableRule extends AbstractRule {

    public PageSharedWritableRule() {
        super("COY-PAGE-SHARED-WRITABLE", WARNING, "Isolation intent of the model: processes in different isolation domains should not share writable memory");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Map.Entry<Page, Set<Process>> e : m.spaces().writers().entrySet()) {
            Map<String, Process> byDomain = new LinkedHashMap<>();
            for (Process p : e.getValue()) {
                if (p.getIsolationDomain() != null && !p.getIsolationDomain().isEmpty()) {
                    byDomain.putIfAbsent(p.getIsolationDomain(), p);
                }
            }
            if (byDomain.size() > 1) {
                List<String> names = new ArrayList<>();
                byDomain.forEach((d, p) -> names.add(Labels.of(p) + " (" + d + ")"));
                r.report(this, e.getKey(), Labels.of(e.getKey()) + " is writable by " + String.join(" and ", names)
                        + ", which the model puts in different isolation domains. Map it read-only in one of them, "
                        + "or give each its own page.");
            }
        }
    }
}
