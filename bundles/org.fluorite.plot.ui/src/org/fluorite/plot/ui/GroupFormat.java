package org.fluorite.plot.ui;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.List;

/** Axis tick labels naming groups placed at whole numbers 0, 1, 2, ...; other ticks stay blank. */
final class GroupFormat extends Format {

    private static final long serialVersionUID = 1L;
    private final List<String> groups;

    GroupFormat(List<String> groups) {
        this.groups = List.copyOf(groups);
    }

    @Override
    public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
        if (obj instanceof Number n) {
            double v = n.doubleValue();
            long i = Math.round(v);
            if (Math.abs(v - i) < 1e-6 && i >= 0 && i < groups.size()) {
                toAppendTo.append(groups.get((int) i));
            }
        }
        return toAppendTo;
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        return null;
    }
}
