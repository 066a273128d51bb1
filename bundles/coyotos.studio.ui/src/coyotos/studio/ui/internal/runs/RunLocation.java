package coyotos.studio.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;

import coyotos.studio.runs.RunFiles;
import coyotos.studio.ui.internal.preferences.StudioPreferences;

/**
 * Where runs are kept (Window &gt; Preferences &gt; Coyotos, "Keep runs in"): beside each model by default
 * ({@code <model>.runs}, found by the workspace scan), or in a folder outside the workspace, under the model's
 * workspace path ({@code <folder>/<project>/<path>/<model>.runs}).
 */
public final class RunLocation {

    private RunLocation() {
    }

    /** The folder a run of {@code model} is written to. */
    public static Path folderFor(IFile model) {
        Path beside = RunFiles.folderFor(model.getLocation().toPath());
        Path root = StudioPreferences.runsFolder();
        if (root == null) {
            return beside;
        }
        Path relative = Path.of(model.getFullPath().makeRelative().toString());
        return root.resolve(relative).resolveSibling(beside.getFileName());
    }

    /** The run folders in the preferred folder outside the workspace (none when runs are kept beside models). */
    public static List<Path> foldersOutsideWorkspace() {
        Path root = StudioPreferences.runsFolder();
        Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
        if (root == null || !Files.isDirectory(root) || root.toAbsolutePath().startsWith(workspace)) {
            // inside the workspace, the workspace scan already finds them
            return List.of();
        }
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isDirectory(p) && p.getFileName().toString().endsWith(".runs")).forEach(folders::add);
        } catch (IOException | RuntimeException e) {
            // an unreadable folder contributes no runs, as an unreadable part of the workspace does
        }
        return folders;
    }
}
