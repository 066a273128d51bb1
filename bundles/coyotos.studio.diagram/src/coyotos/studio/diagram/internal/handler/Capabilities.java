package coyotos.studio.diagram.internal.handler;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.CapPage;
import coyotos.studio.model.Capability;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.Page;
import coyotos.studio.model.Process;

/** The capability that designates an object, as a new user-drawn edge makes it (full rights, no guard). */
final class Capabilities {

    static Capability memory(EObject target) {
        CoyotosFactory f = CoyotosFactory.eINSTANCE;
        if (target instanceof Gpt gpt) {
            var cap = f.createGptCapability();
            cap.setTarget(gpt);
            return cap;
        }
        if (target instanceof Page page) {
            var cap = f.createPageCapability();
            cap.setTarget(page);
            return cap;
        }
        if (target instanceof CapPage capPage) {
            var cap = f.createCapPageCapability();
            cap.setTarget(capPage);
            return cap;
        }
        return null;
    }

    static Capability entry(Endpoint endpoint) {
        var cap = CoyotosFactory.eINSTANCE.createEntryCapability();
        cap.setTarget(endpoint);
        return cap;
    }

    static Capability process(Process process) {
        var cap = CoyotosFactory.eINSTANCE.createProcessCapability();
        cap.setTarget(process);
        return cap;
    }

    private Capabilities() {
    }
}
