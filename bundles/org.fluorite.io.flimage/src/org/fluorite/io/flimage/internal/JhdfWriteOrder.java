package org.fluorite.io.flimage.internal;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;

/**
 * Works around a jHDF 0.13.0 writer defect: when the file is closed, jHDF appends its version
 * string at the end of the last dataset written, which overwrites the object header of an empty
 * group written after that dataset (the flimage layout's empty {@code bg_data} group beside
 * {@code raw}); h5py then fails with "bad object header version number". jHDF writes a group's
 * children in the iteration order of its internal map, so this puts the children without any
 * dataset below them first. The writer checks the written file afterwards, so if a jHDF version
 * changes these internals the failure is reported, never silent.
 */
final class JhdfWriteOrder {

    private JhdfWriteOrder() {
    }

    /** Reorders the children of {@code group} and of every group below it. */
    static void emptyGroupsFirst(WritableGroup group) {
        Map<String, Node> children = group.getChildren();
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : children.entrySet()) {
            if (!holdsDataset(e.getValue())) {
                ordered.put(e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, Node> e : children.entrySet()) {
            if (holdsDataset(e.getValue())) {
                ordered.put(e.getKey(), e.getValue());
            }
            if (e.getValue() instanceof WritableGroup g) {
                emptyGroupsFirst(g);
            }
        }
        replaceChildren(group, ordered);
    }

    private static boolean holdsDataset(Node node) {
        if (node instanceof Dataset) {
            return true;
        }
        if (node instanceof Group g) {
            for (Node child : g.getChildren().values()) {
                if (holdsDataset(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void replaceChildren(WritableGroup group, Map<String, Object> ordered) {
        Object target = group;
        Field field = field(group.getClass(), "children");
        if (field == null) {
            // the file object delegates to its root group
            Field root = field(group.getClass(), "rootGroup");
            if (root == null) {
                throw new IllegalStateException("this jHDF version has no children map to order");
            }
            try {
                root.setAccessible(true);
                target = root.get(group);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot order the groups jHDF writes: " + e, e);
            }
            field = field(target.getClass(), "children");
        }
        if (field == null) {
            throw new IllegalStateException("this jHDF version has no children map to order");
        }
        try {
            field.setAccessible(true);
            field.set(target, ordered);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot order the groups jHDF writes: " + e, e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
