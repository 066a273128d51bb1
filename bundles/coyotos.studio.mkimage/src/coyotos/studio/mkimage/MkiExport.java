package coyotos.studio.mkimage;

import coyotos.studio.mkimage.internal.export.MkiWriter;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.NamedElement;
import coyotos.studio.model.SourceTraced;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;

/**
 * Writes a {@link CoyotosSystem} as a readable mkimage module that {@link MkiImport} reads back to an equal model
 * and that mkimage itself accepts. What mkimage cannot say comes back as warnings naming the element.
 */
public final class MkiExport {

    /** The module text (null when the module name is unusable) and what could not be written as it is. */
    public record Result(String text, List<String> warnings, String error) {
        public boolean ok() {
            return text != null;
        }
    }

    private MkiExport() {
    }

    /** The module name mkimage will look the file up by: the file name without .mki. */
    public static String moduleNameFor(Path mkiFile) {
        String base = mkiFile.getFileName().toString();
        return base.endsWith(".mki") ? base.substring(0, base.length() - 4) : base;
    }

    /** Null when {@code name} is a usable module name, else why not. */
    public static String checkModuleName(String name) {
        if (!name.matches("[a-zA-Z_][-a-zA-Z0-9_]*")) {
            return "'" + name + "' cannot be a module name: mkimage module names are letters, digits, '_' and '-' "
                    + "(not first), so name the file accordingly";
        }
        return null;
    }

    public static Result write(CoyotosSystem system, String moduleName) {
        String bad = checkModuleName(moduleName);
        if (bad != null) {
            return new Result(null, List.of(), bad);
        }
        List<String> warnings = new ArrayList<>();
        String text = MkiWriter.write(system, moduleName, MkiImport.reservedNames(),
                (element, message) -> warnings.add(label(element) + message));
        return new Result(text, List.copyOf(warnings), null);
    }

    private static String label(EObject o) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e instanceof NamedElement n && n.getName() != null && !(e instanceof CoyotosSystem)) {
                return n.eClass().getName() + " " + n.getName() + (e == o ? "" : " (" + o.eClass().getName() + ")") + ": ";
            }
        }
        return o instanceof SourceTraced ? o.eClass().getName() + ": " : "";
    }
}
