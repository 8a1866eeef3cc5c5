package org.fluorite.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fluorite.core.settings.SettingsRecords;

/**
 * A form generated from a settings record ({@link org.fluorite.core.settings.Setting}
 * annotations): a row per component with its label, an input (text for numbers and words, a check
 * box for yes/no, a list for choices), its unit and the name in other tools as a tooltip. Every
 * edit rebuilds the record; a problem is reported in the user's words and the last valid record
 * kept.
 *
 * @param <R> the settings record type
 */
public final class SettingsForm<R extends Record> {

    private final Composite body;
    private final Map<String, Control> inputs = new LinkedHashMap<>();
    private R value;
    private String problem;
    private final List<Consumer<SettingsForm<R>>> listeners = new ArrayList<>();

    public SettingsForm(Composite parent, R initial) {
        this.value = initial;
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        for (SettingsRecords.Field f : SettingsRecords.fields(initial)) {
            Label label = new Label(body, SWT.NONE);
            label.setText(f.label() + ":");
            Control input = input(f);
            input.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            String tip = f.setting() == null ? "" : (f.setting().description()
                    + (f.setting().alias().isEmpty() ? "" : "\n(" + f.setting().alias() + ")")).strip();
            if (!tip.isEmpty()) {
                label.setToolTipText(tip);
                input.setToolTipText(tip);
            }
            new Label(body, SWT.NONE).setText(f.unit());
            inputs.put(f.name(), input);
        }
    }

    private Control input(SettingsRecords.Field f) {
        Class<?> t = f.type();
        if (t == boolean.class || t == Boolean.class) {
            Button check = new Button(body, SWT.CHECK);
            check.setSelection(Boolean.TRUE.equals(f.value()));
            check.addListener(SWT.Selection, e -> update());
            return check;
        }
        if (t.isEnum()) {
            Combo combo = new Combo(body, SWT.READ_ONLY);
            for (Object c : t.getEnumConstants()) {
                combo.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
            }
            combo.setText(((Enum<?>) f.value()).name().toLowerCase(Locale.ROOT));
            combo.addListener(SWT.Selection, e -> update());
            return combo;
        }
        Text text = new Text(body, SWT.BORDER);
        text.setText(String.valueOf(f.value()));
        text.addListener(SWT.Modify, e -> update());
        return text;
    }

    private void update() {
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach((name, c) -> values.put(name, switch (c) {
            case Button b -> b.getSelection();
            case Combo combo -> combo.getText();
            case Text t -> t.getText();
            default -> throw new IllegalStateException();
        }));
        try {
            value = SettingsRecords.with(value, values);
            problem = null;
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        listeners.forEach(l -> l.accept(this));
    }

    public Composite control() {
        return body;
    }

    /** The last valid settings. */
    public R value() {
        return value;
    }

    /** What is wrong with the current input, or null. */
    public String problem() {
        return problem;
    }

    /** Called after every edit. */
    public void addChangeListener(Consumer<SettingsForm<R>> listener) {
        listeners.add(listener);
    }

    /** Sets one input's text as a user would type it (for automation and tests). */
    public void setText(String name, String text) {
        Control c = inputs.get(name);
        if (c instanceof Text t) {
            t.setText(text);
        } else if (c instanceof Combo combo) {
            combo.setText(text);
            update();
        } else if (c instanceof Button b) {
            b.setSelection(Boolean.parseBoolean(text));
            update();
        } else {
            throw new IllegalArgumentException("No setting named " + name);
        }
    }
}
