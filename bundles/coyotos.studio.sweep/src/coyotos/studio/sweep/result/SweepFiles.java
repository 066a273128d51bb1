package coyotos.studio.sweep.result;

import coyotos.studio.runs.RunFiles;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.SweepSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where sweeps live: beside the model's runs, in {@code <model>.runs/}, one {@code <time>-sweep.sweep.json} per
 * sweep (the JSON of {@link SweepJson}), so they travel with the project and reopen after a restart.
 */
public final class SweepFiles {
    public static final String SUFFIX = ".sweep.json";

    private SweepFiles() {
    }

    public static Path folderFor(Path model) {
        return RunFiles.folderFor(model);
    }

    /** Writes {@code r} to a new file in {@code folder} and returns it. */
    public static Path save(SweepResult r, Path folder, LocalDateTime now) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(RunFiles.newRunName("sweep", now) + SUFFIX);
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(RunFiles.newRunName("sweep", now) + "-" + i + SUFFIX);
        }
        Files.writeString(file, SweepJson.write(r), StandardCharsets.UTF_8);
        return file;
    }

    public static SweepResult load(Path file) throws SweepException {
        try {
            return SweepJson.read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new SweepException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The saved sweeps of a model's folder, oldest first. */
    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            // by name without the suffix: "...-sweep" before "...-sweep-2" (made in the same millisecond)
            return new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(java.util.Comparator.comparing((Path p) -> p.getFileName().toString().replace(SUFFIX, "")))
                    .toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** What a sweep of the model file {@code model} is: {@code shown} is how the user named the model. */
    public static SweepInfo info(Path model, String shown, String modelName, SweepSpec spec) throws SweepException {
        return new SweepInfo(shown, modelName, sha256(model), spec.vary(), spec.profile(), spec.kernel(), spec.seed(),
                spec.points(), null);
    }

    static String sha256(Path file) throws SweepException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new SweepException("cannot read " + file + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
