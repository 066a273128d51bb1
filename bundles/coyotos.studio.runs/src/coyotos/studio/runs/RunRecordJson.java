package coyotos.studio.runs;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads and writes {@link RunRecord}s with Gson: one key per record component, so the keys are those of
 * the simulator's JSON report (profile, kernel, totalCycles, categories, processes, faults, memory, digest) plus
 * what the views need to reopen a run, and a component added to the record is saved without more code.
 * Records written before Gson (the hand-written writer of the first version) have the same keys and load; a
 * record written before kernel variants existed has no {@code kernel}: it reads back as null.
 */
public final class RunRecordJson {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping()
            .create();
    /** Without these a record shows nothing useful; every other key falls back to empty (0, null). */
    private static final List<String> REQUIRED = List.of("label", "profile", "totalCycles", "categories",
            "processes", "faults", "memory");

    private RunRecordJson() {
    }

    public static String write(RunRecord r) {
        return GSON.toJson(r) + "\n";
    }

    /** Writes through a temporary file so a crash never leaves half a record behind. */
    public static void save(RunRecord record, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, write(record), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** @throws IOException naming the file and what is wrong with it */
    public static RunRecord load(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not a Coyotos run record: it is not UTF-8 text", e);
        }
        try {
            return read(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is not a Coyotos run record: " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException saying where and why the text is not a run record */
    public static RunRecord read(String json) {
        JsonObject object = parse(json);
        for (String key : REQUIRED) {
            if (!object.has(key) || object.get(key).isJsonNull()) {
                throw new IllegalArgumentException("the key \"" + key + "\" is missing");
            }
        }
        try {
            // bound from the text, not the tree, so that a wrong value is named by its line and column too
            return GSON.fromJson(reader(json), RunRecord.class);
        } catch (RuntimeException e) {
            // JsonParseException for a value of the wrong type; Gson's own wrapper for the record's checks
            throw new IllegalArgumentException(reason(e), e);
        }
    }

    private static JsonObject parse(String json) {
        try {
            JsonReader reader = reader(json);
            JsonElement tree = JsonParser.parseReader(reader);
            expectEnd(reader);
            if (!tree.isJsonObject()) {
                throw new IllegalArgumentException("expected a JSON object, found " + tree);
            }
            return tree.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(reason(e), e);
        }
    }

    private static JsonReader reader(String json) {
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.STRICT);
        return reader;
    }

    private static void expectEnd(JsonReader reader) {
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                return;
            }
        } catch (IOException e) {
            // what follows is not even JSON: still text after the record
        }
        Matcher at = Pattern.compile(" at line \\d+ column \\d+").matcher(reader.toString());
        throw new IllegalArgumentException("text after the record" + (at.find() ? at.group() : ""));
    }

    /**
     * What Gson says, where it says it: the message that names the path into the record (Gson's wrappers
     * add it around the innermost cause), without Java class names and without the line pointing to Gson's
     * troubleshooting guide, which is for programmers.
     */
    private static String reason(Throwable e) {
        String innermost = e.toString();
        String withPath = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                innermost = t.getMessage();
                withPath = withPath == null && innermost.contains(" path $") ? innermost : withPath;
            }
        }
        String message = withPath != null ? withPath : innermost;
        String first = message.lines().findFirst().orElse(message);
        return first.replaceFirst("^([a-z]\\w*\\.)+\\w+: ", "").replaceFirst("^For input string: ", "expected a number, found ");
    }
}
