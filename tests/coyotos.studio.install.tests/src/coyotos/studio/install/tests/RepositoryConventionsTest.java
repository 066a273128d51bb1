package coyotos.studio.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What a user and a contributor find in the repository: the licence the feature names, the contributor's guide,
 * a package-info for every exported package, non-API packages marked internal, and comments that cite the
 * specification, the Coyotos sources or docs/coyotos-domain.md, never a document outside the repository.
 */
class RepositoryConventionsTest {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Pattern OUTSIDE = Pattern.compile("(?i)\\bbrief\\b|/work/shared|coyotos-brief|ARCHITECTURE\\.md");
    static final Pattern DOMAIN_SECTION = Pattern.compile("coyotos-domain\\.md §(\\d+)");

    @Test
    void theLicenceIsTheOneTheFeatureNames() throws IOException {
        assertTrue(Files.readString(ROOT.resolve("LICENSE")).startsWith("Eclipse Public License - v 2.0"));
        assertTrue(Files.readString(ROOT.resolve("features/coyotos.studio.feature/feature.xml"))
                .contains("https://www.eclipse.org/legal/epl-2.0/"));
    }

    @Test
    void theContributorsGuideCoversBuildTestCodegenAndTarget() throws IOException {
        String guide = Files.readString(ROOT.resolve("CONTRIBUTING.md"));
        for (String section : List.of("## Build and run", "## Test", "## Where things live", "## Regenerate the EMF code",
                "## Bump the target platform")) {
            assertTrue(guide.contains(section), "CONTRIBUTING.md has " + section);
        }
    }

    @Test
    void everyExportedPackageHasAPackageInfoAndNonApiIsMarked() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (Path bundle : bundles()) {
            Map<String, String> exports = exports(bundle.resolve("META-INF/MANIFEST.MF"));
            for (Map.Entry<String, String> export : exports.entrySet()) {
                String path = export.getKey().replace('.', '/') + "/package-info.java";
                if (!Files.exists(bundle.resolve("src").resolve(path)) && !Files.exists(bundle.resolve("src-gen").resolve(path))) {
                    missing.add(bundle.getFileName() + ": " + export.getKey());
                }
                boolean marked = export.getValue().contains("x-internal:=true") || export.getValue().contains("x-friends:=");
                if (export.getKey().contains(".internal") && !marked) {
                    unmarked.add(bundle.getFileName() + ": " + export.getKey());
                }
            }
        }
        assertEquals(List.of(), missing, "exported packages without package-info.java");
        assertEquals(List.of(), unmarked, "internal packages exported as API");
    }

    @Test
    void commentsCiteNothingOutsideTheRepository() throws IOException {
        Set<String> sections = new TreeSet<>();
        Matcher heading = Pattern.compile("(?m)^## (\\d+)\\. ").matcher(Files.readString(ROOT.resolve("docs/coyotos-domain.md")));
        while (heading.find()) {
            sections.add(heading.group(1));
        }
        List<String> outside = new ArrayList<>();
        List<String> dangling = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String where = ROOT.relativize(file) + ":" + (i + 1);
                if (OUTSIDE.matcher(lines.get(i)).find()) {
                    outside.add(where + ": " + lines.get(i).trim());
                }
                Matcher cited = DOMAIN_SECTION.matcher(lines.get(i));
                while (cited.find()) {
                    if (!sections.contains(cited.group(1))) {
                        dangling.add(where + ": §" + cited.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), outside, "citations of documents outside the repository");
        assertEquals(List.of(), dangling, "citations of sections docs/coyotos-domain.md does not have " + sections);
    }

    private static List<Path> bundles() throws IOException {
        List<Path> bundles = new ArrayList<>();
        try (Stream<Path> list = Files.list(ROOT.resolve("bundles"))) {
            list.filter(b -> Files.exists(b.resolve("META-INF/MANIFEST.MF"))).sorted().forEach(bundles::add);
        }
        bundles.add(ROOT.resolve("tests/coyotos.studio.tests.driver"));
        return bundles;
    }

    /** Hand-written sources and documents: Java, TypeScript, scripts, Markdown; no build output or downloads. */
    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String top : List.of("bundles", "tests", "releng", "features", "docs")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(top))) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> f.toString().matches(".*\\.(java|ts|tsx|mjs|md|xml|properties)$"))
                        .filter(f -> !f.toString().matches(".*/(node_modules|target|bin|web|\\.cache)/.*"))
                        // this test names the patterns it looks for
                        .filter(f -> !f.getFileName().toString().equals("RepositoryConventionsTest.java"))
                        .forEach(files::add);
            }
        }
        for (String top : List.of("README.md", "CONTRIBUTING.md", "studio")) {
            files.add(ROOT.resolve(top));
        }
        return files;
    }

    /** Export-Package as package name to its directives (commas inside quotes belong to a directive). */
    static Map<String, String> exports(Path manifest) throws IOException {
        StringBuilder header = new StringBuilder();
        boolean inExports = false;
        for (String line : Files.readAllLines(manifest)) {
            if (line.startsWith("Export-Package:")) {
                inExports = true;
                header.append(line.substring("Export-Package:".length()).trim());
            } else if (inExports && line.startsWith(" ")) {
                header.append(line.substring(1));
            } else {
                inExports = false;
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (header.isEmpty()) {
            return out;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String text = clause.toString().trim();
                int semicolon = text.indexOf(';');
                out.put(semicolon < 0 ? text : text.substring(0, semicolon), semicolon < 0 ? "" : text.substring(semicolon + 1));
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return out;
    }
}
