package coyotos.studio.ui.tests;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.ui.internal.wizards.ExampleModels;

/** A test that starts with the example project in the workspace and leaves no editor or project behind. */
@ExtendWith(NoLoggedErrors.class)
abstract class ExampleProjectTest {

    protected IProject project;

    @BeforeEach
    void createExamples() throws Exception {
        project = ExampleModels.createProject(new NullProgressMonitor());
    }

    @AfterEach
    void closeEditorsAndProject() throws Exception {
        Workbench.page().closeAllEditors(false);
        project.delete(true, true, null);
    }
}
