package org.fluorite.io.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A TIFF written by Fluorite keeps the image's history and recording metadata when read back. */
class ProvenanceRoundTripTest {

    @Test
    void historyAndRecordingMetadataSurviveATiff(@TempDir Path dir) throws Exception {
        Plane plane = Plane.allocate(PixelType.UINT16, 4, 3);
        for (int i = 0; i < plane.size(); i++) {
            plane.set(i, 100 + i);
        }
        Map<String, Object> shift = new LinkedHashMap<>();
        shift.put("maxShiftX", 6L);
        shift.put("piecewise", false);
        Provenance history = Provenance.EMPTY.then(Operation.of("import.tiff", Map.of("file", "/data/raw.tif")))
                .then(Operation.of("motion.rigid", shift));
        Metadata meta = Metadata.of(Map.of("origin", "AwesomeImager", "fps", 10.0, "date", "20190426_152034"))
                .with("tiff", Map.of("Software", "not carried over"));
        Image image = Image.of("corrected", plane).withProvenance(history).withMetadata(meta);
        Path file = dir.resolve("corrected.tif");
        new TiffExporter().export(image, file, ImportOptions.NONE, ProgressMonitor.NONE);

        Image back = TiffTestSupport.read(file).firstImage();
        List<Operation> ops = back.provenance().operations();
        assertEquals(List.of("import.tiff", "motion.rigid", "import.tiff"), ops.stream().map(Operation::name).toList());
        assertEquals("/data/raw.tif", ops.get(0).parameters().get("file"));
        assertEquals(6L, ops.get(1).parameters().get("maxShiftX"));
        assertEquals(false, ops.get(1).parameters().get("piecewise"));
        assertEquals(file.toAbsolutePath().toString(), ops.get(2).parameters().get("file"));
        assertEquals("AwesomeImager", back.metadata().origin().orElseThrow());
        assertEquals(10.0, back.metadata().fps().orElseThrow());
        assertEquals("20190426_152034", back.metadata().date().orElseThrow());
        assertFalse(back.metadata().toJson().contains("not carried over"), "the source file's own tags are not copied");
        Map<?, ?> imagej = (Map<?, ?>) back.metadata().get("imagej");
        assertFalse(imagej.containsKey("fluorite.provenance"), "the saved history is not repeated in the ImageJ entries");
        assertEquals(107.0, back.plane().get(3, 1), "pixel (3, 1) is number 1 * 4 + 3 = 7");
    }
}
