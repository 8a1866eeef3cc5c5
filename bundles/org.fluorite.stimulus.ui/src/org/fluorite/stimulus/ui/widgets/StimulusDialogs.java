package org.fluorite.stimulus.ui.widgets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The questions the Stimulus Map panel asks the user. The panel uses {@link SwtStimulusDialogs};
 * tests answer them without modal dialogs.
 */
public interface StimulusDialogs {

    /** The CSV file to import, or empty when cancelled. */
    Optional<Path> importFile();

    /** Where to export, suggesting {@code suggestedName}; empty when cancelled. */
    Optional<Path> exportFile(String suggestedName);

    /** A colour 0xRRGGBB starting from {@code currentRgb}; empty when cancelled. */
    OptionalInt colour(int currentRgb);

    /** The name of a new stimulus type, not one of {@code taken}; empty when cancelled. */
    Optional<String> typeName(List<String> taken);
}
