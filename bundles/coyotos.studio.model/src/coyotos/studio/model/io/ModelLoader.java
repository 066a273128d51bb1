package coyotos.studio.model.io;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xml.sax.SAXParseException;

import coyotos.studio.model.CoyotosSystem;

/**
 * Loads a {@code .coyotos} file and never throws: every problem (not a regular file, not XML, not UTF-8,
 * truncated, unknown feature, duplicate id, dangling or wrong-type reference, a reference to a non-local URI, out
 * of memory) becomes one {@link LoadDiagnostic} in plain words, with a line where the parser knows one. A resource
 * that failed to load is marked so that it refuses to be saved over its file. Work is linear in the size of the
 * file and the number of problems.
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
        String notAFile = notARegularFile(file.toPath());
        if (notAFile != null) {
            return new Result(null, List.of(error(file.getPath() + ": " + notAFile, -1, -1, null)));
        }
        return load(URI.createFileURI(file.getAbsolutePath()));
    }

    /** What {@code p} is when it is not a regular file ("no such file", "a directory", ...), or null. */
    public static String notARegularFile(Path p) {
        if (!Files.exists(p)) {
            return Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? "a link to a file that does not exist" : "no such file";
        }
        if (Files.isDirectory(p)) {
            return "a directory, not a model file";
        }
        if (!Files.isRegularFile(p)) {
            return "not a regular file (a device, pipe or socket), so it holds no model";
        }
        if (!Files.isReadable(p)) {
            return "not readable (check its permissions)";
        }
        return null;
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
            // EMF throws the first of the errors it also recorded: report the recorded ones (they have lines) once.
            if (resource == null || !recorded(e, resource)) {
                out.add(fromThrowable(e));
            }
        } catch (StackOverflowError | OutOfMemoryError e) {
            out.add(error("The model is too large or too deeply nested to load ("
                    + (e instanceof OutOfMemoryError ? "out of memory" : "nesting too deep") + ").", -1, -1, null));
        }
        if (resource != null) {
            collect(resource.getErrors(), LoadDiagnostic.Severity.ERROR, out);
            collect(resource.getWarnings(), LoadDiagnostic.Severity.WARNING, out);
            checkRoot(resource, out);
            checkProxies(resource, out);
            if (resource instanceof CoyotosResource cr) {
                cr.clearProxyLines();
                cr.setLoadFailed(out.stream().anyMatch(d -> d.severity() == LoadDiagnostic.Severity.ERROR));
            }
        }
        return new Result(resource, dedupe(out));
    }

    /** Whether {@code e} is (or wraps, or is wrapped by) a diagnostic the resource recorded. */
    private static boolean recorded(Throwable e, Resource resource) {
        Set<Throwable> known = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Resource.Diagnostic> list : List.of(resource.getErrors(), resource.getWarnings())) {
            for (Resource.Diagnostic d : list) {
                if (d instanceof Throwable t) {
                    for (Throwable c = t; c != null && known.add(c); c = c.getCause()) {
                        // the diagnostic and everything it wraps
                    }
                }
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (known.contains(t)) {
                return true;
            }
        }
        return false;
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

    /**
     * References to other files: each is resolved once (never through the network: see {@link RemoteURIRefusal})
     * and reported when its target is missing or of the wrong type.
     */
    private void checkProxies(Resource resource, List<LoadDiagnostic> out) {
        try {
            Map<EObject, Collection<EStructuralFeature.Setting>> proxies = EcoreUtil.ProxyCrossReferencer.find(resource);
            for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> e : proxies.entrySet()) {
                URI target = ((InternalEObject) e.getKey()).eProxyURI();
                EObject resolved = resolve(target);
                int[] at = resource instanceof CoyotosResource cr ? cr.proxyLine(e.getKey()) : null;
                int line = at == null ? -1 : at[0];
                int col = at == null ? -1 : at[1];
                for (EStructuralFeature.Setting s : e.getValue()) {
                    EObject owner = s.getEObject();
                    if (resolved == null) {
                        out.add(error("Reference '" + s.getEStructuralFeature().getName() + "' of " + label(owner)
                                + " points to " + target + ", which cannot be found: restore the target or re-point "
                                + "the reference.", line, col, label(owner)));
                    } else if (s.getEStructuralFeature() instanceof EReference r
                            && !r.getEReferenceType().isInstance(resolved)) {
                        out.add(error(ModelLoadHandler.wrongType(owner, r, resolved), line, col, label(owner)));
                    }
                }
            }
        } catch (RuntimeException e) {
            out.add(fromThrowable(e));
        }
    }

    private EObject resolve(URI uri) {
        try {
            return resourceSet.getEObject(uri, true);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String label(EObject o) {
        return CoyotosResource.label(o);
    }

    private static void collect(List<Resource.Diagnostic> ds, LoadDiagnostic.Severity sev, List<LoadDiagnostic> out) {
        for (Resource.Diagnostic d : ds) {
            String message = d instanceof ModelLoadHandler.Problem p ? p.getRawMessage() : explain(d.getMessage());
            out.add(new LoadDiagnostic(sev, message, d.getLine(), d.getColumn(), null));
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
        return error("Cannot read the file: " + explain(msg != null ? msg : e.getClass().getSimpleName()), line, col, null);
    }

    /** The parser's message in plain words: no Java class names, no repeated location, encodings named. */
    static String explain(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String m = message.replaceFirst(" \\([^()]*, -?\\d+, -?\\d+\\)$", "")
                .replaceFirst("^(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)[:;] *", "")
                // the JDK parser's "org.xml.sax.SAXParseExceptionpublicId: ...; lineNumber: 9; columnNumber: 7; "
                .replaceFirst("^.*SAXParseException.*columnNumber: -?\\d+; ", "")
                .replaceFirst("^JAXP\\d+: ", "");
        if (m.contains("jdk.xml.maxElementDepth")) {
            return "The file nests elements deeper than the XML parser allows (" + m.replaceAll("\\.$", "")
                    + "): loops inside loops that deep are refused. Flatten the nesting.";
        }
        if (m.contains("byte UTF-8 sequence") || m.startsWith("Invalid byte") || m.contains("MalformedInput")) {
            return "The file is not valid UTF-8 text (" + m.replaceAll("\\.$", "") + "). Save it as UTF-8, or "
                    + "declare its real encoding in the XML declaration.";
        }
        if (m.startsWith("Feature '") && m.contains("not found")) {
            return m + " (the file names a feature this version of the model does not have;"
                    + " remove it or update Coyotos Studio)";
        }
        if (m.contains("Unresolved reference")) {
            return m + " (the referenced element is not in the file; restore it or re-point the reference)";
        }
        return m;
    }

    private static LoadDiagnostic error(String message, int line, int col, String element) {
        return new LoadDiagnostic(LoadDiagnostic.Severity.ERROR, message, line, col, element);
    }

    /** One diagnostic per line and message (a hash set: files with many problems stay linear). */
    private static List<LoadDiagnostic> dedupe(List<LoadDiagnostic> in) {
        List<LoadDiagnostic> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LoadDiagnostic d : in) {
            if (seen.add(d.line() + ":" + stripPrefix(d.message()))) {
                out.add(d);
            }
        }
        return out;
    }

    private static String stripPrefix(String m) {
        return m.startsWith("Cannot read the file: ") ? m.substring("Cannot read the file: ".length()) : m;
    }
}
