package coyotos.studio.mkimage.ui.internal.wizards;

import java.nio.file.Path;
import org.eclipse.core.resources.IFile;

/** Access to the wizards' pages from the tests (same package, the fragment's). */
public final class WizardsForTests {
    private WizardsForTests() {
    }

    public static String error(MkiImportWizard w) {
        return String.valueOf(w.page().getErrorMessage());
    }

    public static String error(MkiExportWizard w) {
        return String.valueOf(w.page().getErrorMessage());
    }

    public static void exportTo(MkiExportWizard w, IFile model, Path to) {
        w.page().fill(model, to);
    }
}
