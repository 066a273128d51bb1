package coyotos.studio.mkimage.ui.internal.editor;

import coyotos.studio.mkimage.MkiSyntax;
import coyotos.studio.mkimage.MkiSyntax.Definition;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The module's definitions (imports, defs, functions, enums and capregs with their constants); a click goes there. */
final class MkiOutlinePage extends ContentOutlinePage {
    private final MkiEditor editor;
    private MkiSyntax.Analysis shown;

    MkiOutlinePage(MkiEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof MkiSyntax.Analysis a ? a.outline().toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof Definition d ? d.children().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Definition d && !d.children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Definition d ? label(d) : super.getText(element);
            }
        });
        viewer.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof Definition d) {
                editor.reveal(d.offset(), d.length());
            }
        });
        if (shown != null) {
            viewer.setInput(shown);
            viewer.expandAll();
        }
    }

    /** How a definition reads in the Outline: {@code def bank (export)}, {@code capreg APP}, {@code FIRST}. */
    static String label(Definition d) {
        String kind = switch (d.kind()) {
            case IMPORT -> "import ";
            case DEF -> "def ";
            case FUNCTION -> "def ";
            case ENUM -> "enum ";
            case CAPREG -> "capreg ";
            default -> "";
        };
        String suffix = d.kind() == MkiSyntax.DefinitionKind.FUNCTION ? "()" : "";
        return kind + d.name() + suffix + (d.exported() && d.kind() != MkiSyntax.DefinitionKind.CONSTANT ? "  (export)" : "");
    }

    void show(MkiSyntax.Analysis a) {
        shown = a;
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(a);
            viewer.expandAll();
        }
    }

    /** What the Outline shows (for tests). */
    MkiSyntax.Analysis shown() {
        return shown;
    }
}
