package coyotos.studio.mkimage.ui.internal.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;

/** A list of directories with Add... and Remove (mkimage's -I and -L), in three grid columns. */
final class PathList {
    private final org.eclipse.swt.widgets.List list;

    PathList(Composite parent, String label, String tooltip) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(label);
        l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        list = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.MULTI);
        list.setToolTipText(tooltip);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, false);
        gd.heightHint = 60;
        list.setLayoutData(gd);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, true);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        buttons.setLayout(layout);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        Button add = new Button(buttons, SWT.PUSH);
        add.setText("Add...");
        add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        add.addListener(SWT.Selection, e -> {
            String dir = new DirectoryDialog(parent.getShell()).open();
            if (dir != null) {
                list.add(dir);
            }
        });
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText("Remove");
        remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        remove.addListener(SWT.Selection, e -> list.remove(list.getSelectionIndices()));
    }

    void set(List<Path> paths) {
        list.removeAll();
        paths.forEach(p -> list.add(p.toString()));
    }

    List<Path> get() {
        List<Path> out = new ArrayList<>();
        for (String s : list.getItems()) {
            out.add(Path.of(s));
        }
        return out;
    }
}
