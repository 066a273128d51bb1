package coyotos.studio.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;


/**
 * Plays the diagram page against a real in-process GLSP server: sends the JSON-RPC messages the TypeScript
 * client sends, and waits for the server's answers the way the page would, by their action kinds.
 */
final class TestPage implements AutoCloseable {

    private final DiagramConnection connection;
    private final List<JsonObject> received = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final String clientId = "test-client";

    TestPage() {
        connection = new DiagramConnection(this::receive);
    }

    private void receive(String message) {
        synchronized (received) {
            received.add(JsonParser.parseString(message).getAsJsonObject());
            received.notifyAll();
        }
    }

    /** Initializes the server and a client session, then asks for the model, as the GLSP client does. */
    void open(String diagramType, String sourceUri, String processId) {
        request("initialize", "{\"applicationId\":\"coyotos-tests\",\"protocolVersion\":\"1.0.0\"}");
        request("initializeClientSession", "{\"clientSessionId\":\"" + clientId + "\",\"diagramType\":\"" + diagramType
                + "\",\"clientActionKinds\":[\"setModel\",\"updateModel\",\"requestBounds\",\"setDirtyState\","
                + "\"setMarkers\",\"serverMessage\",\"setTypeHints\",\"setEditValidationResult\",\"setContextActions\"]}");
        String process = processId == null ? "" : ",\"process\":\"" + processId + "\"";
        int before = modelCount();
        dispatch("{\"kind\":\"requestModel\",\"options\":{\"sourceUri\":\"" + sourceUri + "\",\"diagramType\":\""
                + diagramType + "\"" + process + "}}");
        awaitModels(before + 1);
    }

    /** Sends an action and waits until the server has answered it with a new model. */
    void operate(String actionJson) {
        int before = modelCount();
        dispatch(actionJson);
        awaitModels(before + 1);
    }

    /** The models the server sent (SetModel, then UpdateModel after each change), the newest last. */
    List<JsonObject> models() {
        synchronized (received) {
            return received.stream().filter(m -> "process".equals(method(m)))
                    .map(m -> m.getAsJsonObject("params").getAsJsonObject("action"))
                    .filter(a -> a.has("newRoot")).toList();
        }
    }

    /** The graph the page shows now. */
    JsonObject lastModel() {
        List<JsonObject> all = models();
        return all.isEmpty() ? null : all.get(all.size() - 1).getAsJsonObject("newRoot");
    }

    int modelCount() {
        return models().size();
    }

    void awaitModels(int count) {
        await(() -> modelCount() >= count, count + " models (setModel/updateModel)");
    }

    void dispatch(String actionJson) {
        connection.fromPage("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"" + clientId
                + "\",\"action\":" + actionJson + "}}");
    }

    private void request(String method, String params) {
        int id = ids.incrementAndGet();
        connection.fromPage("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params
                + "}");
        await(() -> received.stream().anyMatch(m -> m.has("id") && m.get("id").getAsInt() == id),
                "the answer to " + method);
        JsonObject answer;
        synchronized (received) {
            answer = received.stream().filter(m -> m.has("id") && m.get("id").getAsInt() == id).findFirst()
                    .orElseThrow();
        }
        if (answer.has("error")) {
            throw new AssertionError(method + " failed: " + answer.get("error"));
        }
    }

    /** The actions the server sent to the page, of one kind, oldest first. */
    List<JsonObject> actions(String kind) {
        synchronized (received) {
            return received.stream().filter(m -> "process".equals(method(m)))
                    .map(m -> m.getAsJsonObject("params").getAsJsonObject("action"))
                    .filter(a -> kind.equals(a.get("kind").getAsString())).toList();
        }
    }

    JsonObject last(String kind) {
        List<JsonObject> all = actions(kind);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    int count(String kind) {
        return actions(kind).size();
    }

    void awaitCount(String kind, int count) {
        await(() -> count(kind) >= count, count + " '" + kind + "' actions");
    }

    /** Waits for an action of this kind that satisfies the condition. */
    void await(String kind, java.util.function.Predicate<JsonObject> condition) {
        await(() -> actions(kind).stream().anyMatch(condition), "a '" + kind + "' action as expected");
    }

    private static String method(JsonObject message) {
        return message.has("method") ? message.get("method").getAsString() : null;
    }

    private void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        synchronized (received) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("The server did not send " + what + " within 20 s; it sent: "
                            + received.stream().map(m -> m.has("params") && m.getAsJsonObject("params").has("action")
                                    ? m.getAsJsonObject("params").getAsJsonObject("action").get("kind").getAsString()
                                    : m.toString()).toList());
                }
                try {
                    received.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Override
    public void close() {
        connection.close();
    }
}
