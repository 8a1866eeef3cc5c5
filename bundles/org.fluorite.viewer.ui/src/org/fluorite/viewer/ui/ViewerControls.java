package org.fluorite.viewer.ui;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.fluorite.core.display.Contrast;
import org.fluorite.core.display.LookupTable;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Projection;

/**
 * The viewer's controls around the picture: the side panel (channel choice, display range, zoom
 * buttons, projections) and the rows below it (Z slider, T slider with playback, and the banner
 * shown while a projection result is on screen). Kept in step with the viewer's state.
 */
final class ViewerControls {

    private final ImageViewer viewer;
    private final Composite side;
    private final Combo showCombo;
    private final Combo adjustCombo;
    private final ContrastPanel contrast;
    private final Button projectButton;
    private Composite axesArea;
    private Composite banner;
    private Label bannerLabel;
    private Button backButton;
    private final Map<Axis, AxisSlider> sliders = new EnumMap<>(Axis.class);
    private PlaybackControl playback;
    private Menu projectMenu;
    private java.util.List<org.fluorite.core.display.TimeBand> timeBands = java.util.List.of();

    ViewerControls(Composite parent, ImageViewer viewer) {
        this.viewer = viewer;
        side = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 4;
        side.setLayout(layout);

        new Label(side, SWT.NONE).setText("Show");
        showCombo = new Combo(side, SWT.READ_ONLY | SWT.DROP_DOWN);
        showCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        showCombo.setToolTipText("One channel alone, or all channels added together");
        showCombo.addListener(SWT.Selection, e -> showChosen());
        new Label(side, SWT.NONE).setText("Adjust");
        adjustCombo = new Combo(side, SWT.READ_ONLY | SWT.DROP_DOWN);
        adjustCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        adjustCombo.setToolTipText("The channel whose display range and colours the controls below change");
        adjustCombo.addListener(SWT.Selection, e -> viewer.setActiveChannel(adjustCombo.getSelectionIndex()));

        contrast = new ContrastPanel(side);
        contrast.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        contrast.setListener(new ContrastPanel.Listener() {
            @Override
            public void autoRequested() {
                viewer.autoContrast();
            }

            @Override
            public void rangeEdited(Contrast range) {
                viewer.setContrast(range);
            }

            @Override
            public void lutChosen(LookupTable lut) {
                viewer.setLut(lut);
            }

            @Override
            public void invalidInput(String message) {
                viewer.error(message, null);
            }
        });

        Composite zoom = new Composite(side, SWT.NONE);
        zoom.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        GridLayout zl = new GridLayout(3, true);
        zl.marginWidth = 0;
        zoom.setLayout(zl);
        button(zoom, "Fit", "Fit the image to the window (0)", viewer::fitToWindow);
        button(zoom, "+", "Zoom in (+, mouse wheel)", viewer::zoomIn);
        button(zoom, "\u2212", "Zoom out (-, mouse wheel)", viewer::zoomOut);

        projectButton = new Button(side, SWT.PUSH);
        projectButton.setText("Project\u2026");
        projectButton.setToolTipText("Max, mean or standard deviation along T or Z, computed in the background");
        projectButton.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        projectButton.addListener(SWT.Selection, e -> openProjectMenu());
        side.addListener(SWT.Dispose, e -> {
            if (projectMenu != null) {
                projectMenu.dispose();
            }
        });
    }

    private static Button button(Composite parent, String text, String tip, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /** Creates the rows below the picture; call after the side panel's sibling, the canvas. */
    void placeBelow(Composite parent) {
        axesArea = new Composite(parent, SWT.NONE);
        axesArea.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        GridLayout al = new GridLayout(1, false);
        al.marginHeight = 0;
        axesArea.setLayout(al);
        banner = new Composite(parent, SWT.NONE);
        GridData bd = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        bd.exclude = true;
        banner.setLayoutData(bd);
        banner.setVisible(false);
        banner.setLayout(new GridLayout(2, false));
        bannerLabel = new Label(banner, SWT.NONE);
        bannerLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        backButton = new Button(banner, SWT.PUSH);
        backButton.setText("Back to image");
        backButton.addListener(SWT.Selection, e -> viewer.showOriginal());
    }

    Composite side() {
        return side;
    }

    ContrastPanel contrast() {
        return contrast;
    }

    /** Recreates the sliders and channel choices for {@code state} (null: no image). */
    void rebuild(ViewState state, String projectionTitle) {
        stopPlayback();
        for (Control c : axesArea.getChildren()) {
            c.dispose();
        }
        sliders.clear();
        playback = null;
        if (state != null) {
            Image img = state.image;
            if (img.length(Axis.Z) > 1) {
                addSlider(Axis.Z, (int) img.length(Axis.Z), state, axesArea);
            }
            if (img.length(Axis.T) > 1) {
                Composite row = new Composite(axesArea, SWT.NONE);
                row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                GridLayout rl = new GridLayout(2, false);
                rl.marginWidth = 0;
                rl.marginHeight = 0;
                row.setLayout(rl);
                addSlider(Axis.T, (int) img.length(Axis.T), state, row);
                if (!timeBands.isEmpty()) {
                    sliders.get(Axis.T).setTimeBands(timeBands);
                }
                playback = new PlaybackControl(row, initialFps(img), viewer::playbackTick);
            }
        }
        ((GridData) axesArea.getLayoutData()).exclude = axesArea.getChildren().length == 0;
        axesArea.setVisible(axesArea.getChildren().length > 0);
        boolean showBanner = projectionTitle != null;
        if (showBanner) {
            bannerLabel.setText("Showing " + projectionTitle + " of " + viewer.getImage().name());
        }
        ((GridData) banner.getLayoutData()).exclude = !showBanner;
        banner.setVisible(showBanner);
        projectButton.setEnabled(state != null && !showBanner
                && (state.image.length(Axis.T) > 1 || state.image.length(Axis.Z) > 1));
        channelsChanged(state);
        viewer.layout(true, true);
    }

    private void addSlider(Axis axis, int length, ViewState state, Composite parent) {
        AxisSlider s = new AxisSlider(parent, axis, length);
        s.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        s.setIndex((int) state.index(axis));
        s.setOnChange(i -> viewer.setPosition(axis, i));
        sliders.put(axis, s);
    }

    /** Frames per second to start playback at: the file's rate if it gives one, else 10. */
    static double initialFps(Image img) {
        double fps = img.metadata().fps().orElse(Double.NaN);
        if (!(fps > 0) && img.calibration(Axis.T).isCalibrated()) {
            fps = 1 / img.calibration(Axis.T).size();
        }
        return fps > 0 && Double.isFinite(fps) ? fps : 10;
    }

    /** Bands shown under the T slider, now and after every rebuild. */
    void setTimeBands(java.util.List<org.fluorite.core.display.TimeBand> bands) {
        timeBands = java.util.List.copyOf(bands);
        AxisSlider t = sliders.get(Axis.T);
        if (t != null) {
            t.setTimeBands(timeBands);
        }
    }

    java.util.List<org.fluorite.core.display.TimeBand> timeBands() {
        return timeBands;
    }

    void positionChanged(ViewState state) {
        sliders.forEach((axis, s) -> s.setIndex((int) state.index(axis)));
    }

    void channelsChanged(ViewState state) {
        int n = state == null ? 1 : state.channels();
        showCombo.removeAll();
        adjustCombo.removeAll();
        for (int c = 0; c < n; c++) {
            showCombo.add("Channel " + (c + 1));
            adjustCombo.add("Channel " + (c + 1));
        }
        if (n > 1) {
            showCombo.add("Composite");
        }
        if (state == null) {
            showCombo.select(0);
            adjustCombo.select(0);
            showCombo.setEnabled(false);
            adjustCombo.setEnabled(false);
            contrast.setContrast(null);
            contrast.setHistogram(null);
            return;
        }
        boolean composite = state.mode == ChannelMode.COMPOSITE && n > 1;
        showCombo.select(composite ? n : state.active);
        adjustCombo.select(state.active);
        showCombo.setEnabled(n > 1);
        adjustCombo.setEnabled(composite);
        contrast.setContrast(state.contrasts[state.active]);
        contrast.setLut(state.luts[state.active]);
    }

    private void showChosen() {
        int i = showCombo.getSelectionIndex();
        if (i >= viewer.channelCount()) {
            viewer.setChannelMode(ChannelMode.COMPOSITE);
        } else {
            viewer.setChannelMode(ChannelMode.SINGLE);
            viewer.setActiveChannel(i);
        }
    }

    private void openProjectMenu() {
        Image img = viewer.getImage();
        if (img == null) {
            return;
        }
        if (projectMenu != null) {
            projectMenu.dispose();
        }
        projectMenu = new Menu(side.getShell(), SWT.POP_UP);
        for (Axis axis : new Axis[] {Axis.T, Axis.Z}) {
            if (img.length(axis) < 2) {
                continue;
            }
            for (Projection p : new Projection[] {Projection.MAX, Projection.MEAN, Projection.STD, Projection.MIN}) {
                MenuItem item = new MenuItem(projectMenu, SWT.PUSH);
                item.setText(ImageViewer.capitalised(p.label()) + " along " + axis);
                item.addListener(SWT.Selection, e -> viewer.project(p, axis));
            }
        }
        Rectangle b = projectButton.getBounds();
        Point at = projectButton.getParent().toDisplay(b.x, b.y + b.height);
        projectMenu.setLocation(at);
        projectMenu.setVisible(true);
    }

    void stopPlayback() {
        if (playback != null && !playback.isDisposed()) {
            playback.setPlaying(false);
        }
    }

    boolean isPlaying() {
        return playback != null && !playback.isDisposed() && playback.isPlaying();
    }

    void setPlaying(boolean on) {
        if (playback != null && !playback.isDisposed()) {
            playback.setPlaying(on);
        }
    }

    int getFps() {
        return playback == null ? 0 : playback.getFps();
    }

    void setFps(int fps) {
        if (playback != null) {
            playback.setFps(fps);
        }
    }

    AxisSlider slider(Axis axis) {
        return sliders.get(axis);
    }

    PlaybackControl playback() {
        return playback;
    }

    Combo showCombo() {
        return showCombo;
    }

    Combo adjustCombo() {
        return adjustCombo;
    }

    Button projectButton() {
        return projectButton;
    }

    Composite banner() {
        return banner;
    }

    String bannerText() {
        return bannerLabel.getText();
    }

    Button backButton() {
        return backButton;
    }
}
