package coyotos.studio.sim.model;

import coyotos.studio.sim.image.ProgramImageException;
import coyotos.studio.sim.image.ProgramSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spaces loaded from program image files, kept while the file stays as it was: the Address Space diagram
 * refreshes on every model change and the translator runs on every simulation, and neither should read and load
 * the same ELF file each time. An entry is the file's absolute path with the name the model gives it and the id
 * prefix of its objects; it is used again only while the file's modification time and size are those it was loaded
 * with (a file rewritten within one tick of the file system's clock at the same size is not noticed). A file that
 * fails to load is not kept, so its message is always current. {@link ProgramSpace} is immutable (its pages copy
 * their contents; a run copies them again), so one space serves every caller. Thread-safe: the diagram server and
 * simulation jobs call it at once.
 */
final class LoadedProgramSpaces {
    /** Spaces kept at most: a model names few images, and a space holds its pages' bytes. */
    static final int CAPACITY = 16;

    private record Key(Path file, String shown, String idPrefix) {
    }

    private record Loaded(FileTime modified, long size, ProgramSpace space) {
    }

    private static final Map<Key, Loaded> SPACES = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Loaded> eldest) {
            return size() > CAPACITY;
        }
    };

    private LoadedProgramSpaces() {
    }

    /** {@link ProgramSpace#load}, or the space loaded before from the file as it is now. */
    static ProgramSpace load(Path file, String shown, String idPrefix) throws ProgramImageException {
        Key key = new Key(file.toAbsolutePath().normalize(), shown, idPrefix);
        BasicFileAttributes now = attributes(file);
        if (now != null) {
            synchronized (SPACES) {
                Loaded e = SPACES.get(key);
                if (e != null && e.modified().equals(now.lastModifiedTime()) && e.size() == now.size()) {
                    return e.space();
                }
            }
        }
        // Loaded outside the lock: a large image must not hold up the other callers.
        ProgramSpace space = ProgramSpace.load(file, shown, idPrefix);
        if (now != null) {
            synchronized (SPACES) {
                SPACES.put(key, new Loaded(now.lastModifiedTime(), now.size(), space));
            }
        }
        return space;
    }

    /** The file's attributes before it is read (so a change while loading is seen next time), or null. */
    private static BasicFileAttributes attributes(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? a : null;
        } catch (IOException e) {
            return null;
        }
    }
}
