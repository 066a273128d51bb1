package coyotos.studio.cli;

import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.result.SweepJson;
import coyotos.studio.sweep.result.SweepMerge;
import coyotos.studio.sweep.result.SweepResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sweep-merge <shard.json>... [--format json|table|csv]}: joins the JSON outputs of
 * {@code sweep --shard I/N} into the whole sweep's result (JSON by default, the same bytes the unsharded sweep
 * writes). Files that do not belong together are refused with the file to blame and exit code 2.
 */
public final class SweepMergeCommand {
    static final String USAGE = "usage: sweep-merge <shard.json>... [--format json|table|csv]";

    private SweepMergeCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return merge(args, out, err);
        } catch (SweepException e) {
            err.println("sweep-merge: " + e.getMessage());
            return SimulateCommand.BAD_INPUT;
        } catch (RuntimeException | LinkageError e) {
            err.println("sweep-merge: internal error (" + e + "). Please report it with the files.");
            return SimulateCommand.INTERNAL_ERROR;
        }
    }

    private static int merge(String[] args, PrintStream out, PrintStream err) throws SweepException {
        String format = "json";
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return SimulateCommand.OK;
                }
                case "--format" -> format = SweepOutput.format(SweepCommand.value(args, ++i, "--format"));
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new SweepException("unknown option '" + args[i] + "'.\n" + USAGE);
                    }
                    files.add(args[i]);
                }
            }
        }
        if (files.isEmpty()) {
            throw new SweepException("no files given.\n" + USAGE);
        }
        List<SweepResult> parts = new ArrayList<>();
        for (String f : files) {
            Path p = Path.of(f);
            if (!Files.isRegularFile(p)) {
                throw new SweepException(f + ": no such file.");
            }
            try {
                parts.add(SweepJson.read(Files.readString(p, StandardCharsets.UTF_8), f));
            } catch (IOException e) {
                throw new SweepException("cannot read " + f + ": " + e.getMessage());
            }
        }
        SweepResult all = SweepMerge.merge(parts, files);
        out.print(SweepOutput.render(all, format));
        err.println("sweep-merge: " + files.size() + " file(s), " + all.points().size() + " points");
        return SimulateCommand.OK;
    }
}
