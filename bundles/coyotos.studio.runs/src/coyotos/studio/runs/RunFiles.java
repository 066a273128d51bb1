package coyotos.studio.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where runs live: a folder {@code <model>.runs} beside the model, one {@code <time>-<profile>.run.json}
 * and its {@code .events} log per run. Kept beside the model so they travel with the project.
 */
public final class RunFiles {

    public static final String RECORD_SUFFIX = ".run.json";
    public static final String EVENTS_SUFFIX = ".events";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private RunFiles() {
    }

    public static Path folderFor(Path model) {
        String name = model.getFileName().toString().replaceFirst("\\.coyotos$", "");
        return model.resolveSibling(name + ".runs");
    }

    /** A new, unused base name for a run of the given profile. */
    public static String newRunName(String profile, LocalDateTime now) {
        return now.format(STAMP) + "-" + profile.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Problems reading one record are reported, never thrown: one broken file must not hide the others. */
    public record Loaded(List<RunRecord> records, List<String> problems, List<Path> files) {
    }

    /** Every record of a run folder, in file-name (time) order; never throws. */
    public static Loaded loadAll(Path folder) {
        List<RunRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Loaded(records, problems, files);
        }
        List<Path> found;
        try (Stream<Path> list = Files.list(folder)) {
            found = list.filter(p -> p.getFileName().toString().endsWith(RECORD_SUFFIX)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add("cannot list " + folder + ": " + e.getMessage());
            return new Loaded(records, problems, files);
        }
        for (Path file : found) {
            try {
                records.add(RunRecordJson.load(file));
                files.add(file);
            } catch (IOException e) {
                problems.add(e.getMessage());
            } catch (RuntimeException e) {
                // load() names what is wrong as an IOException; this keeps the promise for anything it missed
                problems.add(file + " could not be read: " + e);
            }
        }
        return new Loaded(records, problems, files);
    }
}
