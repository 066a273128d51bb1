package coyotos.studio.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.part.ISetSelectionTarget;

/** File &gt; New &gt; Example... &gt; Coyotos Examples: the shipped example models as a workspace project. */
public class ExampleProjectWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;

    public ExampleProjectWizard() {
        setWindowTitle("Coyotos Examples");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        addPage(new WizardPage("examples", "Coyotos example models", null) {
            @Override
            public void createControl(Composite parent) {
                Composite body = new Composite(parent, SWT.NONE);
                body.setLayout(new GridLayout(1, false));
                Label text = new Label(body, SWT.WRAP);
                StringBuilder list = new StringBuilder("Creates the project '" + ExampleModels.PROJECT
                        + "' with these models:\n");
                ExampleModels.modelPaths().forEach(p -> list.append("\n  ").append(p));
                text.setText(list.toString());
                setDescription("The seed comparison of four fault-handler designs, a testHandler layout and an IPC pair.");
                setControl(body);
            }
        });
    }

    @Override
    public boolean performFinish() {
        IProject[] created = new IProject[1];
        try {
            getContainer().run(true, true, new WorkspaceModifyOperation() {
                @Override
                protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor)
                        throws org.eclipse.core.runtime.CoreException {
                    created[0] = ExampleModels.createProject(monitor);
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), "Coyotos Examples",
                    "Could not create the example project: " + e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        revealInExplorer(created[0]);
        return true;
    }

    private void revealInExplorer(IProject project) {
        if (workbench == null || workbench.getActiveWorkbenchWindow() == null) {
            return;
        }
        var page = workbench.getActiveWorkbenchWindow().getActivePage();
        var explorer = page == null ? null : page.findView(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER);
        if (explorer instanceof ISetSelectionTarget target) {
            IFile first = ExampleModels.modelPaths().stream().findFirst().map(project::getFile).orElse(null);
            target.selectReveal(new StructuredSelection(first != null ? first : project));
        }
    }
}
