package coyotos.studio.model.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    /**
     * The seed of the drawn mutations: every run tries the same 200 files, and a failing one is named by its
     * mutations. Change it to try others, never to make a failure go away.
     */
    private static final long SEED = 0x10AD_E12L;

    /** Text that breaks XML, XMI references and numbers where a random byte rarely would. */
    private static final List<String> HOSTILE = List.of("\"", "<", ">", "&", "]]>",
            "xmi:id=\"_qKner-kBEfGH9NU5fUPhNA\"", "#", "\u0000", "href=\"http://127.0.0.1:1/x#y\"",
            "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "\u00e9", "count=\"-1\"", "9999999999999999999");

    /** A mutation: at a position, replace {@code cut} bytes by {@code insert}. */
    record Mutation(int at, int cut, byte[] insert) {
        @Override
        public String toString() {
            return "at " + at + " cut " + cut + " insert " + java.util.Arrays.toString(insert);
        }

        static Mutation draw(Random r) {
            byte[] insert;
            if (r.nextBoolean()) {
                insert = new byte[r.nextInt(9)];
                r.nextBytes(insert);
            } else {
                insert = HOSTILE.get(r.nextInt(HOSTILE.size())).getBytes(StandardCharsets.UTF_8);
            }
            return new Mutation(r.nextInt(MODEL.length + 1), r.nextInt(65), insert);
        }

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

    /** 200 files, each the example with one to four drawn mutations. */
    static Stream<List<Mutation>> theLoaderNeverThrowsAndSpeaksPlainly() {
        Random r = new Random(SEED);
        return Stream.generate(() -> {
            List<Mutation> ms = new ArrayList<>();
            for (int n = 1 + r.nextInt(4); n > 0; n--) {
                ms.add(Mutation.draw(r));
            }
            return ms;
        }).limit(200);
    }

    @ParameterizedTest
    @MethodSource
    void theLoaderNeverThrowsAndSpeaksPlainly(List<Mutation> mutations) throws IOException {
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
