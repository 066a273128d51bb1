package coyotos.studio.diagram.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import coyotos.studio.model.ActivationDesign;
import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.Process;

/** A process node's second line says which fault handler it has; an activation handler reads as a what-if. */
class ProcessDetailTest {

    @Test
    void activationHandlerIsLabelledAWhatIf() {
        Process p = CoyotosFactory.eINSTANCE.createProcess();
        assertEquals("running · no handler", ProcessLayoutContent.processDetail(p));
        ActivationHandler a = CoyotosFactory.eINSTANCE.createActivationHandler();
        p.setActivationHandler(a);
        assertEquals("running · activation handler (what-if, draft-0.5)", ProcessLayoutContent.processDetail(p));
        a.setDesign(ActivationDesign.SEED_2007);
        assertEquals("running · activation handler (what-if, seed-2007)", ProcessLayoutContent.processDetail(p));
        // a program's own handler: the simulator's register-level convention, a what-if too
        p.setProgramImage("app.elf");
        assertEquals("running · activation handler (what-if, seed-2007, register level)",
                ProcessLayoutContent.processDetail(p));
    }
}
