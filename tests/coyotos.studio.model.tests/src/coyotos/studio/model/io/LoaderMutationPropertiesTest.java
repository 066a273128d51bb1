package coyotos.studio.model.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import coyotos.studio.model.validation.RuleEngine;
import coyotos.studio.model.validation.TestModels;

/**
 * An example model with bytes flipped, cut, duplicated or replaced: the loader never throws, reports every problem
 * in words without Java class names or stack traces, refuses to save what it could not load, and whatever it did
 * load validates without an exception.
 */
class LoaderMutationPropertiesTest {
    private static final byte[] MODEL = read();

    private static byte[] read() {
        try {
            return Files.readAllBytes(new File(TestModels.examplesDir(), "ipc-client-server.coyotos").toPath());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mutation: at a position, replace {@code cut} bytes by {@code insert}. */
    record Mutation(int at, int cut, byte[] insert) {
        byte[] apply(byte[] in) {
            int a = Math.min(at, in.length);
            int c = Math.min(cut, in.length - a);
            byte[] out = new byte[in.length - c + insert.length];
            System.arraycopy(in, 0, out, 0, a);
            System.arraycopy(insert, 0, out, a, insert.length);
            System.arraycopy(in, a + c, out, a + insert.length, in.length - a - c);
            return out;
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<byte[]> inserts = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(8),
                Arbitraries.of("\"", "<", ">", "&", "]]>", "xmi:id=\"_qKner-kBEfGH9NU5fUPhNA\"", "#", "\u0000",
                        "href=\"http://127.0.0.1:1/x#y\"", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "\u00e9",
                        "count=\"-1\"", "9999999999999999999").map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return Combinators.combine(Arbitraries.integers().between(0, MODEL.length),
                Arbitraries.integers().between(0, 64), inserts).as(Mutation::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 200)
    void theLoaderNeverThrowsAndSpeaksPlainly(@ForAll("mutations") List<Mutation> mutations) throws IOException {
        byte[] bytes = MODEL;
        for (Mutation m : mutations) {
            bytes = m.apply(bytes);
        }
        Path f = Files.createTempFile("mutated", ".coyotos");
        try {
            Files.write(f, bytes);
            ModelLoader.Result r = new ModelLoader().load(f.toFile());
            for (LoadDiagnostic d : r.diagnostics()) {
                assertFalse(d.message().matches(".*\\b(java|javax|org|com)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b.*"),
                        "a Java class name in: " + d.message());
                assertFalse(d.message().contains("\tat "), d.message());
            }
            if (r.hasErrors() && r.resource() instanceof CoyotosResource cr) {
                assertTrue(cr.isLoadFailed());
            }
            if (!r.hasErrors() && r.system() != null) {
                RuleEngine.INSTANCE.check(r.system());
            }
        } finally {
            Files.delete(f);
        }
    }
}
