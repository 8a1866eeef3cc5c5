package org.fluorite.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fluorite.ui.handlers.OpenOptionsDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenOptionsTest {

    @Test
    void validAxisOrdersAndExistingMetadataFilesPass(@TempDir Path dir) throws Exception {
        Path meta = Files.writeString(dir.resolve("movie.json"), "{\"origin\": \"scope\", \"fps\": 10, \"date\": \"20201123_172345\"}");
        assertNull(OpenOptionsDialog.problem("", ""));
        assertNull(OpenOptionsDialog.problem("txy", ""));
        assertNull(OpenOptionsDialog.problem("TZXY", meta.toString()));
    }

    @Test
    void badFieldsAreExplained(@TempDir Path dir) {
        assertEquals("The axis order uses the letters t, z, c, y and x only.", OpenOptionsDialog.problem("tqxy", ""));
        assertEquals("The axis order must contain x and y.", OpenOptionsDialog.problem("tz", ""));
        assertEquals("The metadata file does not exist.", OpenOptionsDialog.problem("", dir.resolve("missing.json").toString()));
    }
}
