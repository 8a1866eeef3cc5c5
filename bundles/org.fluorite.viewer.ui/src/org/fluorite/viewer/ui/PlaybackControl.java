package org.fluorite.viewer.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/**
 * Play/pause button and playback speed (frames per second) for a movie. While playing it calls
 * its tick action every 1/fps seconds on the UI thread; the action decides whether to advance
 * (the viewer skips a tick while the previous frame is still being read).
 */
final class PlaybackControl extends Composite {

    static final int MAX_FPS = 200;

    private final Button play;
    private final Spinner fps;
    private final Runnable tick;
    private final Runnable timer = this::onTimer;
    private boolean playing;

    PlaybackControl(Composite parent, double initialFps, Runnable tick) {
        super(parent, SWT.NONE);
        this.tick = tick;
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        layout.marginWidth = 0;
        setLayout(layout);
        play = new Button(this, SWT.PUSH);
        play.addListener(SWT.Selection, e -> setPlaying(!playing));
        fps = new Spinner(this, SWT.BORDER);
        fps.setMinimum(1);
        fps.setMaximum(MAX_FPS);
        fps.setSelection((int) Math.max(1, Math.min(MAX_FPS, Math.round(initialFps))));
        fps.setToolTipText("Playback speed in frames per second");
        new Label(this, SWT.NONE).setText("fps");
        updateButton();
        addListener(SWT.Dispose, e -> playing = false);
    }

    boolean isPlaying() {
        return playing;
    }

    void setPlaying(boolean on) {
        if (on == playing) {
            return;
        }
        playing = on;
        updateButton();
        if (on) {
            getDisplay().timerExec(delay(), timer);
        } else {
            getDisplay().timerExec(-1, timer);
        }
    }

    int getFps() {
        return fps.getSelection();
    }

    void setFps(int framesPerSecond) {
        fps.setSelection(Math.max(1, Math.min(MAX_FPS, framesPerSecond)));
    }

    Button playButton() {
        return play;
    }

    private int delay() {
        return Math.max(1, 1000 / fps.getSelection());
    }

    private void onTimer() {
        if (!playing || isDisposed()) {
            return;
        }
        tick.run();
        if (playing && !isDisposed()) {
            getDisplay().timerExec(delay(), timer);
        }
    }

    private void updateButton() {
        play.setText(playing ? "Pause" : "Play");
        play.setToolTipText(playing ? "Stop the movie" : "Play the movie");
    }
}
