package coyotos.studio.diagram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import coyotos.studio.diagram.DiagramConnection;

/**
 * The bundled GLSP client page in Debian's headless Chromium, driven by chromium/drive.mjs (Playwright), wired
 * to a real in-process server: drive.mjs prints the page's messages, this class feeds them to the server and
 * writes the server's answers back. Nothing is downloaded; a missing Chromium or driver fails with the fix.
 */
final class ChromiumPage {

    static final Path DRIVER_DIR = Path.of("chromium").toAbsolutePath();
    static final Path CLIENT_PAGE = Path.of("../../bundles/coyotos.studio.diagram.client/web/index.html")
            .toAbsolutePath().normalize();
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("COYOTOS_CHROMIUM", "/usr/bin/chromium"));

    record Outcome(JsonObject result, List<String> steps) {
    }

    static void checkInstalled() {
        require(Files.isExecutable(CHROMIUM), "Debian's Chromium is missing at " + CHROMIUM
                + ": apt-get install -y chromium (./studio test does this)");
        require(Files.isDirectory(DRIVER_DIR.resolve("node_modules/playwright-core")),
                "playwright-core is not installed in " + DRIVER_DIR + ": the Maven build runs npm ci there");
        require(Files.exists(CLIENT_PAGE), "the client page was not built: " + CLIENT_PAGE);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    static Outcome run(String scenario, String diagramType, String sourceUri, String processId, Path shots)
            throws IOException, InterruptedException {
        String url = CLIENT_PAGE.toUri() + "?diagramType=" + encode(diagramType) + "&sourceUri=" + encode(sourceUri)
                + "&clientId=chromium-" + scenario + (processId == null ? "" : "&process=" + encode(processId));
        Process node = new ProcessBuilder("node", "drive.mjs", url, scenario, shots.toString())
                .directory(DRIVER_DIR.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Writer toDriver = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
        List<String> steps = new ArrayList<>();
        JsonObject result = null;
        String error = null;
        try (DiagramConnection server = new DiagramConnection(message -> send(toDriver, message));
                BufferedReader fromDriver = new BufferedReader(
                        new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = fromDriver.readLine(); line != null; line = fromDriver.readLine()) {
                JsonObject message = JsonParser.parseString(line).getAsJsonObject();
                if (message.has("toServer")) {
                    server.fromPage(message.get("toServer").getAsString());
                } else if (message.has("step")) {
                    steps.add(message.get("step").getAsString());
                } else if (message.has("result")) {
                    result = message.getAsJsonObject("result");
                } else if (message.has("error")) {
                    error = message.get("error").getAsString();
                }
            }
        } finally {
            if (!node.waitFor(30, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        }
        if (error != null || result == null) {
            throw new AssertionError("the page in Chromium failed: " + error + "; steps: " + steps);
        }
        return new Outcome(result, steps);
    }

    private static void send(Writer toDriver, String message) {
        JsonObject line = new JsonObject();
        line.addProperty("toClient", message);
        synchronized (toDriver) {
            try {
                toDriver.write(line + "\n");
                toDriver.flush();
            } catch (IOException e) {
                // the driver has exited; its exit status and output tell why
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private ChromiumPage() {
    }
}
