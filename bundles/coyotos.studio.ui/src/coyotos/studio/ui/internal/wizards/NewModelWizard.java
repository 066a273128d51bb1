package coyotos.studio.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.SimulationSetup;
import coyotos.studio.model.io.CoyotosModel;

/** File &gt; New &gt; Coyotos Model: an empty system, or a copy of one of the shipped examples. */
public class NewModelWizard extends Wizard implements INewWizard {

    static final String EMPTY = "Empty system";

    private IStructuredSelection selection;
    private IWorkbench workbench;
    private ModelFilePage page;

    public NewModelWizard() {
        setWindowTitle("New Coyotos Model");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
    }

    @Override
    public void addPages() {
        page = new ModelFilePage(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            try {
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
            } catch (PartInitException e) {
                page.setErrorMessage("Created " + file.getName() + " but could not open it: " + e.getMessage());
            }
        }
        return true;
    }

    /** The contents of a new, empty model named after its file: a system with a default simulation setup. */
    static byte[] emptyModel(String name) throws IOException {
        CoyotosSystem system = CoyotosFactory.eINSTANCE.createCoyotosSystem();
        system.setName(name);
        SimulationSetup setup = CoyotosFactory.eINSTANCE.createSimulationSetup();
        system.setSimulation(setup);
        Resource resource = CoyotosModel.newResourceSet().createResource(URI.createURI("new.coyotos"));
        resource.getContents().add(system);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of());
        return out.toByteArray();
    }

    static final class ModelFilePage extends WizardNewFileCreationPage {
        private Combo template;
        private final List<String> choices = new ArrayList<>();

        ModelFilePage(IStructuredSelection selection) {
            super("model", selection);
            setTitle("Coyotos Model");
            setDescription("Create a .coyotos model: processes, GPT address spaces, endpoints and fault handlers.");
            setFileExtension("coyotos");
            setFileName("system.coyotos");
        }

        @Override
        protected void createAdvancedControls(Composite parent) {
            Composite row = new Composite(parent, SWT.NONE);
            row.setLayout(new GridLayout(2, false));
            row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            new Label(row, SWT.NONE).setText("&Start from:");
            template = new Combo(row, SWT.READ_ONLY);
            template.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            choices.add(EMPTY);
            choices.addAll(ExampleModels.modelPaths());
            choices.forEach(template::add);
            template.select(0);
        }

        @Override
        protected org.eclipse.core.runtime.IStatus validateLinkedResource() {
            return org.eclipse.core.runtime.Status.OK_STATUS;
        }

        @Override
        protected void createLinkTarget() {
            // no linked resources: the advanced area holds the template choice instead
        }

        @Override
        protected InputStream getInitialContents() {
            String choice = template == null ? EMPTY : choices.get(Math.max(template.getSelectionIndex(), 0));
            try {
                if (EMPTY.equals(choice)) {
                    String name = getFileName().replaceFirst("\\.coyotos$", "");
                    return new ByteArrayInputStream(emptyModel(name));
                }
                return ExampleModels.open(choice);
            } catch (IOException e) {
                setErrorMessage("Could not prepare the model: " + e.getMessage());
                return null;
            }
        }
    }
}
