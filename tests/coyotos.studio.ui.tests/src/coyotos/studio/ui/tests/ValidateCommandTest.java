package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import coyotos.studio.ui.internal.validation.ModelMarkers;
import coyotos.studio.ui.internal.validation.ValidationJob;

/** Edit &gt; Validate Model is shown while a model editor is open; it must validate it whatever view has the focus. */
class ValidateCommandTest extends ExampleProjectTest {

    @Test
    void validateModelWithProblemsViewActiveValidatesTheEditor() throws Exception {
        IFile file = project.getFile("seed-external-own-space.coyotos");
        IDE.openEditor(Workbench.page(), file);
        Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Workbench.processEvents();
        assertEquals(IPageLayout.ID_PROBLEM_VIEW, Workbench.page().getActivePartReference().getId());
        assertEquals(0, file.findMarkers(ModelMarkers.TYPE, true, IResource.DEPTH_ZERO).length);

        Workbench.page().getWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand("coyotos.studio.ui.validate", null);
        Workbench.joinJobs(ValidationJob.FAMILY, 30_000);
        assertTrue(file.findMarkers(ModelMarkers.TYPE, true, IResource.DEPTH_ZERO).length > 0,
                "the active model editor was validated");
    }
}
