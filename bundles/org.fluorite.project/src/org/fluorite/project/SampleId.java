package org.fluorite.project;

import java.util.Objects;

/**
 * The identity of a sample in a project: an animal id and a trial id, written
 * {@code Animal-_-Trial} as Mesmerize does. A sample id never changes once the sample is stored;
 * the batch manager and flowcharts refer to samples by it.
 *
 * @param animal the animal id; must not contain {@value #SEPARATOR}, not blank
 * @param trial  the trial id; must not contain {@value #SEPARATOR}, not blank
 */
public record SampleId(String animal, String trial) {

    /** The character sequence joining animal and trial ids; refused inside either. */
    public static final String SEPARATOR = "-_-";

    /** Longest animal or trial id, characters. */
    public static final int MAX_LENGTH = 200;

    public SampleId {
        check("Animal ID", animal);
        check("Trial ID", trial);
    }

    private static void check(String what, String id) {
        Objects.requireNonNull(id, what);
        if (id.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (id.contains(SEPARATOR)) {
            throw new IllegalArgumentException(what + " '" + id + "' contains '" + SEPARATOR
                    + "', which joins Animal ID and Trial ID in the SampleID: remove it from the " + what);
        }
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters");
        }
        if (!id.strip().equals(id)) {
            throw new IllegalArgumentException(what + " '" + id + "' begins or ends with white space");
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                throw new IllegalArgumentException(what + " contains a control character");
            }
        }
    }

    /**
     * Parses {@code Animal-_-Trial}.
     *
     * @throws IllegalArgumentException when the separator is missing or appears more than once
     */
    public static SampleId parse(String sampleId) {
        int at = sampleId.indexOf(SEPARATOR);
        if (at < 0 || sampleId.indexOf(SEPARATOR, at + SEPARATOR.length()) >= 0) {
            throw new IllegalArgumentException("'" + sampleId + "' is not a SampleID of the form Animal" + SEPARATOR + "Trial");
        }
        return new SampleId(sampleId.substring(0, at), sampleId.substring(at + SEPARATOR.length()));
    }

    /** {@code animal-_-trial}. */
    @Override
    public String toString() {
        return animal + SEPARATOR + trial;
    }
}
