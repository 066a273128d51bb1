package coyotos.studio.mkimage.ui.internal.wizards;

import coyotos.studio.mkimage.MkiExport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ResourceSelectionDialog;

/** Which model to write and where: the .mki file's name is the module's name (mkimage finds module M as M.mki). */
final class MkiExportPage extends WizardPage {
    private Text model;
    private Text output;
    private final IFile initial;

    MkiExportPage(IFile initial) {
        super("mkimage");
        this.initial = initial;
        setTitle("Export as an mkimage Module");
        setDescription("Writes the model as a .mki module that mkimage builds and Coyotos Studio imports back.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText("&Model (.coyotos):");
        model = new Text(c, SWT.BORDER);
        model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browseModel = new Button(c, SWT.PUSH);
        browseModel.setText("&Browse...");
        browseModel.addListener(SWT.Selection, e -> {
            ResourceSelectionDialog d = new ResourceSelectionDialog(getShell(), ResourcesPlugin.getWorkspace().getRoot(),
                    "Model to export:");
            if (d.open() == ResourceSelectionDialog.OK && d.getResult().length > 0 && d.getResult()[0] instanceof IFile f) {
                model.setText(f.getFullPath().toString());
            }
        });
        new Label(c, SWT.NONE).setText("&To (.mki):");
        output = new Text(c, SWT.BORDER);
        output.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browseOut = new Button(c, SWT.PUSH);
        browseOut.setText("B&rowse...");
        browseOut.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setFilterExtensions(new String[] {"*.mki"});
            String f = d.open();
            if (f != null) {
                output.setText(f);
            }
        });
        model.addModifyListener(e -> {
            IFile f = modelFile();
            if (f != null && f.getLocation() != null) {
                output.setText(f.getLocation().removeFileExtension().addFileExtension("mki").toOSString());
            }
            validate();
        });
        output.addModifyListener(e -> validate());
        if (initial != null) {
            model.setText(initial.getFullPath().toString());
        }
        setControl(c);
        validate();
    }

    private void validate() {
        String problem = null;
        Path out = output();
        if (modelFile() == null) {
            problem = "Choose a .coyotos model of the workspace.";
        } else if (out == null || !out.getFileName().toString().endsWith(".mki")) {
            problem = "The module file must end in .mki.";
        } else {
            problem = MkiExport.checkModuleName(MkiExport.moduleNameFor(out));
            if (problem == null && out.toAbsolutePath().getParent() != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
                problem = out.toAbsolutePath().getParent() + " is not a folder.";
            }
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    IFile modelFile() {
        String s = model.getText().trim();
        if (s.isEmpty()) {
            return null;
        }
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(s));
        return r instanceof IFile f && "coyotos".equals(f.getFileExtension()) ? f : null;
    }

    Path output() {
        String s = output.getText().trim();
        return s.isEmpty() ? null : Path.of(s);
    }

    void fill(IFile modelFile, Path to) {
        model.setText(modelFile.getFullPath().toString());
        output.setText(to.toString());
    }
}
