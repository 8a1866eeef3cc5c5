package org.fluorite.ui.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fluorite.ui.UiTopics;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The status line at the bottom of the window; shows the latest {@link UiTopics#STATUS} message. */
public class StatusLine {

    private Label label;

    @PostConstruct
    public void create(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        box.setLayout(layout);
        label = new Label(box, SWT.NONE);
        label.setText("Ready");
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 800;
        label.setLayoutData(data);
        // the trim bar is laid out before its controls have content: ask again once shown
        parent.getDisplay().asyncExec(() -> {
            if (!box.isDisposed()) {
                box.requestLayout();
            }
        });
    }

    @Inject
    @Optional
    public void show(@UIEventTopic(UiTopics.STATUS) String message) {
        if (label != null && !label.isDisposed()) {
            label.setText(message == null ? "" : message.replace('\n', ' '));
            label.setToolTipText(message);
            label.requestLayout();
        }
    }

    /** The text shown, for tests. */
    public String text() {
        return label == null || label.isDisposed() ? "" : label.getText();
    }
}
