package org.fluorite.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The configurable columns of a project in their order: ROI type columns, stimulus type columns
 * and custom columns. Immutable; change it with {@link Project#addColumn}.
 */
public record ProjectConfiguration(List<ProjectColumn> columns) {

    /** Columns every project table has; no configured column may take these names. */
    public static final Set<String> FIXED_COLUMNS = Set.of(ProjectTable.SAMPLE_ID, ProjectTable.ANIMAL_ID,
            ProjectTable.TRIAL_ID, ProjectTable.IMG_UUID, ProjectTable.ROI_UUID, ProjectTable.ROI_INDEX,
            ProjectTable.ROI_NAME, ProjectTable.ROI_SHAPE, ProjectTable.COMMENTS, ProjectTable.DATE);

    public ProjectConfiguration {
        columns = List.copyOf(columns);
        Set<String> seen = new HashSet<>();
        for (ProjectColumn c : columns) {
            if (FIXED_COLUMNS.contains(c.name())) {
                throw new IllegalArgumentException("'" + c.name() + "' is a fixed column of every project");
            }
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("Column '" + c.name() + "' is configured twice");
            }
        }
    }

    public static final ProjectConfiguration EMPTY = new ProjectConfiguration(List.of());

    /** A configuration of ROI type, stimulus type and custom columns, in that order. */
    public static ProjectConfiguration of(List<String> roiTypes, List<String> stimulusTypes, List<ProjectColumn> custom) {
        List<ProjectColumn> all = new ArrayList<>();
        roiTypes.forEach(n -> all.add(ProjectColumn.roiType(n)));
        stimulusTypes.forEach(n -> all.add(ProjectColumn.stimulusType(n)));
        all.addAll(custom);
        return new ProjectConfiguration(all);
    }

    public List<ProjectColumn> ofKind(ColumnKind kind) {
        return columns.stream().filter(c -> c.kind() == kind).toList();
    }

    public List<String> roiTypes() {
        return ofKind(ColumnKind.ROI_TYPE).stream().map(ProjectColumn::name).toList();
    }

    public List<String> stimulusTypes() {
        return ofKind(ColumnKind.STIMULUS_TYPE).stream().map(ProjectColumn::name).toList();
    }

    public List<ProjectColumn> customColumns() {
        return ofKind(ColumnKind.CUSTOM);
    }

    public Optional<ProjectColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** This configuration with {@code column} added at the end. */
    public ProjectConfiguration with(ProjectColumn column) {
        List<ProjectColumn> all = new ArrayList<>(columns);
        all.add(column);
        return new ProjectConfiguration(all);
    }
}
