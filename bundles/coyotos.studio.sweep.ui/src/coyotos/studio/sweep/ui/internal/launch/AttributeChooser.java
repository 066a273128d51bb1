package coyotos.studio.sweep.ui.internal.launch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.edit.CoyotosEditing;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.model.AttributePath;
import coyotos.studio.sweep.model.SweepableAttributes;

/**
 * Choose a model attribute to sweep: the model as a tree (labelled as the editor labels it), and the attributes
 * of the chosen element that a sweep can vary, with their values. The axis is the attribute's path.
 */
public final class AttributeChooser extends Dialog {
    private final CoyotosSystem system;
    private final ComposedAdapterFactory factory = CoyotosEditing.adapterFactory();
    private final AdapterFactoryItemDelegator labels = new AdapterFactoryItemDelegator(factory);
    private Tree tree;
    private Table attributes;
    private Label message;
    private final List<EAttribute> shown = new ArrayList<>();
    private String path;
    private String value;

    public AttributeChooser(Shell parent, CoyotosSystem system) {
        super(parent);
        this.system = system;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Sweep a Model Attribute");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        new Label(area, SWT.WRAP).setText("Choose an element, then the attribute to vary (numbers, yes/no, choices):");
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
        d.widthHint = 720;
        d.heightHint = 380;
        sash.setLayoutData(d);
        tree = new Tree(sash, SWT.BORDER | SWT.SINGLE);
        tree.addListener(SWT.Expand, e -> fillChildren((TreeItem) e.item));
        tree.addListener(SWT.Selection, e -> showAttributes());
        attributes = new Table(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        attributes.setHeaderVisible(true);
        for (String h : new String[] { "Attribute", "Value" }) {
            org.eclipse.swt.widgets.TableColumn c = new org.eclipse.swt.widgets.TableColumn(attributes, SWT.LEFT);
            c.setText(h);
            c.setWidth(150);
        }
        attributes.addListener(SWT.Selection, e -> choose());
        attributes.addListener(SWT.DefaultSelection, e -> {
            choose();
            if (path != null) {
                okPressed();
            }
        });
        sash.setWeights(3, 2);
        message = new Label(area, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (EObject o : system.getObjects()) {
            item(null, o);
        }
        if (system.getSimulation() != null) {
            item(null, system.getSimulation());
        }
        return area;
    }

    private void item(TreeItem parent, EObject o) {
        TreeItem i = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
        i.setText(labels.getText(o));
        i.setData(o);
        if (!o.eContents().isEmpty()) {
            new TreeItem(i, SWT.NONE); // placeholder until expanded
        }
    }

    private void fillChildren(TreeItem item) {
        if (item.getItemCount() == 1 && item.getItem(0).getData() == null) {
            item.getItem(0).dispose();
            for (EObject child : ((EObject) item.getData()).eContents()) {
                item(item, child);
            }
        }
    }

    private void showAttributes() {
        attributes.removeAll();
        shown.clear();
        TreeItem[] sel = tree.getSelection();
        if (sel.length == 0 || !(sel[0].getData() instanceof EObject o)) {
            return;
        }
        for (EAttribute a : SweepableAttributes.of(o)) {
            TableItem row = new TableItem(attributes, SWT.NONE);
            row.setText(new String[] { a.getName(), String.valueOf(o.eGet(a)) });
            shown.add(a);
        }
        message.setText(shown.isEmpty() ? "This element has no attribute a sweep can vary." : "");
        path = null;
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    private void choose() {
        int i = attributes.getSelectionIndex();
        TreeItem[] sel = tree.getSelection();
        if (i < 0 || sel.length == 0) {
            return;
        }
        EObject owner = (EObject) sel[0].getData();
        try {
            path = AttributePath.of(owner, shown.get(i));
            value = String.valueOf(owner.eGet(shown.get(i)));
            message.setText("Axis: " + path);
            getButton(IDialogConstants.OK_ID).setEnabled(true);
        } catch (SweepException e) {
            path = null;
            message.setText(e.getMessage());
            getButton(IDialogConstants.OK_ID).setEnabled(false);
        }
        message.getParent().layout();
    }

    /**
     * Selects {@code owner} in the tree (expanding down to it) and its attribute {@code name} in the list, as a
     * user's clicks do; tests use it.
     */
    public void select(EObject owner, String name) {
        java.util.Deque<EObject> chain = new java.util.ArrayDeque<>();
        for (EObject o = owner; o != null && o != system; o = o.eContainer()) {
            chain.push(o);
        }
        TreeItem[] level = tree.getItems();
        TreeItem found = null;
        while (!chain.isEmpty()) {
            EObject next = chain.pop();
            found = null;
            for (TreeItem i : level) {
                if (i.getData() == next) {
                    found = i;
                }
            }
            if (found == null) {
                return;
            }
            fillChildren(found);
            found.setExpanded(true);
            level = found.getItems();
        }
        tree.setSelection(found);
        showAttributes();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).getName().equals(name)) {
                attributes.setSelection(i);
                choose();
            }
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    @Override
    public boolean close() {
        factory.dispose();
        return super.close();
    }

    public String path() {
        return path;
    }

    /** The attribute's value in the model: the axis starts with it, for the user to add the others. */
    public String currentValue() {
        return value;
    }
}
