package coyotos.studio.diagram.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;

import com.google.gson.Gson;
import com.google.gson.JsonParser;

import coyotos.studio.diagram.DiagramConnection;

/**
 * Carries the page's JSON-RPC messages to its in-process GLSP server and back, through browser functions and
 * script calls: no port is opened, so nothing outside this workbench can talk to the server.
 */
final class BrowserBridge implements AutoCloseable {

    private static final Gson GSON = new Gson();

    private final Browser browser;
    private final DiagramConnection connection;
    private final List<BrowserFunction> functions;

    BrowserBridge(Browser browser, Consumer<List<String>> onSelection, Consumer<String> onSvg) {
        this.browser = browser;
        this.connection = new DiagramConnection(this::toPage);
        functions = List.of(
                function("coyotosHostSend", args -> connection.fromPage((String) args[0])),
                function("coyotosHostSelection", args -> onSelection.accept(JsonParser.parseString((String) args[0])
                        .getAsJsonArray().asList().stream().map(e -> e.getAsString()).toList())),
                function("coyotosHostExportSvg", args -> onSvg.accept((String) args[0])),
                function("coyotosHostLog", args -> DiagramLog.fromPage(String.valueOf(args[0]),
                        args.length > 1 ? String.valueOf(args[1]) : "")));
    }

    private BrowserFunction function(String name, Consumer<Object[]> body) {
        return new BrowserFunction(browser, name) {
            @Override
            public Object function(Object[] arguments) {
                if (arguments.length > 0 && arguments[0] != null) {
                    body.accept(arguments);
                }
                return null;
            }
        };
    }

    /** From the server's threads: hand the message to the page on the UI thread, in order. */
    private void toPage(String message) {
        if (browser.isDisposed()) {
            return;
        }
        String script = "window.coyotosHostReceive && window.coyotosHostReceive(" + GSON.toJson(message) + ")";
        browser.getDisplay().asyncExec(() -> {
            if (!browser.isDisposed()) {
                browser.execute(script);
            }
        });
    }

    /** Runs a call of the page's window.coyotosDiagram API (toolbar buttons). */
    void call(String apiCall) {
        if (!browser.isDisposed()) {
            browser.execute("window.coyotosDiagram && window.coyotosDiagram." + apiCall);
        }
    }

    @Override
    public void close() {
        functions.forEach(f -> {
            if (!f.isDisposed()) {
                f.dispose();
            }
        });
        connection.close();
    }
}
