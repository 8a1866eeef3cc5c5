package org.fluorite.flow.ui;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fluorite.flow.graph.FlowNode;
import org.fluorite.ui.SettingsForm;

/**
 * The side panel of the selected node: its name, type and description, its state and error, the
 * controls generated from its settings record, and buttons that show its output as a table
 * (ViewTransmission) or its history (ViewHistory).
 */
public final class NodePanel {

    private final Composite body;
    private final Label title;
    private final Label description;
    private final Text message;
    private final Composite settingsArea;
    private final Button viewTransmission;
    private final Button viewHistory;
    private final Button peakEditor;
    private SettingsForm<Record> form;
    private FlowNode node;

    /**
     * @param onSettings called with the node id and its new settings after a valid edit
     * @param onView     called with the node id and the view asked for
     */
    public NodePanel(Composite parent, BiConsumer<String, Record> onSettings, BiConsumer<String, View> onView) {
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, true));
        title = new Label(body, SWT.WRAP);
        title.setLayoutData(span());
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        description = new Label(body, SWT.WRAP);
        description.setLayoutData(span());
        message = new Text(body, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
        GridData md = span();
        md.heightHint = 60;
        message.setLayoutData(md);
        settingsArea = new Composite(body, SWT.NONE);
        settingsArea.setLayout(new org.eclipse.swt.layout.FillLayout());
        settingsArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        viewTransmission = new Button(body, SWT.PUSH);
        viewTransmission.setText("View Transmission");
        viewTransmission.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewTransmission.addListener(SWT.Selection, e -> onView.accept(node.id(), View.TABLE));
        viewHistory = new Button(body, SWT.PUSH);
        viewHistory.setText("View History");
        viewHistory.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewHistory.addListener(SWT.Selection, e -> onView.accept(node.id(), View.HISTORY));
        peakEditor = new Button(body, SWT.PUSH);
        peakEditor.setText("Peak Editor");
        peakEditor.setToolTipText("Edit the peaks and bases of a PeakDetect output");
        peakEditor.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        peakEditor.addListener(SWT.Selection, e -> onView.accept(node.id(), View.PEAKS));
        this.onSettings = onSettings;
        show(null, null);
    }

    private final BiConsumer<String, Record> onSettings;

    private static GridData span() {
        return new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
    }

    /** The windows the panel's buttons open. */
    public enum View {
        /** ViewTransmission: the output's rows and history. */
        TABLE,
        /** ViewHistory: the output's history tree. */
        HISTORY,
        /** The Peak Editor on a PeakDetect output. */
        PEAKS
    }

    public Control control() {
        return body;
    }

    /** Shows a node (null: a hint instead) with its current state. */
    public void show(FlowNode n, RunStates states) {
        this.node = n;
        for (Control c : settingsArea.getChildren()) {
            c.dispose();
        }
        form = null;
        if (n == null) {
            title.setText("No node selected");
            description.setText("Right-click the canvas to add a node; drag from an output to an input to connect.");
            message.setText("");
        } else {
            title.setText(n.id());
            description.setText(n.factory().name() + " (" + n.factory().category() + ", " + n.factory().id() + ")\n"
                    + n.factory().description());
            form = new SettingsForm<>(settingsArea, n.settings());
            Consumer<SettingsForm<Record>> listener = f -> {
                if (f.problem() != null) {
                    message.setText(f.problem());
                } else if (!f.value().equals(node.settings())) {
                    onSettings.accept(node.id(), f.value());
                }
            };
            form.addChangeListener(listener);
            refreshState(states);
        }
        viewTransmission.setEnabled(n != null);
        viewHistory.setEnabled(n != null);
        peakEditor.setEnabled(n != null && n.factory().outputs().stream().anyMatch(o -> o.type().equals(org.fluorite.flow.node.DataType.TRANSMISSION)));
        body.layout(true, true);
    }

    /** Updates the state line and error of the shown node. */
    public void refreshState(RunStates states) {
        if (node == null || states == null || message.isDisposed()) {
            return;
        }
        NodeState s = states.state(node.id());
        String m = states.message(node.id());
        message.setText(s.name().toLowerCase(java.util.Locale.ROOT) + (m.isEmpty() ? "" : ": " + m));
        message.setForeground(body.getDisplay().getSystemColor(s == NodeState.FAILED ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
    }

    /** The shown node's settings form (null when none is shown). */
    public SettingsForm<Record> form() {
        return form;
    }

    /** The state/error text shown. */
    public String messageText() {
        return message.getText();
    }
}
