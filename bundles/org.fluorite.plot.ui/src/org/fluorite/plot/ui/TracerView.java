package org.fluorite.plot.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.fluorite.core.image.Projection;
import org.fluorite.core.json.Json;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.plot.DataRef;
import org.fluorite.plot.SampleSnapshot;
import org.fluorite.plot.TracedRow;
import org.fluorite.project.Project;

/**
 * The Datapoint Tracer: for the row behind a clicked mark, the ROI on its sample's max or std
 * projection, the row's curve (a peak's span highlighted), the history of its data block and the
 * row's values, with a button opening the sample's movie in a viewer.
 */
public final class TracerView extends Composite {

    /** Colour of a peak's span drawn over the curve (0xRRGGBB). */
    public static final int PEAK_RGB = 0xff7f0e;

    private final Combo projection;
    private final Combo curveColumn;
    private final Button openSample;
    private final ProjectionCanvas image;
    private final Chart curve;
    private final Text history;
    private final Table values;
    private Executor background = Runnable::run;
    private Consumer<SampleSnapshot> opener = s -> {
    };
    private Transmission data;
    private Project project;
    private TracedRow row;
    private SampleSnapshot snapshot;

    public TracerView(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(4, false));
        projection = new Combo(this, SWT.READ_ONLY);
        projection.setItems("max", "std");
        projection.select(0);
        curveColumn = new Combo(this, SWT.READ_ONLY);
        curveColumn.setLayoutData(new GridData(160, SWT.DEFAULT));
        openSample = new Button(this, SWT.PUSH);
        openSample.setText("Open Sample in Viewer");
        openSample.setEnabled(false);
        new org.eclipse.swt.widgets.Label(this, SWT.NONE);
        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        image = new ProjectionCanvas(sash);
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        curve = new Chart(right, SWT.NONE);
        curve.getTitle().setText("Curve");
        curve.getLegend().setVisible(false);
        SashForm bottom = new SashForm(right, SWT.HORIZONTAL);
        history = new Text(bottom, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        values = new Table(bottom, SWT.BORDER | SWT.FULL_SELECTION);
        values.setHeaderVisible(true);
        for (String h : List.of("Column", "Value")) {
            TableColumn c = new TableColumn(values, SWT.NONE);
            c.setText(h);
            c.setWidth(140);
        }
        sash.setWeights(2, 3);
        right.setWeights(3, 2);
        projection.addListener(SWT.Selection, e -> loadSample());
        curveColumn.addListener(SWT.Selection, e -> {
            if (data != null && row != null) {
                showRow(TracedRow.of(data, row.ref().row(), curveColumn.getText()));
            }
        });
        openSample.addListener(SWT.Selection, e -> {
            if (snapshot != null) {
                opener.accept(snapshot);
            }
        });
    }

    /** Where project files are read (a background job in the workbench; inline by default). */
    public void setBackgroundExecutor(Executor executor) {
        this.background = executor;
    }

    /** What "Open Sample in Viewer" does with the sample. */
    public void setSampleOpener(Consumer<SampleSnapshot> opener) {
        this.opener = opener;
    }

    /**
     * Traces row {@code ref.row()} of {@code t}; {@code p} is the project its SampleID and ROI_UUID
     * refer to, or null when there is none (then only the curve, history and values are shown).
     */
    public void trace(Transmission t, DataRef ref, Project p) {
        data = t;
        project = p;
        curveColumn.setItems(TracedRow.arrayColumns(t).toArray(String[]::new));
        TracedRow r = TracedRow.of(t, ref.row(), null);
        if (r.curveColumn() != null) {
            curveColumn.select(curveColumn.indexOf(r.curveColumn()));
        }
        showRow(r);
        loadSample();
    }

    private void showRow(TracedRow r) {
        row = r;
        for (var s : curve.getSeriesSet().getSeries()) {
            curve.getSeriesSet().deleteSeries(s.getId());
        }
        double[] y = r.curve();
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        ILineSeries<?> line = (ILineSeries<?>) curve.getSeriesSet().createSeries(SeriesType.LINE, "curve");
        line.setXSeries(x);
        line.setYSeries(y);
        line.setSymbolType(PlotSymbolType.NONE);
        line.setLineColor(Colors.of(0x1f77b4));
        if (r.peakSpan() != null) {
            int from = r.peakSpan()[0];
            int to = r.peakSpan()[2];
            ILineSeries<?> span = (ILineSeries<?>) curve.getSeriesSet().createSeries(SeriesType.LINE, "peak");
            span.setXSeries(java.util.Arrays.copyOfRange(x, from, to + 1));
            span.setYSeries(java.util.Arrays.copyOfRange(y, from, to + 1));
            span.setLineColor(Colors.of(PEAK_RGB));
            span.setLineWidth(3);
            span.setSymbolType(PlotSymbolType.NONE);
        }
        curve.getTitle().setText((r.curveColumn() == null ? "no curve" : r.curveColumn()) + " of row " + r.ref().row()
                + (r.peakSpan() == null ? "" : ", peak at " + r.peakSpan()[1]));
        curve.getAxisSet().getXAxis(0).getTitle().setText("sample");
        curve.getAxisSet().getYAxis(0).getTitle().setText(r.curveColumn() == null ? "" : r.curveColumn());
        curve.getAxisSet().adjustRange();
        curve.redraw();
        StringBuilder h = new StringBuilder("Block " + r.ref().block() + "\n");
        int n = 1;
        for (HistoryOperation op : r.history()) {
            h.append(n++).append(". ").append(op.name()).append(" (").append(op.nodeId()).append(")\n   ")
                    .append(Json.write(op.parameters())).append('\n');
        }
        history.setText(h.toString());
        values.removeAll();
        for (Map.Entry<String, String> e : r.values().entrySet()) {
            TableItem item = new TableItem(values, SWT.NONE);
            item.setText(new String[] {e.getKey(), e.getValue()});
        }
    }

    private void loadSample() {
        snapshot = null;
        openSample.setEnabled(false);
        if (row == null) {
            return;
        }
        DataRef ref = row.ref();
        if (project == null || ref.sampleId() == null) {
            image.show(null, ref.sampleId() == null ? "This row names no sample" : "No project open for sample " + ref.sampleId());
            return;
        }
        Projection kind = projection.getSelectionIndex() == 1 ? Projection.STD : Projection.MAX;
        Project p = project;
        image.show(null, "Reading " + ref.sampleId() + "...");
        background.execute(() -> {
            String text;
            SampleSnapshot s = null;
            try {
                Optional<SampleSnapshot> found = SampleSnapshot.load(p, ref, kind, ProgressMonitor.NONE);
                s = found.orElse(null);
                text = found.isPresent() ? ref.sampleId() + ", " + kind.label() + " projection"
                        + (s.roiIndex() >= 0 ? ", ROI " + s.roiIndex() : ", ROI not in the sample")
                        : "The project has no sample " + ref.sampleId();
            } catch (java.io.IOException | RuntimeException e) {
                text = e.getMessage();
            }
            SampleSnapshot shown = s;
            String message = text;
            Runnable update = () -> {
                if (isDisposed() || row == null || row.ref() != ref) {
                    return;
                }
                snapshot = shown;
                image.show(shown, message);
                openSample.setEnabled(shown != null);
            };
            if (getDisplay().getThread() == Thread.currentThread()) {
                update.run();
            } else {
                getDisplay().asyncExec(update);
            }
        });
    }

    /** The traced row, or null. */
    public TracedRow row() {
        return row;
    }

    /** The sample shown, or null. */
    public SampleSnapshot snapshot() {
        return snapshot;
    }

    public Chart curveChart() {
        return curve;
    }

    public ProjectionCanvas projectionCanvas() {
        return image;
    }

    public String historyText() {
        return history.getText();
    }

    /** The value shown for {@code column} in the values table, or null. */
    public String valueOf(String column) {
        for (TableItem item : values.getItems()) {
            if (item.getText(0).equals(column)) {
                return item.getText(1);
            }
        }
        return null;
    }

    public Button openSampleButton() {
        return openSample;
    }

    public Combo projectionChoice() {
        return projection;
    }
}
