package coyotos.studio.diagram.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The layout file beside a model: {@code name.coyotos} keeps its diagram positions in
 * {@code name.coyotos.layout}, a small sorted JSON document. Reading never fails: a missing file means "lay
 * out afresh", a corrupt one is set aside (renamed {@code .layout.corrupt}) and the user is told.
 */
public final class LayoutFile {

    public static final String FORMAT = "coyotos-diagram-layout/1";
    public static final String SUFFIX = ".layout";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    public static Path beside(Path model) {
        return model.resolveSibling(model.getFileName() + SUFFIX);
    }

    public static DiagramLayout read(Path file) {
        DiagramLayout layout = new DiagramLayout();
        if (!Files.exists(file)) {
            return layout;
        }
        try {
            JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            if (!FORMAT.equals(root.has("format") ? root.get("format").getAsString() : null)) {
                throw new JsonParseException("it is not a " + FORMAT + " document");
            }
            for (Map.Entry<String, JsonElement> diagram : root.getAsJsonObject("diagrams").entrySet()) {
                for (Map.Entry<String, JsonElement> node : diagram.getValue().getAsJsonObject().entrySet()) {
                    JsonArray b = node.getValue().getAsJsonArray();
                    layout.put(diagram.getKey(), node.getKey(), new Bounds(b.get(0).getAsDouble(),
                            b.get(1).getAsDouble(), b.get(2).getAsDouble(), b.get(3).getAsDouble()));
                }
            }
        } catch (IOException | RuntimeException e) {
            DiagramLayout fresh = new DiagramLayout();
            fresh.setNotice("The diagram layout " + file.getFileName() + " could not be read (" + reason(e)
                    + "); the diagrams were laid out afresh" + setAside(file) + ".");
            return fresh;
        }
        return layout;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    }

    private static String setAside(Path file) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return " and the unreadable file kept as " + aside.getFileName();
        } catch (IOException e) {
            return "";
        }
    }

    /** Writes all positions, atomically (a crash never leaves half a layout file). */
    public static void write(DiagramLayout layout, Path file) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        JsonObject diagrams = new JsonObject();
        for (String diagram : layout.diagrams()) {
            JsonObject nodes = new JsonObject();
            layout.positions(diagram).forEach((id, b) -> {
                JsonArray values = new JsonArray();
                values.add(round(b.x()));
                values.add(round(b.y()));
                values.add(round(b.width()));
                values.add(round(b.height()));
                nodes.add(id, values);
            });
            diagrams.add(diagram, nodes);
        }
        root.add("diagrams", diagrams);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, GSON.toJson(root) + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private LayoutFile() {
    }
}
