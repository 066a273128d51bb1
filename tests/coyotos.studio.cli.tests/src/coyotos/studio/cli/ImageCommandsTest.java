package coyotos.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.io.ModelLoader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("import and export: .mki ↔ .coyotos, problems as file:line:column with exit code 2, nothing written")
class ImageCommandsTest {
    static final String TESTHANDLER = new File("../../bundles/coyotos.studio.examples/examples/testhandler.coyotos").getPath();

    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
    }

    static Outcome importing(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ImportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Outcome exporting(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    @DisplayName("import writes the model next to the module; what the module prints goes to stdout")
    void importWritesTheModel() throws IOException {
        Path mki = write("demo.mki", """
                module demo {
                  def p = new Process(PrimeBank);
                  p.faultCode = 25;
                  p.capReg[8] = KernLog();
                  print p.faultCode;
                }
                """);
        Outcome o = importing(Map.of(), mki.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("25\n", o.out());
        assertTrue(o.err().contains("import: wrote " + dir.resolve("demo.coyotos") + " (1 Process)"), o.err());
        ModelLoader.Result r = new ModelLoader().load(dir.resolve("demo.coyotos").toFile());
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        assertEquals("p", r.system().getObjects().get(0).getName());
    }

    @Test
    @DisplayName("import takes -I, -L and -o, joined to their value too, as mkimage's getopt does")
    void importOptions() throws IOException {
        write("inc/lib/Util.mki", "module lib.Util {\n  export def twice(x) { return x * 2; }\n}\n");
        write("files/data.txt", "bytes");
        Path mki = write("src/options.mki", """
                module options {
                  import u = lib.Util;
                  def space = readfile(PrimeBank, "data.txt");
                  def p = new Process(PrimeBank);
                  p.addrSpace = space;
                  print u.twice(21);
                }
                """);
        Path out = dir.resolve("out/options-model.coyotos");
        Outcome o = importing(Map.of(), mki.toString(), "-I" + dir.resolve("inc"), "-L", dir.resolve("files").toString(),
                "-o", out.toString(), "-t", "i386");
        assertEquals(0, o.code(), o.err());
        assertEquals("42\n", o.out());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    @DisplayName("import takes a module name as mkimage's command line does (mkimage -t i386 -I. -Lbuild HelloWorld)")
    void importModuleByName() throws IOException {
        write("mods/app/Main.mki", "module app.Main {\n  def p = new Process(PrimeBank);\n  print 6 * 7;\n}\n");
        Path mods = dir.resolve("mods");
        Outcome o = importing(Map.of(), "-t", "i386", "-I" + mods, "app.Main");
        assertEquals(0, o.code(), o.err());
        assertEquals("42\n", o.out());
        assertTrue(o.err().contains("import: wrote " + mods.resolve("app/Main.coyotos") + " (1 Process)"), o.err());

        Outcome missing = importing(Map.of(), "-I", mods.toString(), "app.Missing");
        assertEquals(2, missing.code());
        assertEquals("import: module 'app.Missing' not found: no app/Missing.mki in the include path [" + mods
                + "], and no file of that name. COYOTOS_ROOT is not set, so mkimage's standard directory "
                + "$COYOTOS_ROOT/usr/include/mki was not searched.\n", missing.err());
        Path root = dir.resolve("coyotos-root");
        Outcome withRoot = importing(Map.of("COYOTOS_ROOT", root.toString()), "-I", mods.toString(), "app.Missing");
        assertEquals("import: module 'app.Missing' not found: no app/Missing.mki in the include path [" + mods + ", "
                + root.resolve("usr/include/mki") + "], and no file of that name.\n", withRoot.err(),
                "with COYOTOS_ROOT its standard directory is searched last, as mkimage does");
        Outcome noPath = importing(Map.of(), "HelloWorld");
        assertEquals(2, noPath.code());
        assertTrue(noPath.err().contains("no HelloWorld.mki in the include path (none given: add a directory with -I)"),
                noPath.err());
    }

    @Test
    @DisplayName("import finds $COYOTOS_ROOT/usr/include/mki as mkimage does, unless --nostdinc")
    void coyotosRoot() throws IOException {
        write("root/usr/include/mki/coyotos/Extra.mki", "module coyotos.Extra {\n  export def n = 7;\n}\n");
        Path mki = write("root-user.mki", "module root-user {\n  import e = coyotos.Extra;\n  print e.n;\n}\n");
        Map<String, String> env = Map.of("COYOTOS_ROOT", dir.resolve("root").toString());
        Outcome o = importing(env, mki.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("7\n", o.out());
        Outcome without = importing(env, mki.toString(), "--nostdinc");
        assertEquals(2, without.code());
        assertTrue(without.err().contains("Module \"coyotos.Extra\" not found"), without.err());
    }

    @Test
    @DisplayName("a broken image: exit 2, every problem as file:line:column, nothing written")
    void importErrors() throws IOException {
        Path mki = write("broken.mki", "module broken {\n  def p = new Process(PrimeBank);\n  p.pc = 0x1000;\n}\n");
        Outcome o = importing(Map.of(), mki.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith(mki.toAbsolutePath() + ":3:4: Reference to unbound field/member \"pc\""), o.err());
        assertTrue(o.err().contains("nothing was written"), o.err());
        assertFalse(Files.exists(dir.resolve("broken.coyotos")));
        assertFalse(o.err().contains("\tat "), "no stack trace");

        Outcome missing = importing(Map.of(), dir.resolve("nothere.mki").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nothere.mki: no such file"), missing.err());
        Outcome usage = importing(Map.of());
        assertEquals(2, usage.code());
        assertTrue(usage.err().contains(ImportCommand.USAGE));
        Outcome target = importing(Map.of(), mki.toString(), "-t", "coldfire");
        assertEquals(2, target.code());
        assertTrue(target.err().contains("target 'coldfire' is not supported"), target.err());
    }

    @Test
    @DisplayName("export writes a module that import reads back")
    void exportThenImport() {
        Path mki = dir.resolve("testhandler.mki");
        Outcome e = exporting(TESTHANDLER, "-o", mki.toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(e.err().contains("export: wrote " + mki + " (module testhandler)"), e.err());
        assertTrue(e.err().contains("warning: " + TESTHANDLER + ": "), "schedules and workloads are left out: " + e.err());
        Outcome i = importing(Map.of(), mki.toString());
        assertEquals(0, i.code(), i.err());
    }

    @Test
    @DisplayName("export of a broken model or to an unusable module name: exit 2, nothing written")
    void exportErrors() throws IOException {
        Path bad = write("bad.coyotos", "<?xml version=\"1.0\"?>\n<coyotos:CoyotosSystem\n");
        Outcome o = exporting(bad.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("is not a usable Coyotos model"), o.err());
        assertTrue(o.err().contains(bad + ":"), "the line of the problem: " + o.err());
        assertFalse(Files.exists(dir.resolve("bad.mki")));
        Outcome name = exporting(TESTHANDLER, "-o", dir.resolve("my image.mki").toString());
        assertEquals(2, name.code());
        assertTrue(name.err().contains("'my image' cannot be a module name"), name.err());
        assertEquals(2, exporting().code());
    }
}
