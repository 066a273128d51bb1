package coyotos.studio.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Coyotos perspective: models on the left, the editor in the middle, what the model says about itself
 * (Outline, Properties) on the right and what a run or a validation says about it (Problems, results) below.
 */
public class CoyotosPerspective implements IPerspectiveFactory {

    public static final String ID = "coyotos.studio.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);

        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.72f, editors);
        right.addView(IPageLayout.ID_OUTLINE);

        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editors);
        bottom.addView(StudioViews.RESULTS);
        bottom.addView(StudioViews.COSTS);
        bottom.addView(StudioViews.TIMELINE);
        bottom.addView(StudioViews.TRACE);
        bottom.addView(StudioViews.COMPARE);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);

        for (String view : new String[] { StudioViews.RESULTS, StudioViews.COSTS, StudioViews.TIMELINE,
                StudioViews.TRACE, StudioViews.COMPARE }) {
            layout.addShowViewShortcut(view);
        }
        layout.addActionSet(org.eclipse.debug.ui.IDebugUIConstants.LAUNCH_ACTION_SET);
        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addNewWizardShortcut("coyotos.studio.ui.wizards.newModel");
        layout.addNewWizardShortcut("coyotos.studio.ui.wizards.examples");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
    }
}
