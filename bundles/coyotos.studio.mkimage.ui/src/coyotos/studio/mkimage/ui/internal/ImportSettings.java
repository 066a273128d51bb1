package coyotos.studio.mkimage.ui.internal;

import coyotos.studio.mkimage.MkiImport;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * mkimage's options (-t, -I, -L) as the last import into a project used them: the import wizard starts from them
 * and the .mki editor resolves imported modules with them. Kept in the project's preferences (and the workspace's,
 * for files outside projects).
 */
public final class ImportSettings {
    static final String NODE = "coyotos.studio.mkimage.ui";
    static final String TARGET = "target";
    static final String INCLUDE = "includeDirs";
    static final String LIBRARY = "libraryDirs";

    private ImportSettings() {
    }

    public static MkiImport.Options load(IProject project) {
        IEclipsePreferences p = node(project);
        return new MkiImport.Options(p.get(TARGET, MkiImport.TARGET), paths(p.get(INCLUDE, "")), paths(p.get(LIBRARY, "")));
    }

    public static void save(IProject project, MkiImport.Options o) {
        IEclipsePreferences p = node(project);
        p.put(TARGET, o.target());
        p.put(INCLUDE, join(o.includeDirs()));
        p.put(LIBRARY, join(o.libraryDirs()));
        try {
            p.flush();
        } catch (BackingStoreException e) {
            // the settings are a convenience: an import that cannot remember them still worked
        }
    }

    private static IEclipsePreferences node(IProject project) {
        return project != null && project.isAccessible() ? new ProjectScope(project).getNode(NODE)
                : InstanceScope.INSTANCE.getNode(NODE);
    }

    private static List<Path> paths(String s) {
        List<Path> out = new ArrayList<>();
        for (String part : s.split(File.pathSeparator)) {
            if (!part.isBlank()) {
                out.add(Path.of(part));
            }
        }
        return out;
    }

    private static String join(List<Path> paths) {
        StringBuilder s = new StringBuilder();
        for (Path p : paths) {
            s.append(s.isEmpty() ? "" : File.pathSeparator).append(p);
        }
        return s.toString();
    }
}
