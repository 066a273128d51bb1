package coyotos.studio.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What the diagram bundle offers other bundles: two API packages (the model the editor hands in, the layout
 * file); everything else is internal and open only to the bundles that use it. GLSP operation handlers live in
 * the handler package and are named after what they handle, so no class reads as a Coyotos fault handler.
 */
class ApiSurfaceTest {

    private static final Set<String> API = Set.of("coyotos.studio.diagram", "coyotos.studio.diagram.layout");
    private static final String HANDLER_PACKAGE = "coyotos.studio.diagram.internal.handler";

    private final Bundle bundle = FrameworkUtil.getBundle(DiagramKinds.class);

    @Test
    void onlyTheApiPackagesAreExportedWithoutFriends() {
        Map<String, String> exports = exports(bundle.getHeaders().get("Export-Package"));
        Set<String> plain = new TreeSet<>();
        exports.forEach((pkg, directives) -> {
            if (!directives.contains("x-friends:=") && !directives.contains("x-internal:=true")) {
                plain.add(pkg);
            }
        });
        assertEquals(new TreeSet<>(API), plain, "packages exported as API: " + exports);
        exports.forEach((pkg, directives) -> assertTrue(API.contains(pkg) || pkg.contains(".internal."),
                pkg + " is not API, so its name says internal"));
        assertEquals("\"coyotos.studio.diagram.tests\"", friendsOf(exports, HANDLER_PACKAGE));
        assertEquals("\"coyotos.studio.diagram.tests,coyotos.studio.diagram.ui\"",
                friendsOf(exports, "coyotos.studio.diagram.internal.graph"));
    }

    @Test
    void everyOperationHandlerIsANamedHandlerInTheHandlerPackage() throws Exception {
        List<String> handlers = new ArrayList<>();
        for (URL entry : Collections.list(bundle.findEntries("coyotos/studio/diagram", "*.class", true))) {
            String path = entry.getPath();
            String name = path.substring(path.indexOf("coyotos/studio/diagram/"), path.length() - ".class".length())
                    .replace('/', '.');
            if (name.contains("$") || name.endsWith(".package-info")) {
                continue;
            }
            Class<?> type = bundle.loadClass(name);
            if (OperationHandler.class.isAssignableFrom(type)) {
                handlers.add(type.getSimpleName());
                assertEquals(HANDLER_PACKAGE, type.getPackageName(), name + " handles an operation");
                assertTrue(type.getSimpleName().endsWith("Handler"), name + " is named ...Handler");
            } else if (!ActionHandler.class.isAssignableFrom(type) && type.getPackageName().equals(HANDLER_PACKAGE)) {
                assertTrue(!type.getSimpleName().endsWith("Handler"),
                        name + " is called a handler but handles no GLSP operation or action");
            }
        }
        assertTrue(handlers.contains("CreateFaultHandlerEdgeHandler"), "found the handlers: " + handlers);
        assertEquals(18, handlers.size(), "one handler per palette tool, edit and quick fix: " + handlers);
    }

    private static String friendsOf(Map<String, String> exports, String pkg) {
        String directives = exports.get(pkg);
        int at = directives.indexOf("x-friends:=");
        return directives.substring(at + "x-friends:=".length()).split(";")[0];
    }

    /** Export-Package as package name to its directives (commas inside quotes belong to a directive). */
    static Map<String, String> exports(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String text = clause.toString().trim();
                int semicolon = text.indexOf(';');
                out.put(semicolon < 0 ? text : text.substring(0, semicolon),
                        semicolon < 0 ? "" : text.substring(semicolon + 1));
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return out;
    }
}
