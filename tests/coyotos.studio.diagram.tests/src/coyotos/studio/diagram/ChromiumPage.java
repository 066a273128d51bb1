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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;


/**
 * The bundled GLSP client page in Debian's headless Chromium, driven by chromium/drive.mjs (Playwright), wired
 * to a real in-process server: drive.mjs prints the page's messages, this class feeds them to the server and
 * writes the server's answers back. Nothing is downloaded; a missing Chromium or driver fails with the fix.
 */
public final class ChromiumPage {

    static final Path DRIVER_DIR = Path.of("chromium").toAbsolutePath();
    static final Path CLIENT_PAGE = Path.of("../../bundles/coyotos.studio.diagram.client/web/index.html")
            .toAbsolutePath().normalize();
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("COYOTOS_CHROMIUM", "/usr/bin/chromium"));

    /**
     * What the scenario returned and the steps it took; {@code serverMillis} is how long the server took from
     * the page's requestModel to sending the first model, {@code serverCpuMillis} the CPU time this JVM spent
     * from requestModel until the page reported the model drawn (all its threads, JIT and GC included; -1 when
     * the scenario reports no drawing or /proc cannot be read), and
     * {@code modelChars} the size of the first model message.
     */
    public record Outcome(JsonObject result, List<String> steps, long serverMillis, long serverCpuMillis,
            int modelChars) {

        /**
         * The render scenario's figures in a line: page load to drawn, and where that time went (the page's
         * start-up, the server and the bridge, handing the model to the page, the page building and drawing it).
         * Wall times grow with whatever else runs on the machine; the CPU times are the figures to compare.
         */
        public String drawingFigures() {
            long ready = result.get("readyMillis").getAsLong();
            long requested = result.get("requestModelMillis").getAsLong();
            long arrived = result.get("modelArrivedMillis").getAsLong();
            long delivered = result.get("modelDeliveredMillis").getAsLong();
            return "page loaded to drawn " + ready + " ms: page to requestModel " + requested + " ms, server and "
                    + "bridge " + (arrived - requested) + " ms (the server from requestModel to sending the model "
                    + serverMillis + " ms, " + String.format("%,d", modelChars) + " characters), handing the model "
                    + "to the page " + (delivered - arrived) + " ms, page building and drawing it "
                    + (ready - delivered) + " ms; CPU: server " + serverCpuMillis + " ms, page "
                    + result.get("pageCpuMillis").getAsLong() + " ms to drawn, "
                    + result.get("settledCpuMillis").getAsLong() + " ms to a second after it; drawings of the "
                    + "diagram by then: " + result.get("drawings").getAsInt();
        }
    }

    /** When the page asked for the model and when the first model went back, and how big it was. */
    private static final class ModelTiming {
        volatile long requested;
        volatile long answered;
        volatile long cpuRequested;
        volatile long cpuDrawn;
        volatile int chars;
    }

    /** CPU time this JVM has used (Linux: utime + stime of /proc/self/stat, in 10 ms ticks). */
    private static long processCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    public static void checkInstalled() {
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

    public static Outcome run(String scenario, String diagramType, String sourceUri, String processId, Path shots)
            throws IOException, InterruptedException {
        return run(scenario, diagramType, sourceUri, processId, shots, Map.of());
    }

    /** {@code scenarioArgs} go into the page URL too, for the scenario to read (the page ignores them). */
    static Outcome run(String scenario, String diagramType, String sourceUri, String processId, Path shots,
            Map<String, String> scenarioArgs) throws IOException, InterruptedException {
        StringBuilder args = new StringBuilder();
        scenarioArgs.forEach((key, value) -> args.append('&').append(encode(key)).append('=').append(encode(value)));
        String url = CLIENT_PAGE.toUri() + "?diagramType=" + encode(diagramType) + "&sourceUri=" + encode(sourceUri)
                + "&clientId=chromium-" + scenario + (processId == null ? "" : "&process=" + encode(processId)) + args;
        Process node = new ProcessBuilder("node", "drive.mjs", url, scenario, shots.toString())
                .directory(DRIVER_DIR.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Writer toDriver = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
        List<String> steps = new ArrayList<>();
        JsonObject result = null;
        String error = null;
        ModelTiming timing = new ModelTiming();
        try (DiagramConnection server = new DiagramConnection(message -> {
            if (timing.answered == 0 && message.contains("\"newRoot\"")) {
                timing.answered = System.nanoTime();
                timing.chars = message.length();
            }
            send(toDriver, message);
        });
                BufferedReader fromDriver = new BufferedReader(
                        new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = fromDriver.readLine(); line != null; line = fromDriver.readLine()) {
                JsonObject message = JsonParser.parseString(line).getAsJsonObject();
                if (message.has("toServer")) {
                    String toServer = message.get("toServer").getAsString();
                    if (timing.requested == 0 && toServer.contains("\"requestModel\"")) {
                        timing.requested = System.nanoTime();
                        timing.cpuRequested = processCpuMillis();
                    }
                    server.fromPage(toServer);
                } else if (message.has("step")) {
                    steps.add(message.get("step").getAsString());
                    if ("drawn".equals(message.get("step").getAsString())) {
                        timing.cpuDrawn = processCpuMillis();
                    }
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
        return new Outcome(result, steps, (timing.answered - timing.requested) / 1_000_000,
                timing.cpuDrawn > 0 && timing.cpuRequested > 0 ? timing.cpuDrawn - timing.cpuRequested : -1,
                timing.chars);
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
