package org.fluorite.project.ui;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.project.ProjectColumn;
import org.fluorite.project.ProjectConfiguration;

/**
 * The difference between a project's configuration and the columns the configuration dialog ends
 * with: columns to add (existing samples get their replace value) and columns to remove. A column
 * keeps its kind and value type for life, as in Mesmerize; changing them is refused.
 *
 * @param added   new columns, in the dialog's order
 * @param removed names of columns to remove
 */
public record ConfigurationChange(List<ProjectColumn> added, List<String> removed) {

    public ConfigurationChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /**
     * Compares {@code before} with {@code after}.
     *
     * @throws IllegalArgumentException when {@code after} is not a valid configuration or changes
     *                                  the kind or type of a kept column
     */
    public static ConfigurationChange between(ProjectConfiguration before, List<ProjectColumn> after) {
        new ProjectConfiguration(after); // validates names and duplicates
        List<ProjectColumn> added = new ArrayList<>();
        for (ProjectColumn c : after) {
            var old = before.column(c.name());
            if (old.isEmpty()) {
                added.add(c);
            } else if (old.get().kind() != c.kind() || old.get().type() != c.type()) {
                throw new IllegalArgumentException("Column '" + c.name() + "' is a " + describe(old.get())
                        + " column: its kind and type cannot change (remove it and add a new column instead)");
            }
        }
        List<String> removed = new ArrayList<>();
        for (ProjectColumn c : before.columns()) {
            if (after.stream().noneMatch(a -> a.name().equals(c.name()))) {
                removed.add(c.name());
            }
        }
        return new ConfigurationChange(added, removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    /** "ROI type", "stimulus type", or "custom (int)". */
    public static String describe(ProjectColumn c) {
        return switch (c.kind()) {
            case ROI_TYPE -> "ROI type";
            case STIMULUS_TYPE -> "stimulus type";
            case CUSTOM -> "custom (" + c.type().word() + ")";
        };
    }
}
