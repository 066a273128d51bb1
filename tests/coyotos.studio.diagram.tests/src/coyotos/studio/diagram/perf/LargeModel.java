package coyotos.studio.diagram.perf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.GptCapability;
import coyotos.studio.model.Process;
import coyotos.studio.model.io.CoyotosModel;

/**
 * A system of client/server pairs big enough to load a diagram: per group a server process, its endpoint,
 * a client holding an entry capability to it, and one address-space GPT each. Five diagram nodes and five edges per group.
 */
public final class LargeModel {

    public static Path write(Path dir, int groups) throws IOException {
        CoyotosFactory f = CoyotosFactory.eINSTANCE;
        CoyotosSystem system = f.createCoyotosSystem();
        system.setName("large-" + groups);
        for (int g = 0; g < groups; g++) {
            Process server = process(system, "server-" + g);
            Process client = process(system, "client-" + g);
            Endpoint endpoint = f.createEndpoint();
            endpoint.setName("ep-" + g);
            endpoint.setEndpointId(g + 1);
            endpoint.setRecipient(server);
            system.getObjects().add(endpoint);
            var register = f.createCapRegister();
            register.setIndex(1);
            EntryCapability entry = f.createEntryCapability();
            entry.setTarget(endpoint);
            register.setCap(entry);
            client.getRegisters().add(register);
            EntryCapability handler = f.createEntryCapability();
            handler.setTarget(endpoint);
            client.setHandler(handler);
        }
        Path file = dir.resolve("large-" + groups + ".coyotos");
        Resource resource = CoyotosModel.newResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(system);
        resource.save(Map.of());
        return file;
    }

    private static Process process(CoyotosSystem system, String name) {
        CoyotosFactory f = CoyotosFactory.eINSTANCE;
        Process process = f.createProcess();
        process.setName(name);
        Gpt space = f.createGpt();
        space.setName(name + "-space");
        space.setL2v(12);
        system.getObjects().add(space);
        GptCapability cap = f.createGptCapability();
        cap.setTarget(space);
        cap.setL2g(16);
        process.setAddressSpace(cap);
        system.getObjects().add(process);
        return process;
    }

    private LargeModel() {
    }
}
