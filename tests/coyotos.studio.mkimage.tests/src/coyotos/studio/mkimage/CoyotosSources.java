package coyotos.studio.mkimage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The public Coyotos source tree, where the real images and library modules are: a checked-out tree or a bare git
 * mirror named by -Dcoyotos.source or COYOTOS_SOURCE, else the workspace's mirror. From a git repository the .mki
 * files are extracted once (git archive) into a temporary directory. When there is no tree the tests that need one
 * are skipped with the reason {@link #missingReason()}.
 */
public final class CoyotosSources {
    static final String DEFAULT = "/work/.mirror/vsrinivas+coyotos/repo";
    static final List<String> PATHS = List.of("src/base/mki", "src/base/test", "src/ccs/archinfo/mki",
            "src/ccs/mkimage/modules", "src/sys/arch/i386/test-image/by-hand");
    private static Path root;
    private static String missing;

    private CoyotosSources() {
    }

    /** The directory holding {@code src/}, or null (then {@link #missingReason()} says why). */
    public static synchronized Path root() {
        if (root != null || missing != null) {
            return root;
        }
        String where = System.getProperty("coyotos.source", System.getenv().getOrDefault("COYOTOS_SOURCE", DEFAULT));
        Path p = Path.of(where);
        try {
            if (Files.isDirectory(p.resolve("src/ccs/mkimage"))) {
                root = p;
            } else if (Files.isDirectory(p.resolve(".git")) || Files.isRegularFile(p.resolve("HEAD"))) {
                root = extract(Files.isDirectory(p.resolve(".git")) ? p.resolve(".git") : p);
            } else {
                missing = "no Coyotos source tree at " + p + " (set -Dcoyotos.source or COYOTOS_SOURCE to a checkout or mirror)";
            }
        } catch (IOException | InterruptedException e) {
            missing = "cannot read the Coyotos sources at " + p + ": " + e.getMessage();
        }
        if (missing != null) {
            System.out.println("SKIPPED (Coyotos sources): " + missing);
        }
        return root;
    }

    public static String missingReason() {
        root();
        return missing;
    }

    private static Path extract(Path gitDir) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("coyotos-src");
        Path tar = out.resolve("mki.tar");
        List<String> cmd = new ArrayList<>(List.of("git", "--git-dir=" + gitDir, "archive", "--format=tar", "-o",
                tar.toString(), "HEAD"));
        cmd.addAll(PATHS);
        run(cmd, out);
        run(List.of("tar", "-xf", tar.toString()), out);
        Files.delete(tar);
        return out;
    }

    private static void run(List<String> cmd, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + text.strip());
        }
    }

    /** -I for the library modules (src/base/mki, src/ccs/archinfo/mki) and -L for the built programs. */
    public static MkiImport.Options options() {
        Path src = root().resolve("src");
        return MkiImport.Options.defaults().withInclude(src.resolve("base/mki")).withInclude(src.resolve("ccs/archinfo/mki"))
                .withLibrary(Corpus.programs());
    }
}
