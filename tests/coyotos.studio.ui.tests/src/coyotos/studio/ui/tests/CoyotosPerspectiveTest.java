package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.ui.internal.CoyotosPerspective;
import coyotos.studio.ui.internal.StudioViews;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.views.SimulationResultsView;

/** Runs inside a real workbench (UI harness): the perspective opens with the views a modeler expects. */
@ExtendWith(NoLoggedErrors.class)
class CoyotosPerspectiveTest {

    @Test
    void perspectiveOpensWithItsViews() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the UI harness gives a workbench window");
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(CoyotosPerspective.ID, window);
        assertEquals(CoyotosPerspective.ID, page.getPerspective().getId());

        for (String id : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
                IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE, StudioViews.RESULTS }) {
            assertNotNull(page.findViewReference(id), "the Coyotos perspective lays out " + id);
        }
    }

    @Test
    void resultsViewSaysThereAreNoRunsYet() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(CoyotosPerspective.ID, window);
        RunLibrary.get().clear();
        IViewPart view = page.showView(StudioViews.RESULTS);
        assertTrue(view instanceof SimulationResultsView);
        SimulationResultsView results = (SimulationResultsView) view;
        Workbench.waitUntil("the view says \"No simulation results yet.\"", 10_000,
                () -> results.statusText().equals("No simulation results yet."));
        assertEquals(0, results.runCount());
    }
}
