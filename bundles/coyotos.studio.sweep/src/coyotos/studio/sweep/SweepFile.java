package coyotos.studio.sweep;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A saved sweep configuration, {@code NAME.sweep}: the model (relative to the file) and the axes as written,
 * with what every point shares. {@code ./studio sweep NAME.sweep} runs it; the JSON reads
 * <pre>{"model": "handler-scaling.coyotos", "vary": ["design=...", "replicate=1..64"], "profile": null, "kernel": null, "seed": null}</pre>
 */
public record SweepFile(Path model, SweepSpec spec) {
    public static final String EXTENSION = ".sweep";

    public static SweepFile read(Path file) throws SweepException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SweepException("cannot read " + file + ": " + e.getMessage());
        }
        try {
            JsonElement e = JsonParser.parseString(text);
            if (!e.isJsonObject()) {
                throw new SweepException(file + " is not a sweep configuration: it holds no JSON object.");
            }
            JsonObject o = e.getAsJsonObject();
            if (!o.has("model") || !o.has("vary") || !o.get("vary").isJsonArray()) {
                throw new SweepException(file + " is not a sweep configuration: it needs \"model\" and a \"vary\" list.");
            }
            List<String> vary = new ArrayList<>();
            for (JsonElement v : o.getAsJsonArray("vary")) {
                vary.add(v.getAsString());
            }
            Path model = file.toAbsolutePath().getParent().resolve(o.get("model").getAsString()).normalize();
            SweepSpec spec;
            try {
                spec = SweepSpec.parse(vary, string(o, "profile"), string(o, "kernel"),
                        o.has("seed") && !o.get("seed").isJsonNull() ? o.get("seed").getAsLong() : null);
            } catch (SweepException bad) {
                throw new SweepException(file + ": " + bad.getMessage());
            }
            return new SweepFile(model, spec);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NumberFormatException e) {
            throw new SweepException(file + " is not a readable sweep configuration (" + e.getMessage() + ").");
        }
    }

    /** The configuration as a {@code .sweep} file's text, with the model relative to {@code dir}. */
    public static String write(Path dir, Path model, SweepSpec spec) {
        JsonObject o = new JsonObject();
        o.addProperty("model", dir.toAbsolutePath().relativize(model.toAbsolutePath()).toString());
        JsonArray vary = new JsonArray();
        spec.vary().forEach(vary::add);
        o.add("vary", vary);
        o.addProperty("profile", spec.profile());
        o.addProperty("kernel", spec.kernel());
        o.addProperty("seed", spec.seed());
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
