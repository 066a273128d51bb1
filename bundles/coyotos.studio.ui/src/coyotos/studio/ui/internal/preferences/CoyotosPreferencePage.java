package coyotos.studio.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import coyotos.studio.sim.machine.CpuProfiles;

/**
 * Window &gt; Preferences &gt; Coyotos: what new simulation launch configurations start with (CPU profile,
 * kernel variant, limits), and where runs are kept.
 */
public class CoyotosPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "coyotos.studio.ui.preferences";
    static final String AS_THE_MODEL_SAYS = "(as the model says)";

    public CoyotosPreferencePage() {
        super(GRID);
        setDescription("New Coyotos Simulation launch configurations start with these settings; an empty field "
                + "takes the model's own. Existing configurations keep theirs.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE,
                StudioPreferences.NODE));
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(new ComboFieldEditor(StudioPreferences.PROFILE, "Default CPU &profile:", profiles(), parent));
        addField(new ComboFieldEditor(StudioPreferences.KERNEL, "&Kernel variant:", new String[][] {
                { "coyotos-2007 (what the 2007 kernel does)", StudioPreferences.KERNEL_2007 },
                { "eros-design (the EROS design: a what-if)", StudioPreferences.KERNEL_EROS } }, parent));
        addField(new LimitFieldEditor(StudioPreferences.MAX_CYCLES, "Max &cycles:", parent));
        addField(new LimitFieldEditor(StudioPreferences.MAX_EVENTS, "Max &events:", parent));
        DirectoryFieldEditor runs = new DirectoryFieldEditor(StudioPreferences.RUNS_FOLDER, "Keep &runs in:", parent);
        runs.setEmptyStringAllowed(true);
        runs.setErrorMessage("The folder for runs does not exist.");
        addField(runs);
        Label where = new Label(parent, SWT.WRAP);
        where.setText("Empty: each model's runs are kept beside it, in <model>.runs. A folder: in "
                + "<folder>/<project>/<model path>.runs, outside the workspace.");
        where.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
    }

    private static String[][] profiles() {
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[] { AS_THE_MODEL_SAYS, "" });
        CpuProfiles.withBuiltins().names().forEach(name -> entries.add(new String[] { name, name }));
        return entries.toArray(String[][]::new);
    }

    /** A limit: empty (the model's) or a whole number above 0, as the launch tab accepts it. */
    private static final class LimitFieldEditor extends StringFieldEditor {

        LimitFieldEditor(String key, String label, Composite parent) {
            super(key, label, parent);
            setEmptyStringAllowed(true);
            setErrorMessage(label.replace("&", "").replace(":", "") + " must be empty or a whole number above 0.");
        }

        @Override
        protected boolean doCheckState() {
            String text = getStringValue().trim().replace("_", "");
            if (text.isEmpty()) {
                return true;
            }
            try {
                return Long.parseLong(text) > 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
