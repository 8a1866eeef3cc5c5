package org.fluorite.project;

import java.util.List;

/**
 * What changed in a project, sent to {@link ProjectListener}s after the change committed, so that
 * the project browser and other views refresh.
 *
 * @param kind      what happened
 * @param sampleIds the samples concerned (empty for configuration and tab changes)
 */
public record ProjectChange(Kind kind, List<SampleId> sampleIds) {

    /** Kinds of change. */
    public enum Kind {
        SAMPLE_ADDED, SAMPLE_REPLACED, SAMPLE_DELETED, VALUES_SET, CONFIGURATION_CHANGED, TABS_CHANGED
    }

    public ProjectChange {
        sampleIds = List.copyOf(sampleIds);
    }
}
