package coyotos.studio.ui.internal.editor;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import coyotos.studio.diagram.ui.DiagramPage;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.ui.internal.emf.ItemPropertySourceProvider;
import coyotos.studio.ui.internal.emf.ItemProviderContentProvider;
import coyotos.studio.ui.internal.emf.ItemProviderLabelProvider;
import coyotos.studio.ui.internal.validation.ModelMarkers;
import coyotos.studio.ui.internal.validation.ValidationJob;

/**
 * The .coyotos editor. Its first page is the model as a tree; the Properties view and the Outline follow its
 * selection; all changes are EMF commands on one stack, so Edit &gt; Undo/Redo and the dirty state cover every
 * way of changing the model. A file that does not load gets a page that says why, and is never written. The
 * editor follows its file ({@link FileFollower}) and validates in the background ({@link ValidationJob}).
 */
public class CoyotosModelEditor extends MultiPageEditorPart
        implements IEditingDomainProvider, IGotoMarker, FileFollower.Followed {

    public static final String ID = "coyotos.studio.ui.editor";

    private ModelEditingDomain model;
    private ModelLoader.Result loaded;
    private TreeViewer tree;
    private CommandStackActions undoRedo;
    private ModelTreeMenu treeMenu;
    private ModelOutlinePage outline;
    private DiagramPages diagrams;
    private PropertySheetPage propertySheet;
    private IActionBars propertySheetBars;
    private FileFollower follower;
    private final PageSelection selection = new PageSelection();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        setPartName(input.getName());
        openModel();
        follower = new FileFollower(this, site.getShell().getDisplay());
        site.getPage().addPartListener(follower);
    }

    /** Loads the input's model into a new editing domain (first open, and every reload). */
    private void openModel() throws PartInitException {
        model = new ModelEditingDomain(this::mayEdit);
        loaded = new ModelLoader(model.domain().getResourceSet()).load(uriOf(getEditorInput()));
        undoRedo = new CommandStackActions(model.commandStack());
        model.commandStack().addCommandStackListener(e -> getSite().getShell().getDisplay().asyncExec(() -> {
            firePropertyChange(PROP_DIRTY);
            refreshPropertySheet();
        }));
    }

    private static URI uriOf(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fileInput) {
            return URI.createPlatformResourceURI(fileInput.getFile().getFullPath().toString(), true);
        }
        if (input instanceof IURIEditorInput uriInput) {
            return URI.createURI(uriInput.getURI().toString());
        }
        throw new PartInitException("Cannot open " + input.getName() + ": not a file.");
    }

    @Override
    protected void createPages() {
        if (loaded.hasErrors() || loaded.system() == null) {
            int index = addPage(LoadFailurePage.create(getContainer(), getEditorInput().getName(), loaded.diagnostics()));
            setPageText(index, "Problems");
            writeLoadMarkers();
            return;
        }
        int index = addPage(createTreePage(getContainer()));
        setPageText(index, "Model");
        diagrams = new DiagramPages(model, loaded.resource(), file(), getSite().getShell().getDisplay(),
                () -> doSave(null));
        setPageText(addPage(diagrams.processLayout(getContainer()).control()), "Process Layout");
        setPageText(addPage(diagrams.addressSpace(getContainer()).control()), "Address Space");
        undoRedo.install(getEditorSite().getActionBars());
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), treeMenu.delete);
    }

    private Composite createTreePage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new org.eclipse.swt.layout.FillLayout());
        tree = new TreeViewer(page, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        tree.setContentProvider(new ItemProviderContentProvider(model.adapterFactory()));
        tree.setLabelProvider(new ItemProviderLabelProvider(model.adapterFactory(), tree.getControl()));
        tree.setUseHashlookup(true);
        tree.setInput(loaded.resource());
        tree.expandToLevel(2);
        selection.showing(tree);
        getSite().setSelectionProvider(selection);

        treeMenu = new ModelTreeMenu(model.domain(), tree);
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(treeMenu::fill);
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
        getSite().registerContextMenu(menu, tree);
        return page;
    }

    @Override
    protected void pageChange(int newPageIndex) {
        super.pageChange(newPageIndex);
        if (diagrams == null) {
            return;
        }
        if (newPageIndex == 0) {
            selection.showing(tree);
        } else {
            DiagramPage page = diagrams.pages().get(newPageIndex - 1);
            page.show();
            selection.showing(page.selection());
        }
    }

    /** Brings the diagram page of this kind to the front (starting its browser); null if the file did not load. */
    public DiagramPage showDiagram(String diagramType) {
        List<DiagramPage> pages = diagramPages();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).diagramType().equals(diagramType)) {
                setActivePage(i + 1);
                return pages.get(i);
            }
        }
        return null;
    }

    /** The diagram pages (Process Layout, Address Space), empty when the file did not load. */
    public List<DiagramPage> diagramPages() {
        return diagrams == null ? List.of() : diagrams.pages();
    }

    /** The tree viewer of the Model page, or null when the file did not load. */
    public TreeViewer treeViewer() {
        return tree;
    }

    public CoyotosSystem system() {
        return loaded.system();
    }

    public boolean loadFailed() {
        return tree == null;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return model.domain();
    }

    public CommandStackActions undoRedo() {
        return undoRedo;
    }

    @Override
    public boolean isDirty() {
        return !loadFailed() && model.commandStack().isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (loadFailed()) {
            return;
        }
        Resource resource = loaded.resource();
        Exception[] failure = new Exception[1];
        follower.ownWrite(() -> {
            try {
                resource.save(Map.of());
                diagrams.saveLayout();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            MessageDialog.openError(getSite().getShell(), "Save failed",
                    "Could not save " + getEditorInput().getName() + ": " + failure[0].getMessage()
                            + "\nThe editor keeps your changes; save again or Save As elsewhere.");
            return;
        }
        model.commandStack().saveIsDone();
        firePropertyChange(PROP_DIRTY);
        IFile file = file();
        if (file != null) {
            // the file as saved, checked in a workspace job: a large model never holds up the UI thread
            ValidationJob.ofFile(file).schedule();
        }
    }

    /**
     * Validates the model as it is now, saved or not, in a workspace job, and writes the findings as Problems
     * markers; returns the job (null when there is nothing to validate). Call it on the UI thread.
     */
    public Job validate() {
        IFile file = file();
        if (file == null || system() == null) {
            return null;
        }
        Job job = ValidationJob.ofModel(file, system());
        if (job == null) {
            getSite().getShell().getDisplay().beep();
            return null;
        }
        job.schedule();
        return job;
    }

    private void writeLoadMarkers() {
        IFile file = file();
        if (file != null) {
            try {
                ModelMarkers.replaceWithLoadProblems(file, loaded.diagnostics());
            } catch (CoreException e) {
                // the page itself already lists the problems
            }
        }
    }

    @Override
    public IFile file() {
        return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
    }

    /** Before the first change: a read-only file may be made writable (team providers), else edits are refused. */
    private boolean mayEdit() {
        IFile file = file();
        boolean writable;
        if (file != null) {
            IStatus status = ResourcesPlugin.getWorkspace().validateEdit(new IFile[] { file }, getSite().getShell());
            writable = status.isOK();
        } else {
            File local = new File(java.net.URI.create(loaded.resource().getURI().toString()).getPath());
            writable = local.canWrite();
        }
        if (!writable) {
            MessageDialog.openInformation(getSite().getShell(), "Read-only model",
                    getEditorInput().getName() + " is read-only, so the change was not made. "
                            + "Make the file writable, or copy it, to edit it.");
        }
        return writable;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void doSaveAs() {
        // not offered: isSaveAsAllowed() is false
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String fragment = marker.getAttribute(ModelMarkers.ELEMENT, null);
        if (tree == null || fragment == null) {
            return;
        }
        EObject element = loaded.resource().getEObject(fragment);
        if (element != null) {
            setActivePage(0);
            tree.setSelection(new StructuredSelection(element), true);
        }
    }

    // --- following the file (FileFollower.Followed) ---------------------------------------------------------

    @Override
    public boolean isActive() {
        return getSite().getPage().getActivePart() == this;
    }

    @Override
    public boolean isOwnPart(IWorkbenchPartReference reference) {
        return reference.getPart(false) == this;
    }

    @Override
    public boolean ask(String title, String message) {
        return MessageDialog.openQuestion(getSite().getShell(), title, message);
    }

    @Override
    public void close() {
        getSite().getPage().closeEditor(this, false);
    }

    /** Loads the file again into a new model: every page, the Outline and Properties show the new one. */
    @Override
    public void reload() {
        int active = Math.max(0, getActivePage());
        while (getPageCount() > 0) {
            removePage(0);
        }
        disposeModel();
        tree = null;
        try {
            openModel();
        } catch (PartInitException e) {
            close();
            return;
        }
        createPages();
        setActivePage(Math.min(active, getPageCount() - 1));
        if (outline != null) {
            outline.show(model, loadFailed() ? null : loaded.resource(), tree);
        }
        if (propertySheet != null && !loadFailed()) {
            propertySheet.setPropertySourceProvider(new ItemPropertySourceProvider(model.adapterFactory()));
            if (propertySheetBars != null) {
                undoRedo.install(propertySheetBars);
            }
        }
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void moved(IFile to) {
        boolean keepChanges = isDirty();
        setInputWithNotify(new FileEditorInput(to));
        setPartName(to.getName());
        if (keepChanges) {
            // the unsaved changes stay; saving writes them to the file's new place
            loaded.resource().setURI(URI.createPlatformResourceURI(to.getFullPath().toString(), true));
        } else {
            reload();
        }
    }

    // --- adapters and disposal ------------------------------------------------------------------------------

    private void refreshPropertySheet() {
        if (propertySheet != null && propertySheet.getControl() != null && !propertySheet.getControl().isDisposed()) {
            propertySheet.refresh();
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class && !loadFailed()) {
            propertySheet = new PropertySheetPage() {
                @Override
                public void setActionBars(IActionBars bars) {
                    super.setActionBars(bars);
                    propertySheetBars = bars;
                    undoRedo.install(bars);
                }
            };
            propertySheet.setPropertySourceProvider(new ItemPropertySourceProvider(model.adapterFactory()));
            return type.cast(propertySheet);
        }
        if (type == IContentOutlinePage.class && !loadFailed()) {
            if (outline == null) {
                outline = new ModelOutlinePage(model, loaded.resource(), tree);
            }
            return type.cast(outline);
        }
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        return super.getAdapter(type);
    }

    private void disposeModel() {
        if (diagrams != null) {
            diagrams.dispose();
            diagrams = null;
        }
        undoRedo.dispose();
        model.dispose();
    }

    @Override
    public void dispose() {
        if (follower != null) {
            getSite().getPage().removePartListener(follower);
            follower.dispose();
        }
        disposeModel();
        super.dispose();
    }

    List<?> diagnostics() {
        return loaded.diagnostics();
    }
}
