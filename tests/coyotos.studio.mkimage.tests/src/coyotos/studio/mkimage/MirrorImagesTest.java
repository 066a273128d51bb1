package coyotos.studio.mkimage;

import static coyotos.studio.mkimage.Corpus.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.RuleEngine;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real Coyotos images and library modules of the public source tree, imported with our i386 stand-ins for the
 * programs they load (the Coyotos programs themselves need Coyotos's cross compiler). Skipped, saying why, when the
 * source tree is not there.
 */
class MirrorImagesTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void sources() {
        assumeTrue(CoyotosSources.root() != null, CoyotosSources.missingReason());
    }

    static Stream<Path> images() throws IOException {
        Path src = CoyotosSources.root();
        if (src == null) {
            return Stream.of();
        }
        Path tests = src.resolve("src/base/test");
        Path byHand = src.resolve("src/sys/arch/i386/test-image/by-hand");
        try (Stream<Path> a = Files.walk(tests); Stream<Path> b = Files.list(byHand)) {
            return Stream.concat(a.filter(p -> p.toString().endsWith(".mki")).sorted().toList().stream(),
                    b.filter(p -> p.toString().endsWith(".mki") && !p.endsWith("SimpleProc.mki")).sorted().toList().stream());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    @DisplayName("every test image imports, validates without exceptions and survives the round trip")
    void imageImportsAndRoundTrips(Path image) {
        MkiImport.Result r = Corpus.importOk(image, CoyotosSources.options());
        CoyotosSystem s = r.system();
        assertFalse(s.getObjects().isEmpty());
        assertTrue(s.getObjects().stream().allMatch(o -> o.getName() != null && o.getName().matches("[A-Za-z_][A-Za-z0-9_]*")),
                "every object has an identifier for a name");
        RuleEngine.INSTANCE.check(s); // validates without an exception
        // the simulator takes the image as it is: no translation errors (what it leaves out are warnings)
        coyotos.studio.sim.model.Translation t = coyotos.studio.sim.model.ModelSimulation.translate(s,
                coyotos.studio.sim.model.SimulationOverrides.NONE);
        assertFalse(t.hasErrors(), () -> t.errors().toString());
        RoundTrip.check(s, "image", dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraryModules")
    @DisplayName("every library module imports on its own")
    void libraryModuleImports(Path module) {
        Corpus.importOk(module, CoyotosSources.options());
    }

    static Stream<Path> libraryModules() throws IOException {
        Path src = CoyotosSources.root();
        if (src == null) {
            return Stream.of();
        }
        try (Stream<Path> s = Files.walk(src.resolve("src/base/mki/coyotos"))) {
            return s.filter(p -> p.toString().endsWith(".mki")).sorted().toList().stream();
        }
    }

    @Test
    @DisplayName("testHandler: child1's process handler and child2's memory handler are entries to the handler")
    void testHandler() {
        CoyotosSystem s = Corpus.importOk(CoyotosSources.root().resolve("src/base/test/testHandler/testHandler.mki"),
                CoyotosSources.options()).system();
        Process handler = object(s, "handler", Process.class);
        Endpoint initept = object(s, "handler_initept", Endpoint.class);
        assertSame(handler, initept.getRecipient());
        EntryCapability processHandler = (EntryCapability) object(s, "child1", Process.class).getHandler();
        assertSame(initept, processHandler.getTarget());
        assertEquals(0, processHandler.getProtectedPayload(), "PP_ProcessHandler");
        Process child2 = object(s, "child2", Process.class);
        Gpt space = ((GptCapability) child2.getAddressSpace()).getTarget();
        assertTrue(space.isHa(), "child2.addrSpace.ha = 1");
        EntryCapability memoryHandler = (EntryCapability) space.getSlots().stream().filter(x -> x.getIndex() == 15)
                .findFirst().orElseThrow().getCap();
        assertSame(initept, memoryHandler.getTarget());
        assertEquals(1, memoryHandler.getProtectedPayload(), "PP_MemoryHandler");
        assertEquals(FaultCode.STARTUP, child2.getFaultCode());
        MiscCapability log = (MiscCapability) handler.getRegisters().stream().filter(x -> x.getIndex() == 12).findFirst()
                .orElseThrow().getCap();
        assertEquals(MiscCapabilityKind.KERN_LOG, log.getKind(), "APP.KERNLOG = REG.APP0 + 4 = 12");
        assertTrue(object(s, "child2_page_0x1000", Page.class).getOrigin().endsWith("testHandler.mki:31:16"),
                "the stack page comes from make_ironman_process's insert_subspace");
    }

    @Test
    @DisplayName("HelloWorld: the program starts in a ProtoSpace page that holds its entry point, KernLog in APP0")
    void helloWorld() {
        CoyotosSystem s = Corpus.importOk(CoyotosSources.root().resolve("src/base/test/HelloWorld/HelloWorld.mki"),
                CoyotosSources.options()).system();
        Process test = object(s, "test", Process.class);
        assertEquals(FaultCode.STARTUP, test.getFaultCode());
        assertEquals(8, test.getFaultInfo(), "BootProcess: the process starts at ProtoSpace's entry, offset 8");
        PageCapability space = (PageCapability) test.getAddressSpace();
        assertTrue(space.isWeak() && space.isReadOnly(), "weaken(my_protospace)");
        long pc = ByteBuffer.wrap(space.getTarget().getContents()).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
        assertEquals(entryOf(CoyotosSources.options().libraryDirs().get(0).resolve("HelloWorld")), pc,
                "set_page_uint64(my_protospace, 0, pc): the program's entry point");
        MiscCapability log = (MiscCapability) test.getRegisters().stream().filter(x -> x.getIndex() == 8).findFirst()
                .orElseThrow().getCap();
        assertEquals(MiscCapabilityKind.KERN_LOG, log.getKind());
        Process spacebank = object(s, "spacebank", Process.class);
        assertNotNull(spacebank.getAddressSpace());
        SpaceBankCapability bank = (SpaceBankCapability) spacebank.getRegisters().stream().filter(x -> x.getIndex() == 3)
                .findFirst().orElseThrow().getCap();
        assertEquals("PrimeBank", bank.getTarget().getName());
    }

    private static long entryOf(Path elf) {
        try {
            return ByteBuffer.wrap(Files.readAllBytes(elf)).order(ByteOrder.LITTLE_ENDIAN).getInt(24) & 0xffffffffL;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("mkimage's own test modules: the current ones import, the stale ones fail where the grammar says")
    void mkimageTestModules() {
        Path m = CoyotosSources.root().resolve("src/ccs/mkimage/modules");
        MkiImport.Options o = CoyotosSources.options().withInclude(m);
        for (String ok : List.of("oneeach", "primebank", "subbank", "importer", "base", "bringup", "bringup_onepage",
                "bringup_onepageonegpt", "dump_usage")) {
            Corpus.importOk(m.resolve(ok + ".mki"), o);
        }
        for (String ok : List.of("test/enum", "test/exportEnum", "test/fnret", "test/innerfn", "test/simple",
                "test/space", "test/cappage", "test/cappage2", "test/codepage", "test/zero_space", "test/SimpleProc",
                "test/i386/hlt", "test/i386/ldcap", "test/i386/add_data")) {
            Corpus.importOk(m.resolve(ok + ".mki"), o.withInclude(m));
        }
        assertError(m.resolve("circ1.mki"), o, "circ2.mki:3:15", "circular import");
        assertError(m.resolve("bad.mki"), o, "bad.mki:3:8", "does not match the file");
        assertError(m.resolve("blockexpr.mki"), o, "blockexpr.mki:3:11", "syntax error");
        assertError(m.resolve("test/general1.mki"), o, "general1.mki:24:24", "syntax error");
        assertError(m.resolve("test/program.mki"), o, "program.mki:9:26", "syntax error");
        assertError(m.resolve("test/general2.mki"), o, "general2.mki:2:18", "syntax error");
        assertError(m.resolve("test/general3.mki"), o, "general3.mki:1:8", "does not match the file");
        assertError(m.resolve("test/space2.mki"), o, "space2.mki:3:13", "Not enough arguments to \"readfile\"");
    }

    private static void assertError(Path module, MkiImport.Options o, String where, String words) {
        MkiImport.Result r = MkiImport.run(module, o, () -> false);
        assertFalse(r.ok(), module + " imported");
        MkiProblem p = r.errors().get(0);
        assertTrue(p.where().endsWith(where) && p.message().contains(words), "expected " + where + " " + words + ", got " + p);
    }
}
