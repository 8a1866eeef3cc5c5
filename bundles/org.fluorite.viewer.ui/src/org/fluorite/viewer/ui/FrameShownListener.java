package org.fluorite.viewer.ui;

/**
 * Told, on the UI thread, each time the viewer has drawn a newly requested frame. Tests and
 * automation use it to wait until what they asked for is on screen.
 */
public interface FrameShownListener {

    void frameShown(FrameShownEvent event);
}
