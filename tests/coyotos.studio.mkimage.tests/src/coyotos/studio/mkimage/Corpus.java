package coyotos.studio.mkimage;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The test corpus (corpus/), the i386 programs built from programs/, and imports that must succeed. */
public final class Corpus {

    private Corpus() {
    }

    public static Path dir() {
        Path p = Path.of(System.getProperty("coyotos.mkimage.corpus", "corpus"));
        assertTrue(Files.isDirectory(p), "the corpus is missing at " + p.toAbsolutePath());
        return p.toAbsolutePath().normalize();
    }

    /** target/programs/lib: the programs build.sh made (coyotos/ProtoSpace, counter-large, hlt.exe, ...). */
    public static Path programs() {
        Path p = Path.of(System.getProperty("coyotos.mkimage.programs", "target/programs/lib"));
        assertTrue(Files.isDirectory(p), "the i386 test programs are missing at " + p.toAbsolutePath()
                + ": programs/build.sh builds them (needs gcc -m32)");
        return p.toAbsolutePath().normalize();
    }

    /** -I corpus/lib, -L corpus/files, -L the programs. */
    public static MkiImport.Options options() {
        return MkiImport.Options.defaults().withInclude(dir().resolve("lib")).withLibrary(dir().resolve("files"))
                .withLibrary(programs());
    }

    public static Path valid(String name) {
        return dir().resolve("valid").resolve(name + ".mki");
    }

    public static List<Path> files(String sub) {
        try (Stream<Path> s = Files.list(dir().resolve(sub))) {
            return s.filter(p -> p.toString().endsWith(".mki")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports {@code file}; fails the test with every problem when it does not import. */
    public static MkiImport.Result importOk(Path file, MkiImport.Options options) {
        MkiImport.Result r = MkiImport.run(file, options, () -> false);
        if (!r.ok()) {
            fail("import of " + file + " failed:\n  " + r.problems().stream().map(Object::toString)
                    .collect(Collectors.joining("\n  ")));
        }
        return r;
    }

    public static CoyotosSystem system(String validName) {
        return importOk(valid(validName), options()).system();
    }

    /** The capability in slot {@code i} of {@code g}, or null when the slot is empty. */
    public static coyotos.studio.model.Capability slot(coyotos.studio.model.Gpt g, int i) {
        return g.getSlots().stream().filter(s -> s.getIndex() == i).map(coyotos.studio.model.Slot::getCap).findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    public static <T extends KernelObject> T object(CoyotosSystem s, String name, Class<T> type) {
        for (KernelObject o : s.getObjects()) {
            if (name.equals(o.getName())) {
                assertTrue(type.isInstance(o), name + " is a " + o.eClass().getName() + ", not a " + type.getSimpleName());
                return (T) o;
            }
        }
        return fail("no object named " + name + " in " + s.getObjects().stream().map(KernelObject::getName).toList());
    }
}
