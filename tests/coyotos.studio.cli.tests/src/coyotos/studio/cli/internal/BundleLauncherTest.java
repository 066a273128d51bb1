package coyotos.studio.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleLauncherTest {
    @TempDir
    Path plugins;

    @Test
    void classpathIsTheClosureOverRequireBundleImportPackageAndFragments() throws IOException {
        bundle("app_1.0.0.jar", "app", "1.0.0", "Require-Bundle", "lib;bundle-version=\"[1.0,2.0)\",opt;resolution:=optional",
                "Import-Package", "org.util;version=\"[1,2)\",org.missing");
        bundle("lib_1.0.0.jar", "lib", "1.0.0");
        bundle("lib_1.2.0.v2026.jar", "lib", "1.2.0.v2026");
        bundle("util_3.0.0.jar", "util", "3.0.0", "Export-Package", "org.util;version=\"1.0\",org.util.more");
        bundle("app.nl_1.0.0.jar", "app.nl", "1.0.0", "Fragment-Host", "app;bundle-version=\"1.0\"");
        bundle("unrelated_1.0.0.jar", "unrelated", "1.0.0");
        List<String> jars = new BundleLauncher(plugins).classpath("app").stream()
                .map(u -> Path.of(u.getPath()).getFileName().toString()).toList();
        assertEquals("app_1.0.0.jar", jars.get(0), "the root bundle comes first");
        assertEquals(List.of("app.nl_1.0.0.jar", "app_1.0.0.jar", "lib_1.2.0.v2026.jar", "util_3.0.0.jar"),
                jars.stream().sorted().toList(), "newest lib only, the fragment, the exporter; not 'unrelated'");
    }

    @Test
    void nestedBundleClassPathJarsAreExtracted() throws IOException {
        bundle("wrapped_1.0.0.jar", "wrapped", "1.0.0", "Bundle-ClassPath", "lib/inner.jar,.");
        List<String> paths = new BundleLauncher(plugins).classpath("wrapped").stream().map(u -> u.getPath()).toList();
        assertEquals(2, paths.size(), paths.toString());
        assertTrue(paths.get(1).endsWith("wrapped_1.0.0.jar/lib/inner.jar") && Files.isRegularFile(Path.of(paths.get(1))),
                paths.toString());
    }

    @Test
    void unknownRootBundleIsAnError() throws IOException {
        bundle("a_1.jar", "a", "1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BundleLauncher(plugins).classpath("coyotos.studio.cli"));
        assertEquals("bundle coyotos.studio.cli is not in the product", e.getMessage());
    }

    @Test
    void headerClausesAndVersions() {
        assertEquals(List.of("a.b", "c", "d"), BundleLauncher.clauses("a.b;version=\"[1,2)\", c;x:=\"y,z\" ,d"));
        assertEquals(List.of("p", "q"), BundleLauncher.clauses("p;q;version=1"), "two packages in one clause");
        assertTrue(BundleLauncher.compareVersions("1.10.0", "1.9.5") > 0);
        assertTrue(BundleLauncher.compareVersions("1.0.0.v2", "1.0.0.v1") > 0);
        assertEquals(0, BundleLauncher.compareVersions("1.0", "1.0.0"));
    }

    private void bundle(String file, String name, String version, String... headers) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-SymbolicName", name + ";singleton:=true");
        a.putValue("Bundle-Version", version);
        for (int i = 0; i < headers.length; i += 2) {
            a.putValue(headers[i], headers[i + 1]);
        }
        try (OutputStream out = Files.newOutputStream(plugins.resolve(file)); JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.putNextEntry(new JarEntry("lib/inner.jar"));
            jar.write(new ByteArrayOutputStream().toByteArray());
            jar.closeEntry();
        }
    }
}
