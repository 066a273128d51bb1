package coyotos.studio.diagram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

import com.google.inject.Guice;
import com.google.inject.Injector;

import coyotos.studio.diagram.internal.server.AddressSpaceModule;
import coyotos.studio.diagram.internal.server.ProcessLayoutModule;

/**
 * One diagram page's GLSP server, in process, spoken to one JSON-RPC message (a string) at a time. No socket:
 * the host (an SWT Browser's functions, or a test's Playwright page) carries the strings, so nothing listens
 * on the network. Messages from the page are handled in arrival order on a thread of their own.
 */
public final class DiagramConnection implements AutoCloseable {

    private final GLSPServer server;
    private final MessageJsonHandler json;
    private final RemoteEndpoint endpoint;
    private final ExecutorService incoming;

    public DiagramConnection(Consumer<String> toPage) {
        Injector injector = Guice.createInjector(new ServerModule()
                .configureDiagramModule(new ProcessLayoutModule())
                .configureDiagramModule(new AddressSpaceModule()));
        server = injector.getInstance(GLSPServer.class);
        ServerGsonConfigurator gson = injector.getInstance(ServerGsonConfigurator.class);
        Map<String, JsonRpcMethod> methods = new LinkedHashMap<>(ServiceEndpoints.getSupportedMethods(GLSPServer.class));
        methods.putAll(ServiceEndpoints.getSupportedMethods(GLSPClient.class));
        json = new MessageJsonHandler(methods, gson::configureGsonBuilder);
        endpoint = new RemoteEndpoint(message -> toPage.accept(json.serialize(message)),
                ServiceEndpoints.toEndpoint(server));
        json.setMethodProvider(endpoint);
        server.connect(ServiceEndpoints.toServiceObject(endpoint, GLSPClient.class));
        incoming = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "Coyotos diagram connection");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A message from the page; returns at once. */
    public void fromPage(String message) {
        incoming.execute(() -> {
            Message parsed = json.parseMessage(message);
            endpoint.consume(parsed);
        });
    }

    /**
     * Returns at once: shutting GLSP down waits for the session's pending actions, and one of those may be
     * waiting for the very thread that closes the page (the UI thread, where the model lives).
     */
    @Override
    public void close() {
        incoming.shutdownNow();
        Thread shutdown = new Thread(server::shutdown, "Coyotos diagram shutdown");
        shutdown.setDaemon(true);
        shutdown.start();
    }
}
