package org.fluorite.project;

/** The three kinds of configurable columns of a project, as in Mesmerize's project configuration. */
public enum ColumnKind {
    /** Tags of each ROI ("untagged" when not set), e.g. anatomical_region. */
    ROI_TYPE("roi-type"),
    /** Stimulus types; a row shows the names of the sample's periods of that type. */
    STIMULUS_TYPE("stimulus-type"),
    /** A value per sample (text, whole number or decimal), asked for when a sample is added. */
    CUSTOM("custom");

    private final String word;

    ColumnKind(String word) {
        this.word = word;
    }

    /** The word stored in the database and printed in JSON. */
    public String word() {
        return word;
    }

    public static ColumnKind fromWord(String word) {
        for (ColumnKind k : values()) {
            if (k.word.equals(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown column kind '" + word + "'");
    }
}
