package org.fluorite.batch.ui.widgets;

import java.io.IOException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.fluorite.batch.Batch;
import org.fluorite.batch.LogTail;

/**
 * The live standard output of one item: the tail of its log.txt, followed as the worker appends
 * to it. Reading happens off the display thread ({@link #poll()}); {@link #append} shows the text.
 * The pane keeps at most {@link #MAX_CHARS} characters (the oldest are dropped).
 */
public final class LogPane {

    /** Characters kept in the pane. */
    public static final int MAX_CHARS = 200_000;

    private final Text text;
    private volatile LogTail tail;
    private volatile String uuid;

    public LogPane(Composite parent) {
        text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        int height = parent.getDisplay().getSystemFont().getFontData()[0].getHeight();
        Font mono = new Font(parent.getDisplay(), "Monospace", Math.max(8, height - 1), SWT.NORMAL);
        text.setFont(mono);
        text.addListener(SWT.Dispose, e -> mono.dispose());
    }

    public Text control() {
        return text;
    }

    /** Follows the log of {@code itemUuid} in {@code batch} (null: none); clears the pane. Display thread. */
    public void follow(Batch batch, String itemUuid) {
        if (itemUuid != null && itemUuid.equals(uuid) && tail != null) {
            return;
        }
        uuid = itemUuid;
        tail = batch == null || itemUuid == null ? null : batch.logTail(itemUuid);
        text.setText("");
    }

    /** The item followed, or null. */
    public String followed() {
        return uuid;
    }

    /** A poll result: the item and the text its log gained. */
    public record Chunk(String uuid, LogTail tail, String text) {
    }

    /** Reads what the log gained since the last poll (any thread); null when nothing is followed. */
    public Chunk poll() throws IOException {
        LogTail t = tail;
        String u = uuid;
        if (t == null) {
            return null;
        }
        return new Chunk(u, t, t.read());
    }

    /** Shows a poll's text when it still belongs to the followed item. Display thread. */
    public void append(Chunk chunk) {
        if (chunk == null || chunk.text().isEmpty() || text.isDisposed() || chunk.tail() != tail) {
            return;
        }
        text.append(chunk.text());
        int n = text.getCharCount();
        if (n > MAX_CHARS) {
            String all = text.getText();
            text.setText(all.substring(all.length() - MAX_CHARS / 2));
            text.setSelection(text.getCharCount());
        }
    }

    /** The text shown. */
    public String shownText() {
        return text.getText();
    }
}
