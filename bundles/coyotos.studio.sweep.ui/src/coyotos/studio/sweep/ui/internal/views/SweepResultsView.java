package coyotos.studio.sweep.ui.internal.views;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.result.AxisInfo;
import coyotos.studio.sweep.result.Metric;
import coyotos.studio.sweep.result.SweepChart;
import coyotos.studio.sweep.result.SweepFiles;
import coyotos.studio.sweep.result.SweepResult;
import coyotos.studio.sweep.result.SweepSeries;
import coyotos.studio.sweep.result.SweepTable;

/**
 * Sweep Results: one row per point (the axes, then every metric), and a line chart of any metric against any
 * axis with one series per value of a second axis, the other axes held at a chosen value, crossovers marked
 * and written out under the chart. Export CSV/JSON; reopen a saved sweep. The rows, series and crossovers are
 * the core's ({@link SweepTable}, {@link SweepSeries}); this view only draws them.
 */
public class SweepResultsView extends ViewPart {
    public static final String ID = "coyotos.studio.sweep.ui.views.results";
    private static final String NONE = "(one series)";
    private static final String MEMENTO_FILE = "sweepFile";


    private Combo metric;
    private Combo xAxis;
    private Combo series;
    private org.eclipse.swt.widgets.Button difference;
    private Composite holds;
    private final Map<Integer, Combo> held = new HashMap<>();
    private SweepLineChart chart;
    private Label crossovers;
    private Table table;
    private SweepTable rows;
    private ShownSweep.Shown shown;
    private Path restoreFrom;
    private final Consumer<ShownSweep.Shown> listener = s -> {
        Table t = table;
        if (t != null && !t.isDisposed()) {
            t.getDisplay().asyncExec(() -> {
                if (!t.isDisposed()) {
                    show(s);
                }
            });
        }
    };

    /** Brings the view up (from any thread) without taking the focus from what the user is doing. */
    public static void reveal() {
        org.eclipse.ui.IWorkbench wb = org.eclipse.ui.PlatformUI.getWorkbench();
        wb.getDisplay().asyncExec(() -> {
            org.eclipse.ui.IWorkbenchWindow w = wb.getActiveWorkbenchWindow();
            if (w == null && wb.getWorkbenchWindowCount() > 0) {
                w = wb.getWorkbenchWindows()[0];
            }
            if (w != null && w.getActivePage() != null) {
                try {
                    w.getActivePage().showView(ID, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
                } catch (PartInitException e) {
                    // the sweep is saved and ShownSweep holds it: the view shows it when opened
                }
            }
        });
    }

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        String file = memento == null ? null : memento.getString(MEMENTO_FILE);
        restoreFrom = file == null ? null : Path.of(file);
    }

    @Override
    public void saveState(IMemento memento) {
        if (shown != null && shown.file() != null) {
            memento.putString(MEMENTO_FILE, shown.file().toString());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite choices = new Composite(parent, SWT.NONE);
        choices.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.spacing = 6;
        choices.setLayout(row);
        metric = combo(choices, "Metric:");
        for (Metric m : Metric.ALL) {
            metric.add(m.key());
        }
        xAxis = combo(choices, "X axis:");
        series = combo(choices, "Series:");
        difference = new org.eclipse.swt.widgets.Button(choices, SWT.CHECK);
        difference.setText("Minus the first series");
        difference.setToolTipText("Draw every series as its difference to the first: curves that grow together "
                + "then show plainly where they cross");
        difference.addListener(SWT.Selection, e -> redraw());
        holds = new Composite(choices, SWT.NONE);
        RowLayout holdRow = new RowLayout(SWT.HORIZONTAL);
        holdRow.center = true;
        holdRow.marginTop = holdRow.marginBottom = 0;
        holds.setLayout(holdRow);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite top = new Composite(sash, SWT.NONE);
        GridLayout topLayout = new GridLayout(1, false);
        topLayout.marginWidth = topLayout.marginHeight = 0;
        top.setLayout(topLayout);
        chart = new SweepLineChart(top);
        chart.chart().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        crossovers = new Label(top, SWT.WRAP);
        crossovers.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int i = table.indexOf(item);
            if (rows != null && i >= 0 && i < rows.rows().size()) {
                item.setText(rows.rows().get(i).toArray(String[]::new));
            }
        });
        sash.setWeights(3, 2);

        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        SweepFileActions files = new SweepFileActions(getSite().getShell(), () -> shown, this::open);
        org.eclipse.ui.ISharedImages images = getSite().getWorkbenchWindow().getWorkbench().getSharedImages();
        bar.add(action("Export CSV...", images.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_ETOOL_SAVE_EDIT),
                () -> files.exportDialog("csv")));
        bar.add(action("Export JSON...", images.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_ETOOL_SAVEAS_EDIT),
                () -> files.exportDialog("json")));
        bar.add(action("Open Saved Sweep...", images.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_OBJ_FOLDER),
                files::openDialog));

        ShownSweep.get().addListener(listener);
        if (ShownSweep.get().current() != null) {
            show(ShownSweep.get().current());
        } else if (restoreFrom != null) {
            open(restoreFrom);
        } else {
            setContentDescription("No sweep yet: Run > Run Configurations... > Coyotos Sweep, or open a saved one.");
        }
    }

    private Combo combo(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, SWT.READ_ONLY);
        c.addListener(SWT.Selection, e -> {
            if (c != metric) {
                rebuildHolds();
            }
            redraw();
        });
        return c;
    }

    private static Action action(String text, org.eclipse.jface.resource.ImageDescriptor image, Runnable run) {
        Action a = new Action(text, image) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setToolTipText(text.replace("...", ""));
        return a;
    }

    /** Shows a sweep: the table at once, the chart with the choices kept where the axes allow. */
    void show(ShownSweep.Shown s) {
        shown = s;
        SweepResult r = s.result();
        String keepMetric = metric.getSelectionIndex() >= 0 ? metric.getText() : null;
        xAxis.removeAll();
        series.removeAll();
        series.add(NONE);
        for (AxisInfo a : r.axes()) {
            xAxis.add(a.name());
            series.add(a.name());
        }
        metric.select(Math.max(0, metric.indexOf(keepMetric != null ? keepMetric : "totalCycles")));
        int x = defaultX(r);
        xAxis.select(x);
        int other = -1;
        for (int i = 0; i < r.axes().size(); i++) {
            if (i != x) {
                other = i;
                break;
            }
        }
        series.select(other + 1);
        rebuildHolds();
        fillTable(r);
        setContentDescription(describe(s));
        redraw();
        metric.getParent().layout(true, true);
    }

    /** The last numeric axis goes along x: in a parameter study that is the quantity being scaled. */
    private static int defaultX(SweepResult r) {
        for (int i = r.axes().size() - 1; i >= 0; i--) {
            if (r.axes().get(i).numeric()) {
                return i;
            }
        }
        return 0;
    }

    private static String describe(ShownSweep.Shown s) {
        SweepResult r = s.result();
        String what = r.info().modelName() != null ? r.info().model() : "sweep";
        String state = r.complete() ? "" : " (cancelled: " + r.points().size() + " of " + r.info().totalPoints() + " ran)";
        String failed = r.failedPoints() == 0 ? "" : ", " + r.failedPoints() + " could not run";
        String saved = s.file() == null ? ", not saved" : ", saved as " + s.file().getParent().getFileName() + "/"
                + s.file().getFileName();
        return what + ": " + r.points().size() + " runs" + state + failed + saved;
    }

    private void rebuildHolds() {
        for (Control c : holds.getChildren()) {
            c.dispose();
        }
        held.clear();
        if (shown == null) {
            return;
        }
        List<AxisInfo> axes = shown.result().axes();
        for (int i = 0; i < axes.size(); i++) {
            if (i == xAxis.getSelectionIndex() || i == series.getSelectionIndex() - 1) {
                continue;
            }
            new Label(holds, SWT.NONE).setText(axes.get(i).name() + " =");
            Combo c = new Combo(holds, SWT.READ_ONLY);
            axes.get(i).values().forEach(c::add);
            c.select(0);
            c.addListener(SWT.Selection, e -> redraw());
            held.put(i, c);
        }
        holds.getParent().layout(true, true);
    }

    private void fillTable(SweepResult r) {
        rows = SweepTable.of(r, Metric.ALL, true);
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            for (int i = 0; i < rows.headers().size(); i++) {
                boolean number = i >= rows.axisColumns() && i < rows.axisColumns() + rows.metricColumns();
                TableColumn c = new TableColumn(table, number ? SWT.RIGHT : SWT.LEFT);
                c.setText(rows.headers().get(i));
                c.setWidth(Math.max(60, Math.min(260, 8 * widest(i) + 16)));
            }
            table.setItemCount(rows.rows().size());
        } finally {
            table.setRedraw(true);
        }
    }

    /** Characters of the widest of a column's header and first rows: enough to size the column. */
    private int widest(int column) {
        int w = rows.headers().get(column).length();
        for (int r = 0; r < Math.min(200, rows.rows().size()); r++) {
            w = Math.max(w, rows.rows().get(r).get(column).length());
        }
        return w;
    }

    private void redraw() {
        if (shown == null || xAxis.getSelectionIndex() < 0) {
            return;
        }
        int x = xAxis.getSelectionIndex();
        int s = series.getSelectionIndex() - 1;
        if (s == x) {
            s = -1;
        }
        Map<Integer, String> fixed = new HashMap<>();
        held.forEach((axis, combo) -> fixed.put(axis, combo.getText()));
        SweepChart c = SweepSeries.chart(shown.result(), Metric.of(metric.getText()), x, s, fixed);
        if (difference.getSelection()) {
            c = c.relativeTo(0);
        }
        chart.show(c);
        crossovers.setText(c.crossoverText());
        crossovers.getParent().layout(true, true);
    }

    /** Chooses what the chart shows, as the combos do; tests and the journey read the outcome. */
    public void choose(String metricKey, String x, String seriesAxis, boolean minusFirst) {
        difference.setSelection(minusFirst);
        metric.select(metric.indexOf(metricKey));
        xAxis.select(xAxis.indexOf(x));
        series.select(seriesAxis == null ? 0 : series.indexOf(seriesAxis));
        rebuildHolds();
        redraw();
    }

    public SweepChart chartShown() {
        return chart.shown();
    }

    /** The SWTChart widget; tests read the series it draws. */
    public org.eclipse.swtchart.Chart chartWidget() {
        return chart.chart();
    }

    public String crossoverText() {
        return crossovers.getText();
    }

    public int rowCount() {
        return table.getItemCount();
    }

    public ShownSweep.Shown shown() {
        return shown;
    }

    /** Writes the shown sweep into the workspace file {@code target} as CSV or JSON. */
    public void export(IFile target, String format) throws CoreException {
        SweepFileActions.export(shown.result(), target, format);
    }

    /** Reopens a saved sweep. */
    public void open(Path file) {
        try {
            show(new ShownSweep.Shown(SweepFiles.load(file), file));
        } catch (SweepException e) {
            setContentDescription(e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        ShownSweep.get().removeListener(listener);
        super.dispose();
    }
}
