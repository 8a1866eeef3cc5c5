package org.fluorite.hdf5.ui;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.fluorite.io.hdf5.Hdf5Node;
import org.fluorite.io.hdf5.Hdf5Tree;

/**
 * The HDF5 browser: on the left the tree of groups, datasets and links with shape and type in a
 * second column (groups are filled in when first expanded, so files with thousands of objects
 * open at once); on the right the selected object's description and attributes, and an "Open"
 * button. Double-clicking a dataset that opens as an image or a table, or pressing "Open", hands
 * it to the open handler (the workbench part opens it in a background job). SWT only.
 */
public class Hdf5Browser extends Composite {

    private static final String NODE = "fluorite.hdf5.node";
    private static final String PENDING = "fluorite.hdf5.pending";

    private final Label title;
    private final Label message;
    private final Tree tree;
    private final Label details;
    private final Table attributes;
    private final Button openButton;
    private Hdf5Tree data;
    private Consumer<Hdf5Node> openHandler = n -> {
    };

    public Hdf5Browser(Composite parent, int style) {
        super(parent, style);
        setLayout(new GridLayout(2, false));
        title = new Label(this, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        message = new Label(this, SWT.RIGHT);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));

        tree = new Tree(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        tree.setHeaderVisible(true);
        TreeColumn name = new TreeColumn(tree, SWT.LEFT);
        name.setText("Name");
        name.setWidth(260);
        TreeColumn shape = new TreeColumn(tree, SWT.LEFT);
        shape.setText("Shape / type");
        shape.setWidth(200);
        tree.addListener(SWT.Expand, e -> fill((TreeItem) e.item));
        tree.addListener(SWT.Selection, e -> showSelection());
        tree.addListener(SWT.DefaultSelection, e -> openSelection());

        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        details = new Label(right, SWT.WRAP);
        details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        attributes = new Table(right, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        attributes.setHeaderVisible(true);
        attributes.setLinesVisible(true);
        attributes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumn attrName = new TableColumn(attributes, SWT.LEFT);
        attrName.setText("Attribute");
        attrName.setWidth(170);
        TableColumn attrValue = new TableColumn(attributes, SWT.LEFT);
        attrValue.setText("Value");
        attrValue.setWidth(330);
        openButton = new Button(right, SWT.PUSH);
        openButton.setText("Open");
        openButton.setEnabled(false);
        openButton.addListener(SWT.Selection, e -> openSelection());
        sash.setWeights(48, 52);
    }

    /** Shows the structure of a file, the root's members listed and the root selected. */
    public void setTree(Hdf5Tree hdf5) {
        data = hdf5;
        tree.removeAll();
        int datasets = hdf5.datasets().size();
        title.setText(hdf5.file() + " \u2014 " + String.format(Locale.ROOT, "%,d", datasets) + " dataset"
                + (datasets == 1 ? "" : "s") + (hdf5.isTruncated() ? " (listing cut)" : ""));
        for (Hdf5Node child : hdf5.root().children()) {
            item(new TreeItem(tree, SWT.NONE), child);
        }
        show(hdf5.root());
        layout(true, true);
    }

    private void item(TreeItem item, Hdf5Node node) {
        item.setText(new String[] {node.name(), node.summary()});
        item.setData(NODE, node);
        if (node.isGroup() && !node.children().isEmpty()) {
            // a placeholder child makes the group expandable; its members are added on first expand
            new TreeItem(item, SWT.NONE).setData(PENDING, Boolean.TRUE);
        }
    }

    private void fill(TreeItem group) {
        TreeItem[] kids = group.getItems();
        if (kids.length == 1 && kids[0].getData(PENDING) != null) {
            kids[0].dispose();
            Hdf5Node node = (Hdf5Node) group.getData(NODE);
            for (Hdf5Node child : node.children()) {
                item(new TreeItem(group, SWT.NONE), child);
            }
        }
    }

    /** Expands the groups along {@code path} and selects the object there; false when it is not in the tree. */
    public boolean select(String path) {
        TreeItem[] level = tree.getItems();
        TreeItem found = null;
        for (TreeItem item : level) {
            found = find(item, path);
            if (found != null) {
                break;
            }
        }
        if (found == null) {
            return false;
        }
        tree.setSelection(found);
        showSelection();
        return true;
    }

    private TreeItem find(TreeItem item, String path) {
        Hdf5Node node = (Hdf5Node) item.getData(NODE);
        if (node == null) {
            return null;
        }
        if (node.path().equals(path)) {
            return item;
        }
        if (node.isGroup() && path.startsWith(node.path() + "/")) {
            fill(item);
            item.setExpanded(true);
            for (TreeItem child : item.getItems()) {
                TreeItem f = find(child, path);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private void showSelection() {
        Hdf5Node node = selected();
        show(node == null && data != null ? data.root() : node);
    }

    private void show(Hdf5Node node) {
        if (node == null) {
            return;
        }
        details.setText(String.join("\n", NodeText.details(node)));
        attributes.removeAll();
        for (String[] row : NodeText.attributeRows(node)) {
            new TableItem(attributes, SWT.NONE).setText(row);
        }
        openButton.setEnabled(node.view() != Hdf5Node.View.NONE);
        details.getParent().layout(true, true);
    }

    /** The selected object, null when nothing is selected. */
    public Hdf5Node selected() {
        TreeItem[] sel = tree.getSelection();
        return sel.length == 0 ? null : (Hdf5Node) sel[0].getData(NODE);
    }

    /** Opens the selected dataset when it has a view (image or table). */
    public void openSelection() {
        Hdf5Node node = selected();
        if (node != null && node.view() != Hdf5Node.View.NONE) {
            openHandler.accept(node);
        }
    }

    /** Shows a line for the user beside the title, e.g. why a dataset could not be opened. */
    public void setMessage(String text) {
        message.setText(text == null ? "" : text);
        message.setToolTipText(text);
        layout(true, true);
    }

    public Label messageLabel() {
        return message;
    }

    /** Receives datasets the user asks to open, on the UI thread. */
    public void setOpenHandler(Consumer<Hdf5Node> handler) {
        openHandler = handler;
    }

    public Hdf5Tree data() {
        return data;
    }

    public Tree tree() {
        return tree;
    }

    public Table attributeTable() {
        return attributes;
    }

    public Label detailsLabel() {
        return details;
    }

    public Button openButton() {
        return openButton;
    }

    public Label titleLabel() {
        return title;
    }
}
