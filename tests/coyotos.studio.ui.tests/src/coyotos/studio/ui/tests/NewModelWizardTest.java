package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.model.validation.RuleEngine;
import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.ui.internal.wizards.NewModelWizard;

/** File > New > Coyotos Model creates a model that loads and breaks no rule. */
@ExtendWith(NoLoggedErrors.class)
class NewModelWizardTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-test");
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.page().closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void emptyModelIsValidAndOpens() {
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            WizardNewFileCreationPage page = (WizardNewFileCreationPage) wizard.getPages()[0];
            page.setContainerFullPath(project.getFullPath());
            page.setFileName("fresh.coyotos");
            assertTrue(wizard.canFinish(), "a name in a project is all the wizard needs");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        IFile file = project.getFile("fresh.coyotos");
        assertTrue(file.exists());
        ModelLoader.Result loaded = new ModelLoader()
                .load(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
        assertNotNull(loaded.system());
        assertTrue(RuleEngine.INSTANCE.check(loaded.system()).stream().noneMatch(f -> f.severity() == Diagnostic.ERROR),
                "a new model breaks no rule");
        assertNotNull(Workbench.page().findEditor(new org.eclipse.ui.part.FileEditorInput(file)),
                "the new model opens in the editor");
    }
}
