package coyotos.studio.model.io;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xml.sax.SAXParseException;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.NamedElement;

/**
 * Loads a {@code .coyotos} file and never throws: every problem (not XML, truncated, unknown feature,
 * dangling reference, out of memory) becomes a {@link LoadDiagnostic} with a line where the parser knows
 * one. A resource that failed to load is marked so that it refuses to be saved over its file.
 */
public final class ModelLoader {

    /** The outcome of a load: the resource (possibly partial, possibly empty) and what went wrong. */
    public record Result(Resource resource, List<LoadDiagnostic> diagnostics) {

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == LoadDiagnostic.Severity.ERROR);
        }

        /** The root system, or null when the file holds none. */
        public CoyotosSystem system() {
            if (resource == null || resource.getContents().isEmpty()) {
                return null;
            }
            return resource.getContents().get(0) instanceof CoyotosSystem s ? s : null;
        }
    }

    private final ResourceSet resourceSet;

    public ModelLoader() {
        this(CoyotosModel.newResourceSet());
    }

    public ModelLoader(ResourceSet resourceSet) {
        this.resourceSet = resourceSet;
    }

    public Result load(File file) {
        return load(URI.createFileURI(file.getAbsolutePath()));
    }

    public Result load(URI uri) {
        List<LoadDiagnostic> out = new ArrayList<>();
        Resource resource = null;
        try {
            resource = resourceSet.createResource(uri);
            if (resource == null) {
                out.add(error("No resource factory for " + uri + ": the file must end in .coyotos.", -1, -1, null));
                return new Result(null, out);
            }
            resource.load(Map.of());
        } catch (Exception e) {
            out.add(fromThrowable(e));
        } catch (StackOverflowError | OutOfMemoryError e) {
            out.add(error("The model is too large or too deeply nested to load (" + e + ").", -1, -1, null));
        }
        if (resource != null) {
            collect(resource.getErrors(), LoadDiagnostic.Severity.ERROR, out);
            collect(resource.getWarnings(), LoadDiagnostic.Severity.WARNING, out);
            checkRoot(resource, out);
            checkProxies(resource, out);
            if (resource instanceof CoyotosResource cr) {
                cr.setLoadFailed(out.stream().anyMatch(d -> d.severity() == LoadDiagnostic.Severity.ERROR));
            }
        }
        return new Result(resource, dedupe(out));
    }

    private static void checkRoot(Resource resource, List<LoadDiagnostic> out) {
        if (resource.getContents().isEmpty()) {
            if (out.isEmpty()) {
                out.add(error("The file holds no model.", -1, -1, null));
            }
        } else if (!(resource.getContents().get(0) instanceof CoyotosSystem)) {
            out.add(error("The root element is a " + resource.getContents().get(0).eClass().getName()
                    + ", not a CoyotosSystem.", -1, -1, null));
        }
    }

    /** References that point nowhere (another file missing, or an id not in this file). */
    private static void checkProxies(Resource resource, List<LoadDiagnostic> out) {
        try {
            Map<EObject, Collection<EStructuralFeature.Setting>> unresolved =
                    EcoreUtil.UnresolvedProxyCrossReferencer.find(resource);
            for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> e : unresolved.entrySet()) {
                for (EStructuralFeature.Setting s : e.getValue()) {
                    EObject owner = s.getEObject();
                    out.add(error("Reference '" + s.getEStructuralFeature().getName() + "' of " + label(owner)
                            + " points to " + EcoreUtil.getURI(e.getKey())
                            + ", which cannot be found: restore the target or re-point the reference.",
                            -1, -1, label(owner)));
                }
            }
        } catch (RuntimeException e) {
            out.add(fromThrowable(e));
        }
    }

    static String label(EObject o) {
        if (o == null) {
            return null;
        }
        String name = o instanceof NamedElement n ? n.getName() : null;
        String id = o.eResource() != null ? o.eResource().getURIFragment(o) : null;
        return o.eClass().getName() + (name != null ? " '" + name + "'" : "") + (id != null ? " (" + id + ")" : "");
    }

    private static void collect(List<Resource.Diagnostic> ds, LoadDiagnostic.Severity sev, List<LoadDiagnostic> out) {
        for (Resource.Diagnostic d : ds) {
            out.add(new LoadDiagnostic(sev, explain(d.getMessage()), d.getLine(), d.getColumn(), null));
        }
    }

    private static LoadDiagnostic fromThrowable(Throwable e) {
        int line = -1;
        int col = -1;
        String msg = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException sp) {
                line = sp.getLineNumber();
                col = sp.getColumnNumber();
                msg = sp.getMessage();
            } else if (t instanceof Resource.Diagnostic rd && line < 0) {
                line = rd.getLine();
                col = rd.getColumn();
            }
            if (msg == null && t.getMessage() != null) {
                msg = t.getMessage();
            }
        }
        return error("Cannot read the file: " + explain(msg != null ? msg : e.toString()), line, col, null);
    }

    private static String explain(String message) {
        if (message == null) {
            return "unknown problem";
        }
        if (message.startsWith("Feature '") && message.contains("not found")) {
            return message + " (the file names a feature this version of the model does not have;"
                    + " remove it or update Coyotos Studio)";
        }
        if (message.contains("Unresolved reference")) {
            return message + " (the referenced element is not in the file; restore it or re-point the reference)";
        }
        return message;
    }

    private static LoadDiagnostic error(String message, int line, int col, String element) {
        return new LoadDiagnostic(LoadDiagnostic.Severity.ERROR, message, line, col, element);
    }

    /** A parse exception is both thrown and recorded in getErrors(): report it once. */
    private static List<LoadDiagnostic> dedupe(List<LoadDiagnostic> in) {
        List<LoadDiagnostic> out = new ArrayList<>();
        for (LoadDiagnostic d : in) {
            boolean dup = out.stream().anyMatch(o -> o.line() == d.line() && o.line() > 0
                    && d.message().contains(stripPrefix(o.message())) || stripPrefix(d.message()).equals(stripPrefix(o.message())));
            if (!dup) {
                out.add(d);
            }
        }
        return out;
    }

    private static String stripPrefix(String m) {
        return m.startsWith("Cannot read the file: ") ? m.substring("Cannot read the file: ".length()) : m;
    }
}
