package org.fluorite.project.ui;

import java.nio.file.Path;

import org.fluorite.project.SampleId;

/**
 * Marks a viewer part whose movie is a sample of a project (stored in the part's transient data
 * under {@link #KEY}), so "Add to Project" offers to save over it.
 *
 * @param projectDir the project's folder
 * @param id         the sample's id
 */
public record SampleRef(Path projectDir, SampleId id) {

    /** Transient-data key of a viewer part showing a project sample. */
    public static final String KEY = "org.fluorite.project.ui.sample";
}
