package org.fluorite.plot.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fluorite.flow.Transmission;
import org.fluorite.plot.DataRef;
import org.fluorite.plot.Heatmap;
import org.fluorite.plot.PlotDocument;
import org.fluorite.plot.PlotKind;
import org.fluorite.plot.PlotModel;
import org.fluorite.plot.PlotSettings;
import org.fluorite.plot.Proportions;
import org.fluorite.ui.SettingsForm;

/**
 * An interactive plot of a Transmission: the plot on the left; on the right the plot kind, the
 * kind's settings (generated from its settings record) and the save/export buttons. Clicking a
 * mark tells the selection listeners its row (for the Datapoint Tracer).
 */
public final class PlotView extends Composite {

    /** What the export and save buttons ask for: a file to write (null = cancelled). */
    public interface FileChooser {
        Path choose(String what, String extension);
    }

    private final Transmission data;
    private final Composite plotArea;
    private final Composite settingsArea;
    private final Combo kinds;
    private final Label status;
    private final List<Consumer<DataRef>> selectionListeners = new ArrayList<>();
    private PlotKind kind;
    private Record settings;
    private SettingsForm<Record> form;
    private PlotModel model;
    private PlotDisplay display;
    private FileChooser chooser = (what, ext) -> null;

    public PlotView(Composite parent, Transmission data, PlotKind kind, Record settings) {
        super(parent, SWT.NONE);
        this.data = data;
        setLayout(new GridLayout(2, false));
        plotArea = new Composite(this, SWT.NONE);
        plotArea.setLayout(new FillLayout());
        plotArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite side = new Composite(this, SWT.NONE);
        side.setLayout(new GridLayout(1, false));
        side.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        kinds = new Combo(side, SWT.READ_ONLY);
        for (PlotKind k : PlotKind.values()) {
            kinds.add(k.label());
        }
        settingsArea = new Composite(side, SWT.NONE);
        settingsArea.setLayout(new FillLayout());
        button(side, "Apply", this::apply);
        button(side, "Save Plot...", () -> export("plot", PlotDocument.EXTENSION));
        button(side, "Export PNG...", () -> export("PNG", ".png"));
        button(side, "Export SVG...", () -> export("SVG", ".svg"));
        button(side, "Export CSV...", () -> export("CSV", ".csv"));
        status = new Label(side, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        kinds.addListener(SWT.Selection, e -> {
            PlotKind k = PlotKind.values()[kinds.getSelectionIndex()];
            if (k != this.kind) {
                show(k, PlotSettings.defaults(k));
            }
        });
        show(kind, settings);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
    }

    /** Shows the plot of {@code newKind} with {@code newSettings}; a problem is shown in the side panel. */
    public void show(PlotKind newKind, Record newSettings) {
        kind = newKind;
        settings = newSettings;
        kinds.select(newKind.ordinal());
        for (var c : settingsArea.getChildren()) {
            c.dispose();
        }
        form = new SettingsForm<>(settingsArea, newSettings);
        redrawPlot();
        layout(true, true);
    }

    private void apply() {
        if (form.problem() != null) {
            status.setText(form.problem());
            return;
        }
        settings = form.value();
        redrawPlot();
    }

    private void redrawPlot() {
        for (var c : plotArea.getChildren()) {
            c.dispose();
        }
        display = null;
        try {
            model = PlotModel.build(kind, data, settings);
            display = switch (model) {
                case Heatmap h -> new HeatmapCanvas(plotArea, h);
                case Proportions p when p.settings().heatmap() -> new ProportionsGrid(plotArea, p);
                default -> new ChartPlot(plotArea, model);
            };
            display.onPick(ref -> selectionListeners.forEach(l -> l.accept(ref)));
            status.setText(model.marks().size() + " marks from " + data.rowCount() + " rows");
        } catch (RuntimeException e) {
            model = null;
            Label problem = new Label(plotArea, SWT.WRAP);
            problem.setText("Cannot draw the " + kind.label().toLowerCase() + ": " + e.getMessage()
                    + "\nChoose the columns in the settings and press Apply.\nColumns: " + data.frame().spec());
            status.setText(e.getMessage());
        }
        plotArea.layout(true, true);
        status.getParent().layout(true, true);
    }

    private void export(String what, String extension) {
        if (model == null) {
            status.setText("Nothing to " + (what.equals("plot") ? "save" : "export") + ": the plot could not be drawn");
            return;
        }
        Path file = chooser.choose(what, extension);
        if (file == null) {
            return;
        }
        try {
            switch (what) {
                case "PNG" -> PlotExports.png(display.control(), file);
                case "SVG" -> PlotExports.svg(model, Math.max(400, plotArea.getSize().x), Math.max(300, plotArea.getSize().y), file);
                case "CSV" -> PlotExports.csv(model, file);
                default -> {
                    String name = file.getFileName().toString();
                    name = name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name;
                    file = new PlotDocument(kind, settings, data).save(file.toAbsolutePath().getParent(), name);
                }
            }
            status.setText("Wrote " + file);
        } catch (java.io.IOException | RuntimeException e) {
            status.setText(e.getMessage());
        }
    }

    /** Where exports and saved plots go (a file dialog in the workbench). */
    public void setFileChooser(FileChooser chooser) {
        this.chooser = chooser;
    }

    /** Listens to clicks on marks. */
    public void addSelectionListener(Consumer<DataRef> listener) {
        selectionListeners.add(listener);
    }

    public Transmission data() {
        return data;
    }

    public PlotModel model() {
        return model;
    }

    public PlotDisplay display() {
        return display;
    }

    public PlotKind kind() {
        return kind;
    }

    public Record settings() {
        return settings;
    }

    /** The status line of the side panel. */
    public String status() {
        return status.getText();
    }
}
