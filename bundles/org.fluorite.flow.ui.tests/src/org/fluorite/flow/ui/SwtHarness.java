package org.fluorite.flow.ui;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/** SWT helpers for the editor tests: event dispatch, simulated mouse and key events, screenshots. */
final class SwtHarness {

    private SwtHarness() {
    }

    static void spin(Display display) {
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // dispatch pending events
            }
        }
    }

    /** Sends a press, two moves and a release to {@code c} as a user's drag would. */
    static void drag(Control c, int button, int x0, int y0, int x1, int y1) {
        send(c, SWT.MouseDown, button, x0, y0);
        send(c, SWT.MouseMove, 0, (x0 + x1) / 2, (y0 + y1) / 2);
        send(c, SWT.MouseMove, 0, x1, y1);
        send(c, SWT.MouseUp, button, x1, y1);
    }

    static void click(Control c, int x, int y) {
        send(c, SWT.MouseDown, 1, x, y);
        send(c, SWT.MouseUp, 1, x, y);
    }

    static void send(Control c, int type, int button, int x, int y) {
        Event e = new Event();
        e.button = button;
        e.x = x;
        e.y = y;
        c.notifyListeners(type, e);
    }

    static void key(Control c, int keyCode) {
        Event e = new Event();
        e.keyCode = keyCode;
        c.notifyListeners(SWT.KeyDown, e);
    }

    /** The control as it draws itself. */
    static ImageData capture(Control c) {
        c.redraw();
        c.update();
        spin(c.getDisplay());
        Rectangle b = c.getBounds();
        Image image = new Image(c.getDisplay(), b.width, b.height);
        // print, not a copy of the screen: other windows on the shared X display may cover the shell
        GC gc = new GC(image);
        c.print(gc);
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    static void save(ImageData data, Path file) {
        ImageLoader saver = new ImageLoader();
        saver.data = new ImageData[] {data};
        saver.save(file.toString(), SWT.IMAGE_PNG);
    }

    /** How many sampled pixels are close to an RGB colour (within 12 per channel). */
    static int count(ImageData d, int r, int g, int b) {
        int n = 0;
        for (int y = 0; y < d.height; y += 2) {
            for (int x = 0; x < d.width; x += 2) {
                var rgb = d.palette.getRGB(d.getPixel(x, y));
                if (Math.abs(rgb.red - r) <= 12 && Math.abs(rgb.green - g) <= 12 && Math.abs(rgb.blue - b) <= 12) {
                    n++;
                }
            }
        }
        return n;
    }
}
