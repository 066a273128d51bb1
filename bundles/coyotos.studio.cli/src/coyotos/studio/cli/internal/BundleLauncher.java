package coyotos.studio.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Runs a command-line main on the jars of an installed product without starting OSGi: the classpath is the
 * closure of one bundle over the {@code Require-Bundle}, {@code Import-Package} and {@code Fragment-Host}
 * headers of the bundles in the product's {@code plugins/} folder, so nothing here lists jars by hand and a new
 * dependency of the CLI is picked up by the next build. Uses only the JDK: it is started with nothing but its own
 * jar on the classpath.
 *
 * <p>Usage: {@code BundleLauncher <plugins-dir> <root-bundle> <main-class> [args...]}; {@code --print-classpath}
 * instead of a main class prints the computed classpath.
 */
public final class BundleLauncher {
    private record Bundle(String name, String version, Path jar, Manifest manifest) {
        String header(String h) {
            String v = manifest.getMainAttributes().getValue(h);
            return v == null ? "" : v;
        }
    }

    private final Map<String, Bundle> byName = new HashMap<>();
    private final Map<String, Bundle> byPackage = new HashMap<>();
    private final Map<String, List<Bundle>> fragments = new HashMap<>();
    private final Path cache;

    BundleLauncher(Path plugins) throws IOException {
        cache = plugins.resolveSibling(".cli-cache");
        try (var files = Files.list(plugins)) {
            for (Path p : files.sorted().toList()) {
                Bundle b = read(p);
                if (b == null) {
                    continue;
                }
                Bundle old = byName.get(b.name());
                if (old == null || compareVersions(b.version(), old.version()) > 0) {
                    byName.put(b.name(), b);
                }
            }
        }
        for (Bundle b : byName.values()) {
            for (String pkg : clauses(b.header("Export-Package"))) {
                byPackage.putIfAbsent(pkg, b);
            }
            String host = first(b.header("Fragment-Host"));
            if (!host.isEmpty()) {
                fragments.computeIfAbsent(host, h -> new ArrayList<>()).add(b);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BundleLauncher <plugins-dir> <root-bundle> <main-class>|--print-classpath [args...]");
            System.exit(2);
        }
        BundleLauncher l = new BundleLauncher(Path.of(args[0]));
        List<URL> classpath = l.classpath(args[1]);
        if (args[2].equals("--print-classpath")) {
            classpath.forEach(u -> System.out.println(u.getPath()));
            return;
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 3, args.length);
        ClassLoader loader = new URLClassLoader(classpath.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Method main = Class.forName(args[2], true, loader).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) rest);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception x ? x : new RuntimeException(e.getCause());
        }
    }

    /** The root bundle and everything it needs, root first. Unresolvable optional imports are skipped. */
    List<URL> classpath(String root) throws IOException {
        Bundle start = byName.get(root);
        if (start == null) {
            throw new IllegalArgumentException("bundle " + root + " is not in the product");
        }
        Set<Bundle> seen = new LinkedHashSet<>();
        Deque<Bundle> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Bundle b = todo.pop();
            if (!seen.add(b)) {
                continue;
            }
            for (String req : clauses(b.header("Require-Bundle"))) {
                add(todo, byName.get(req));
            }
            for (String pkg : clauses(b.header("Import-Package"))) {
                add(todo, byPackage.get(pkg));
            }
            add(todo, byName.get(first(b.header("Fragment-Host"))));
            fragments.getOrDefault(b.name(), List.of()).forEach(f -> add(todo, f));
        }
        List<URL> urls = new ArrayList<>();
        for (Bundle b : seen) {
            urls.addAll(entries(b));
        }
        return urls;
    }

    private static void add(Deque<Bundle> todo, Bundle b) {
        if (b != null) {
            todo.add(b);
        }
    }

    /** The jar itself, or the jars its Bundle-ClassPath names, extracted once into the cache folder. */
    private List<URL> entries(Bundle b) throws IOException {
        List<String> cp = clauses(b.header("Bundle-ClassPath"));
        List<URL> urls = new ArrayList<>();
        if (cp.isEmpty() || cp.contains(".")) {
            urls.add(url(b.jar()));
        }
        try (JarFile jar = new JarFile(b.jar().toFile())) {
            for (String inner : cp) {
                ZipEntry e = jar.getEntry(inner);
                if (inner.equals(".") || e == null || e.isDirectory()) {
                    continue;
                }
                Path out = cache.resolve(b.jar().getFileName() + "/" + inner);
                if (!Files.exists(out)) {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = jar.getInputStream(e)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                urls.add(url(out));
            }
        }
        return urls;
    }

    private static URL url(Path p) throws MalformedURLException {
        return p.toUri().toURL();
    }

    private static Bundle read(Path p) throws IOException {
        Manifest m;
        if (Files.isDirectory(p)) {
            Path mf = p.resolve("META-INF/MANIFEST.MF");
            if (!Files.isRegularFile(mf)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(mf)) {
                m = new Manifest(in);
            }
        } else if (p.toString().endsWith(".jar")) {
            try (JarFile jar = new JarFile(p.toFile())) {
                m = jar.getManifest();
            }
        } else {
            return null;
        }
        if (m == null) {
            return null;
        }
        String name = first(m.getMainAttributes().getValue("Bundle-SymbolicName"));
        String version = m.getMainAttributes().getValue("Bundle-Version");
        return name.isEmpty() ? null : new Bundle(name, version == null ? "0" : version, p, m);
    }

    /** The names of an OSGi header's clauses (attributes and directives dropped; quoted commas respected). */
    static List<String> clauses(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= header.length(); i++) {
            char c = i < header.length() ? header.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                String clause = header.substring(start, i);
                for (String n : clause.split(";")) {
                    String t = n.trim();
                    if (!t.isEmpty() && !t.contains("=")) {
                        names.add(t);
                    }
                }
                start = i + 1;
            }
        }
        return names;
    }

    private static String first(String header) {
        List<String> c = clauses(header);
        return c.isEmpty() ? "" : c.get(0);
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = i < 3 ? Long.compare(num(p), num(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long num(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
