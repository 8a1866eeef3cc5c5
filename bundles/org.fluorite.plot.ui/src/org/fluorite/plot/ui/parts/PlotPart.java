package org.fluorite.plot.ui.parts;

import java.nio.file.Path;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.fluorite.flow.Transmission;
import org.fluorite.plot.PlotDocument;
import org.fluorite.plot.PlotKind;
import org.fluorite.plot.PlotSettings;
import org.fluorite.plot.TracedRow;
import org.fluorite.plot.ui.PlotView;
import org.fluorite.ui.DataPresenter;
import org.fluorite.ui.ToolParts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * A plot of a Transmission (from an opened {@code .trn.h5}, a saved plot or a flowchart plot node).
 * Clicking a mark posts {@link PlotTopics#DATAPOINT} and shows the Datapoint Tracer.
 */
public class PlotPart {

    /** Element id of the part descriptor (see fragment.e4xmi). */
    public static final String DESCRIPTOR_ID = "org.fluorite.plot.ui.partdescriptor.plot";
    /** Transient-data key of a {@link PlotDocument} to show (instead of {@link DataPresenter#DATA_KEY}). */
    public static final String DOCUMENT_KEY = "fluorite.plot.document";

    @Inject
    private IEventBroker broker;
    @Inject
    private EPartService parts;
    @Inject
    private EModelService models;
    @Inject
    private MApplication application;

    private PlotView view;
    private Composite parent;

    @PostConstruct
    public void create(Composite parent, MPart part) {
        this.parent = parent;
        parent.setLayout(new FillLayout());
        build(part.getTransientData().get(DOCUMENT_KEY), part.getTransientData().get(DataPresenter.DATA_KEY));
    }

    /** Replaces the plot (a flowchart plot node ran again), keeping the part. */
    public void showDocument(PlotDocument doc) {
        for (var c : parent.getChildren()) {
            c.dispose();
        }
        build(doc, null);
        parent.layout(true, true);
    }

    private void build(Object doc, Object data) {
        if (doc instanceof PlotDocument d) {
            view = new PlotView(parent, d.data(), d.kind(), d.settings());
        } else if (data instanceof Transmission t) {
            view = new PlotView(parent, t, firstKind(t), firstSettings(t));
        } else {
            new org.eclipse.swt.widgets.Label(parent, SWT.WRAP).setText("No Transmission to plot: open a .trn.h5 file or a saved plot");
            return;
        }
        view.setFileChooser((what, ext) -> {
            FileDialog dialog = new FileDialog(parent.getShell(), SWT.SAVE);
            dialog.setText(what.equals("plot") ? "Save Plot" : "Export " + what);
            dialog.setFilterExtensions(new String[] {"*" + ext});
            dialog.setOverwrite(true);
            projectPlots(view.data()).ifPresent(dir -> dialog.setFilterPath(dir.toString()));
            String f = dialog.open();
            return f == null ? null : Path.of(f.endsWith(ext) ? f : f + ext);
        });
        view.addSelectionListener(ref -> {
            ToolParts.show(parts, models, application, TracerPart.DESCRIPTOR_ID);
            broker.send(PlotTopics.DATAPOINT, new Datapoint(view.data(), ref));
        });
    }

    /** The {@code plots/} folder of the Transmission's project, when it names one. */
    static java.util.Optional<Path> projectPlots(Transmission t) {
        return t.metadata().string(Transmission.PROJECT).map(p -> PlotDocument.plotsFolder(Path.of(p)));
    }

    /** A heatmap of the curves when there are any, else a scatter of the first two number columns. */
    static PlotKind firstKind(Transmission t) {
        return TracedRow.defaultCurveColumn(t) != null ? PlotKind.HEATMAP : PlotKind.SCATTER;
    }

    static Record firstSettings(Transmission t) {
        String curves = TracedRow.defaultCurveColumn(t);
        if (curves != null) {
            String sort = t.frame().has("SampleID") ? "SampleID" : "";
            return new PlotSettings.Heatmap(curves, sort, PlotSettings.ColormapName.VIRIDIS, true, 0, 1);
        }
        java.util.List<String> numbers = t.frame().columns().stream()
                .filter(c -> c.type() == org.fluorite.flow.ColumnType.DOUBLE || c.type() == org.fluorite.flow.ColumnType.LONG)
                .map(org.fluorite.flow.FlowColumn::name).toList();
        return new PlotSettings.Scatter(numbers.isEmpty() ? "" : numbers.get(0), numbers.size() < 2 ? "" : numbers.get(1), "", "",
                false, false, 6);
    }

    /** The view inside this part, for automation. */
    public PlotView view() {
        return view;
    }
}
