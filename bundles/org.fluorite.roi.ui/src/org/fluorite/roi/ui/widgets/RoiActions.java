package org.fluorite.roi.ui.widgets;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.fluorite.core.image.Image;
import org.fluorite.io.FormatRegistry;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.ui.RoiFiles;
import org.fluorite.roi.ui.RoiList;

/**
 * The ROI manager's file buttons: Import RoiSet (ImageJ .roi or RoiSet zip), Export RoiSet,
 * Import Sources (CaImAn or suite2p results, a file or a folder) onto the open movie, and Export
 * Traces (mean traces of all ROIs as CSV). Files are read and written in background jobs.
 */
public final class RoiActions {

    private final RoiManagerPanel panel;
    private final RoiFiles files;
    private final List<Button> buttons;
    private Menu sourcesMenu;

    RoiActions(RoiManagerPanel panel, Composite parent, FormatRegistry registry) {
        this.panel = panel;
        this.files = registry == null ? null : new RoiFiles(registry);
        Button importSet = button(parent, "Import RoiSet\u2026", "Add the ROIs of an ImageJ .roi file or RoiSet zip",
                () -> ask(SWT.OPEN, new String[] {"*.zip;*.roi", "*"}, null).ifPresent(this::importRoiSet));
        Button exportSet = button(parent, "Export RoiSet\u2026", "Save all ROIs as an ImageJ RoiSet zip",
                () -> ask(SWT.SAVE, new String[] {"*.zip"}, "RoiSet.zip").ifPresent(this::exportRoiSet));
        Button sources = button(parent, "Import Sources\u2026", "Add the ROIs found by CaImAn or suite2p (a file or a folder)",
                null);
        sources.addListener(SWT.Selection, e -> openSourcesMenu(sources));
        Button exportTraces = button(parent, "Export Traces\u2026", "Save the mean trace of every ROI as CSV",
                () -> ask(SWT.SAVE, new String[] {"*.csv"}, "traces.csv").ifPresent(this::exportTraces));
        buttons = List.of(importSet, exportSet, sources, exportTraces);
        parent.addListener(SWT.Dispose, e -> {
            if (sourcesMenu != null) {
                sourcesMenu.dispose();
            }
        });
    }

    private static Button button(Composite parent, String text, String tip, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        if (action != null) {
            b.addListener(SWT.Selection, e -> action.run());
        }
        return b;
    }

    void setEnabled(boolean on) {
        buttons.forEach(b -> b.setEnabled(on && files != null));
    }

    private java.util.Optional<Path> ask(int style, String[] extensions, String name) {
        FileDialog d = new FileDialog(panel.getShell(), style);
        d.setFilterExtensions(extensions);
        if (name != null) {
            d.setFileName(name);
            d.setOverwrite(true);
        }
        String chosen = d.open();
        return chosen == null ? java.util.Optional.empty() : java.util.Optional.of(Path.of(chosen));
    }

    private void openSourcesMenu(Button anchor) {
        if (sourcesMenu != null) {
            sourcesMenu.dispose();
        }
        sourcesMenu = new Menu(anchor.getShell(), SWT.POP_UP);
        MenuItem file = new MenuItem(sourcesMenu, SWT.PUSH);
        file.setText("CaImAn HDF5 or suite2p stat.npy file\u2026");
        file.addListener(SWT.Selection, e -> ask(SWT.OPEN, new String[] {"*.hdf5;*.h5;*.npy", "*"}, null)
                .ifPresent(this::importSources));
        MenuItem folder = new MenuItem(sourcesMenu, SWT.PUSH);
        folder.setText("suite2p folder (plane0)\u2026");
        folder.addListener(SWT.Selection, e -> {
            String chosen = new DirectoryDialog(panel.getShell()).open();
            if (chosen != null) {
                importSources(Path.of(chosen));
            }
        });
        Rectangle b = anchor.getBounds();
        Point at = anchor.getParent().toDisplay(b.x, b.y + b.height);
        sourcesMenu.setLocation(at);
        sourcesMenu.setVisible(true);
    }

    /** Adds the ROIs of an ImageJ .roi file or RoiSet zip to the followed viewer's list. */
    public CompletableFuture<Void> importRoiSet(Path file) {
        return load("Importing ROIs from " + file.getFileName(), file, false);
    }

    /** Adds the ROIs of a CaImAn or suite2p result (file or folder); warns when they were made on an image of another size. */
    public CompletableFuture<Void> importSources(Path fileOrFolder) {
        return load("Importing sources from " + fileOrFolder.getFileName(), fileOrFolder, true);
    }

    private CompletableFuture<Void> load(String title, Path file, boolean sources) {
        RoiList list = panel.list();
        Image movie = panel.viewer() == null ? null : panel.viewer().getImage();
        if (files == null || movie == null) {
            return failed("No movie to add ROIs to");
        }
        RoiFiles.Loaded[] loaded = new RoiFiles.Loaded[1];
        CompletableFuture<Void> read = panel.background(title, monitor -> loaded[0] = sources
                ? files.readSources(file, movie.width(), movie.height(), monitor)
                : files.readImageJ(file, movie.width(), movie.height(), monitor));
        return read.thenRun(() -> {
            RoiSet set = loaded[0].rois();
            list.addAll(set.rois());
            panel.status("Added " + set.size() + " ROIs from " + file.getFileName());
            loaded[0].warnings().forEach(panel::warn);
        });
    }

    /** Saves the followed viewer's ROIs as an ImageJ RoiSet zip. */
    public CompletableFuture<Void> exportRoiSet(Path target) {
        Image movie = panel.viewer() == null ? null : panel.viewer().getImage();
        if (files == null || movie == null) {
            return failed("No ROIs to export");
        }
        RoiSet set = panel.list().toRoiSet(movie.name() + " ROIs", movie.width(), movie.height());
        return panel.background("Exporting ROIs to " + target.getFileName(), monitor -> files.writeImageJ(set, target, monitor))
                .thenRun(() -> panel.status("Saved " + set.size() + " ROIs to " + target));
    }

    /** Saves the mean trace of every ROI over the followed viewer's movie as CSV (a frame column, one column per ROI). */
    public CompletableFuture<Void> exportTraces(Path target) {
        Image movie = panel.viewer() == null ? null : panel.viewer().getImage();
        List<Roi> rois = panel.list().rois();
        if (movie == null) {
            return failed("No movie to take traces from");
        }
        return panel.background("Exporting traces to " + target.getFileName(), monitor -> {
            double[][] traces = RoiManagerPanel.meanTraces(movie, rois, monitor);
            RoiFiles.writeTraces(target, movie, rois, traces);
        }).thenRun(() -> panel.status("Saved " + rois.size() + " traces to " + target));
    }

    private CompletableFuture<Void> failed(String why) {
        panel.status(why);
        return CompletableFuture.failedFuture(new IllegalStateException(why));
    }
}
