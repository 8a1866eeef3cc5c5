package org.fluorite.project.ui.browser;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.fluorite.project.filter.FilterExpression;

/**
 * One column of the browser's filter strip, as in Mesmerize: the column's name, the list of its
 * unique values (selecting values writes them, joined by '|', into the filter), and the filter text
 * field; right-clicking the field offers the modifiers.
 */
final class FilterColumn extends Composite {

    /** Longest list of unique values shown; the filter still accepts any value. */
    static final int MAX_VALUES = 500;

    private final String column;
    private final org.eclipse.swt.widgets.List values;
    private final Text filter;
    private final Font bold;

    FilterColumn(Composite parent, String column, Runnable onEnter) {
        super(parent, SWT.NONE);
        this.column = column;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 2;
        layout.marginHeight = 0;
        setLayout(layout);
        Label name = new Label(this, SWT.NONE);
        name.setText(column);
        FontData fd = name.getFont().getFontData()[0];
        bold = new Font(getDisplay(), fd.getName(), fd.getHeight(), SWT.BOLD);
        name.setFont(bold);
        addListener(SWT.Dispose, e -> bold.dispose());
        values = new org.eclipse.swt.widgets.List(this, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        GridData vd = new GridData(SWT.FILL, SWT.FILL, true, true);
        vd.widthHint = 130;
        vd.heightHint = 80;
        values.setLayoutData(vd);
        filter = new Text(this, SWT.BORDER | SWT.SINGLE);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filter.setMessage("filter");
        filter.setToolTipText("Part of the text; a|b for either; right-click for exact, negated and numeric modifiers");
        filter.addListener(SWT.DefaultSelection, e -> onEnter.run());
        filter.setMenu(modifierMenu());
        values.addListener(SWT.Selection, e -> valuesChosen());
    }

    /** Selected values become the filter, joined by '|' (either of them). */
    void valuesChosen() {
        filter.setText(String.join("|", values.getSelection()));
    }

    private Menu modifierMenu() {
        Menu menu = new Menu(filter);
        for (FilterExpression.Mode mode : FilterExpression.Mode.values()) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(label(mode) + "   " + mode.prefix());
            item.addListener(SWT.Selection, e -> setModifier(mode));
        }
        return menu;
    }

    private static String label(FilterExpression.Mode mode) {
        return switch (mode) {
            case CONTAINS -> "Contains";
            case NOT_CONTAINS -> "Does not contain (negate)";
            case EQUALS -> "Exactly";
            case NOT_EQUALS -> "Not exactly (exact negate)";
            case GREATER -> "Greater than";
            case GREATER_OR_EQUAL -> "Greater or equal";
            case LESS -> "Less than";
            case LESS_OR_EQUAL -> "Less or equal";
            case NUMBER_EQUALS -> "Number equal to";
            case NUMBER_NOT_EQUALS -> "Number not equal to";
            case RANGE -> "In range lo..hi";
        };
    }

    /** Replaces the filter's modifier (if any) with {@code mode}'s. */
    void setModifier(FilterExpression.Mode mode) {
        String text = filter.getText();
        for (FilterExpression.Mode m : FilterExpression.Mode.values()) {
            if (text.startsWith(m.prefix())) {
                text = text.substring(m.prefix().length());
                break;
            }
        }
        filter.setText(mode == FilterExpression.Mode.CONTAINS ? text : mode.prefix() + text);
    }

    String column() {
        return column;
    }

    Text filterText() {
        return filter;
    }

    org.eclipse.swt.widgets.List valueList() {
        return values;
    }

    /** Shows {@code unique} (at most {@link #MAX_VALUES}). */
    void setValues(List<String> unique) {
        List<String> shown = new ArrayList<>(unique.subList(0, Math.min(MAX_VALUES, unique.size())));
        if (unique.size() > MAX_VALUES) {
            shown.add("... " + (unique.size() - MAX_VALUES) + " more");
        }
        values.setItems(shown.toArray(String[]::new));
        values.setToolTipText(unique.size() + " distinct value" + (unique.size() == 1 ? "" : "s"));
    }
}
