package coyotos.studio.mkimage.ui.internal.wizards;

import coyotos.studio.mkimage.MkiImport;
import coyotos.studio.mkimage.ui.internal.ImportSettings;
import coyotos.studio.mkimage.ui.internal.SourceOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/**
 * What to import and how, in mkimage's terms: the .mki file, the target (-t), include directories (-I) and library
 * directories (-L), and where the model goes in the workspace.
 */
final class MkiImportPage extends WizardPage {
    private Text image;
    private Combo target;
    private PathList include;
    private PathList library;
    private Text folder;
    private Text name;
    private Path initialImage;

    MkiImportPage(Path initialImage) {
        super("mkimage");
        this.initialImage = initialImage;
        setTitle("Import a Coyotos System Image");
        setDescription("Runs the .mki module as mkimage would and opens the image as a Coyotos model.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        label(c, "&Image (.mki):");
        image = text(c, "The module to run: mkimage's command-line module, as a file");
        button(c, "&Browse...", () -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.mki", "*"});
            String f = d.open();
            if (f != null) {
                image.setText(f);
            }
        });
        label(c, "&Target (-t):");
        target = new Combo(c, SWT.READ_ONLY);
        target.setItems(MkiImport.TARGET);
        target.select(0);
        target.setToolTipText("Picks coyotos/TargetInfo/<target>.mki; Coyotos Studio builds i386 images");
        target.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        include = new PathList(c, "&Include directories (-I):",
                "Where imported modules are found: module a.b.c is a/b/c.mki in one of these (the image's own root comes first)");
        library = new PathList(c, "&Library directories (-L):", "Where loadimage and readfile find program and data files");
        label(c, "&Folder:");
        folder = text(c, "The workspace folder the model is written to");
        button(c, "B&rowse...", () -> {
            ContainerSelectionDialog d = new ContainerSelectionDialog(getShell(), null, false, "Folder for the model:");
            if (d.open() == ContainerSelectionDialog.OK && d.getResult().length > 0) {
                folder.setText(((IPath) d.getResult()[0]).toString());
            }
        });
        label(c, "&Model file:");
        name = text(c, "The .coyotos file to write");
        new Label(c, SWT.NONE);
        image.addModifyListener(e -> imageChanged());
        folder.addModifyListener(e -> validate());
        name.addModifyListener(e -> validate());
        if (initialImage != null) {
            image.setText(initialImage.toString());
        }
        setControl(c);
        validate();
    }

    /** A new image proposes a folder and name beside it (when it is in the workspace) and the project's options. */
    private void imageChanged() {
        Path p = imagePath();
        if (p != null) {
            IFile ws = SourceOpener.workspaceFile(p);
            if (ws != null) {
                folder.setText(ws.getParent().getFullPath().toString());
            }
            String base = p.getFileName().toString().replaceFirst("\\.mki$", "");
            name.setText(base + ".coyotos");
            MkiImport.Options o = ImportSettings.load(ws == null ? null : ws.getProject());
            include.set(o.includeDirs());
            library.set(o.libraryDirs());
        }
        validate();
    }

    private Path imagePath() {
        String s = image.getText().trim();
        return s.isEmpty() ? null : Path.of(s);
    }

    void validate() {
        String problem = null;
        Path p = imagePath();
        if (p == null) {
            problem = "Choose the .mki file of the image.";
        } else if (!Files.isRegularFile(p)) {
            problem = p + " is not a file.";
        } else if (destination() == null) {
            problem = folder.getText().isBlank() ? "Choose the workspace folder for the model."
                    : "'" + folder.getText() + "' is not a folder of the workspace.";
        } else if (!name.getText().endsWith(".coyotos") || name.getText().length() <= ".coyotos".length()) {
            problem = "The model file must end in .coyotos.";
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The workspace file to write, or null when the folder is not one. */
    IFile destination() {
        String f = folder.getText().trim();
        if (f.isEmpty() || name.getText().isBlank()) {
            return null;
        }
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(f));
        return r instanceof IContainer c && c.getType() != IResource.ROOT ? c.getFile(IPath.fromOSString(name.getText().trim())) : null;
    }

    Path image() {
        return imagePath();
    }

    MkiImport.Options options() {
        return new MkiImport.Options(target.getText(), include.get(), library.get());
    }

    /** For tests and the context-menu command: fill the page as a user would. */
    void fill(Path mki, java.util.List<Path> includeDirs, java.util.List<Path> libraryDirs, String destinationFolder,
            String modelName) {
        image.setText(mki.toString());
        include.set(includeDirs);
        library.set(libraryDirs);
        folder.setText(destinationFolder);
        name.setText(modelName);
    }

    private static void label(Composite c, String text) {
        Label l = new Label(c, SWT.NONE);
        l.setText(text);
    }

    private static Text text(Composite c, String tooltip) {
        Text t = new Text(c, SWT.BORDER);
        t.setToolTipText(tooltip);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    private static void button(Composite c, String text, Runnable action) {
        Button b = new Button(c, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
    }
}
