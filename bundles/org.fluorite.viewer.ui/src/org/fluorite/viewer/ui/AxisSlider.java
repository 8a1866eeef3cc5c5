package org.fluorite.viewer.ui;

import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.fluorite.core.image.Axis;

/** A slider over one plane axis (T or Z) with its name and an "index / length" label. */
final class AxisSlider extends Composite {

    private final Axis axis;
    private final Scale scale;
    private final Label value;
    private final int length;
    private IntConsumer onChange;

    AxisSlider(Composite parent, Axis axis, int length) {
        super(parent, SWT.NONE);
        this.axis = axis;
        this.length = length;
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        layout.marginWidth = 0;
        setLayout(layout);
        Label name = new Label(this, SWT.NONE);
        name.setText(String.valueOf(axis.code()));
        name.setToolTipText(axis == Axis.T ? "Time (frame)" : "Focal plane");
        scale = new Scale(this, SWT.HORIZONTAL);
        scale.setMinimum(0);
        scale.setMaximum(Math.max(1, length - 1));
        scale.setIncrement(1);
        scale.setPageIncrement(Math.max(1, length / 10));
        scale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scale.addListener(SWT.Selection, e -> {
            updateLabel();
            if (onChange != null) {
                onChange.accept(scale.getSelection());
            }
        });
        value = new Label(this, SWT.RIGHT);
        GridData gd = new GridData(SWT.END, SWT.CENTER, false, false);
        gd.widthHint = 110;
        value.setLayoutData(gd);
        updateLabel();
    }

    Axis axis() {
        return axis;
    }

    int length() {
        return length;
    }

    void setOnChange(IntConsumer onChange) {
        this.onChange = onChange;
    }

    /** Moves the slider without telling the listener. */
    void setIndex(int index) {
        scale.setSelection(index);
        updateLabel();
    }

    int getIndex() {
        return scale.getSelection();
    }

    Scale scale() {
        return scale;
    }

    String labelText() {
        return value.getText();
    }

    private void updateLabel() {
        value.setText((scale.getSelection() + 1) + " / " + length);
    }
}
