package coyotos.studio.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The update site installs into a plain Eclipse platform: tests/coyotos.studio.install.platform materialized one
 * (the workbench, resources, Project Explorer; no Coyotos Studio) and installed coyotos.studio.feature into it from
 * releng/coyotos.studio.repository with the p2 director. This starts that platform as a user would and asks its
 * probe what the workbench registered: every Coyotos Studio bundle resolved, the .coyotos content type and our
 * editor for it, a model opened in the editor with its pages, and the Process Layout page drawn.
 */
class UpdateSiteInstallTest {

    static final Path PLATFORM = Path.of(
            "../coyotos.studio.install.platform/target/products/coyotos.studio.install.platform/linux/gtk/x86_64/platform")
            .toAbsolutePath().normalize();
    static final Path MODEL = Path.of("../../bundles/coyotos.studio.examples/examples/seed-external-own-space.coyotos")
            .toAbsolutePath().normalize();
    static final String EDITOR = "coyotos.studio.ui.editor";

    @TempDir
    Path scratch;

    @Test
    void theDirectorInstalledTheFeatureIntoThePlatform() throws IOException {
        Path bundlesInfo = PLATFORM.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        assertTrue(Files.exists(bundlesInfo), "the platform was materialized at " + PLATFORM);
        List<String> lines = Files.readAllLines(bundlesInfo);
        for (String bundle : List.of("coyotos.studio.model", "coyotos.studio.ui", "coyotos.studio.diagram",
                "coyotos.studio.diagram.client", "org.eclipse.emf.ecore", "org.eclipse.glsp.server")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(bundle + ",")), bundle + " is installed: " + bundlesInfo);
        }
    }

    @Test
    void theInstalledPlatformStartsWithTheEditorRegisteredAndWorking() throws Exception {
        Properties report = startPlatform();
        assertEquals("", report.getProperty("error", ""), "the probe ran without an exception");
        assertEquals("", report.getProperty("bundles.unresolved"), "every Coyotos Studio bundle resolved");
        assertTrue(Integer.parseInt(report.getProperty("bundles.coyotos")) >= 12, report.toString());
        assertEquals("coyotos.studio.model.coyotos", report.getProperty("contentType"));
        assertEquals(EDITOR, report.getProperty("editor.byName"), "the default editor of a .coyotos file");
        assertEquals(EDITOR, report.getProperty("editor.byContentType"), "bound to the content type");
        assertEquals(EDITOR, report.getProperty("opened.editor"));
        assertEquals("Model,Process Layout,Address Space", report.getProperty("opened.pages"),
                "the model loaded (a model that does not load gets a Problems page instead)");
        assertEquals("true", report.getProperty("diagram.ready"), "the Process Layout page drew: " + report);
    }

    private Properties startPlatform() throws IOException, InterruptedException {
        Path launcher;
        try (Stream<Path> plugins = Files.list(PLATFORM.resolve("plugins"))) {
            launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no launcher in " + PLATFORM));
        }
        Path report = scratch.resolve("report.properties");
        Path log = scratch.resolve("platform.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process platform = new ProcessBuilder(java.toString(), "-Xmx1g", "-Dcoyotos.install.report=" + report,
                "-Dcoyotos.install.model=" + MODEL, "-jar", launcher.toString(), "-clean", "-nosplash",
                "-data", scratch.resolve("workspace").toString()).directory(PLATFORM.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!platform.waitFor(5, TimeUnit.MINUTES)) {
            platform.destroyForcibly();
            throw new AssertionError("the installed platform did not finish within 5 minutes; its log:\n"
                    + Files.readString(log));
        }
        if (!Files.exists(report)) {
            throw new AssertionError("the installed platform wrote no report (exit " + platform.exitValue()
                    + "); its log:\n" + Files.readString(log));
        }
        Properties found = new Properties();
        try (InputStream in = Files.newInputStream(report)) {
            found.load(in);
        }
        return found;
    }
}
