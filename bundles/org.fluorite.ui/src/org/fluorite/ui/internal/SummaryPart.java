package org.fluorite.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.fluorite.core.DataObject;
import org.fluorite.ui.DataPresenter;

import jakarta.annotation.PostConstruct;

/**
 * The view of last resort: any data object as a tree of what Fluorite knows about it (name, kind,
 * its own description, metadata, provenance), for kinds no installed view draws yet.
 */
public class SummaryPart {

    /** Element id of the part descriptor (Application.e4xmi). */
    public static final String DESCRIPTOR_ID = "org.fluorite.ui.partdescriptor.summary";

    /** Longest list shown in full; longer ones show their first entries. */
    private static final int MAX_ENTRIES = 200;

    private Tree tree;

    @PostConstruct
    public void create(Composite parent, MPart part) {
        parent.setLayout(new FillLayout());
        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
        tree.setHeaderVisible(true);
        TreeColumn key = new TreeColumn(tree, SWT.LEFT);
        key.setText("Property");
        key.setWidth(320);
        TreeColumn value = new TreeColumn(tree, SWT.LEFT);
        value.setText("Value");
        value.setWidth(640);
        if (part.getTransientData().get(DataPresenter.DATA_KEY) instanceof DataObject data) {
            add(null, "name", data.name());
            add(null, "kind", data.kind());
            data.describe().forEach((k, v) -> add(null, k, v));
            add(null, "metadata", data.metadata().asMap());
            add(null, "provenance", data.provenance().toList());
            for (TreeItem item : tree.getItems()) {
                item.setExpanded(!"metadata".equals(item.getText(0)) && !"provenance".equals(item.getText(0)));
            }
        }
    }

    private void add(TreeItem parent, String name, Object value) {
        TreeItem item = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
        item.setText(0, name);
        if (value instanceof Map<?, ?> map) {
            item.setText(1, map.size() + (map.size() == 1 ? " entry" : " entries"));
            int n = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (n++ == MAX_ENTRIES) {
                    add(item, "...", (map.size() - MAX_ENTRIES) + " more");
                    break;
                }
                add(item, String.valueOf(e.getKey()), e.getValue());
            }
        } else if (value instanceof List<?> list && list.stream().anyMatch(o -> o instanceof Map || o instanceof List)) {
            item.setText(1, list.size() + (list.size() == 1 ? " item" : " items"));
            for (int i = 0; i < list.size(); i++) {
                if (i == MAX_ENTRIES) {
                    add(item, "...", (list.size() - MAX_ENTRIES) + " more");
                    break;
                }
                add(item, "[" + i + "]", list.get(i));
            }
        } else {
            String text = String.valueOf(value);
            item.setText(1, text.length() > 2000 ? text.substring(0, 2000) + "..." : text);
        }
    }

    @Focus
    public void focus() {
        tree.setFocus();
    }
}
