package org.fluorite.io.picasso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.Importer;
import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged Picasso files: the HDF5 localization files (truncated, bits flipped, absurd 8-byte
 * sizes and addresses) and the raw movie with its sidecar (truncated movie; sidecars with absurd
 * frame counts and sizes, unknown data types, cut or scrambled text). Every outcome must be a
 * successful read whose data can all be read, or an {@link IOException} naming the file, within two
 * seconds per copy. The seed is fixed, so failures repeat.
 */
class PicassoFuzzTest {

    private static final int MUTATIONS_PER_FILE = 80;

    static Stream<String> files() {
        return Stream.of("picasso/testdata_locs.hdf5", "picasso/testdata_mols.hdf5",
                "lumicks_image_alignment/20231228-A_IRM_0.5_beads_locs.hdf5", "picasso/testdata.raw");
    }

    @ParameterizedTest
    @MethodSource("files")
    void damagedCopiesFailCleanly(String name) throws Exception {
        Path original = TestData.file(name);
        String fileName = original.getFileName().toString();
        Path sidecar = original.resolveSibling(fileName.replaceAll("\\.[^.]+$", ".yaml"));
        List<Path> pair = List.of(original, sidecar);
        Fuzz.Reader reader = dir -> readEverything(dir.resolve(fileName));
        Duration perCase = Duration.ofSeconds(2);
        Fuzz.Outcome outcome;
        if (name.endsWith(".raw")) {
            // half the copies damage the movie, half its sidecar
            int half = MUTATIONS_PER_FILE / 2;
            Fuzz.Outcome movie = Fuzz.runInFolder(pair, fileName, Fuzz.seed(name), half, perCase, Fuzz.HEADER_FIELDS, reader);
            Fuzz.Outcome yaml = Fuzz.runInFolder(pair, sidecar.getFileName().toString(), Fuzz.seed(name + ".yaml"),
                    MUTATIONS_PER_FILE - half, perCase, PicassoFuzzTest::mutateYaml, reader);
            outcome = new Fuzz.Outcome(movie.read() + yaml.read(), movie.refused() + yaml.refused());
        } else {
            outcome = Fuzz.runInFolder(pair, fileName, Fuzz.seed(name), MUTATIONS_PER_FILE, perCase, Fuzz.HEADER_FIELDS,
                    reader);
        }
        assertEquals(MUTATIONS_PER_FILE, outcome.total());
        assertTrue(outcome.refused() > 0, "the mutations should break at least some copies of " + name);
    }

    /** Reads the file (with its sidecar beside it), every plane of a movie and the rows of a table. */
    private static void readEverything(Path file) throws IOException {
        Importer importer = file.toString().endsWith(".raw") ? new PicassoRawImporter() : new PicassoLocsImporter();
        for (DataObject d : importer.read(file, ImportOptions.NONE, ProgressMonitor.NONE).data()) {
            if (d instanceof Image im) {
                try {
                    for (long p = 0; p < im.planeCount(); p++) {
                        assertEquals(im.width() * im.height(), im.planeAt(p).size());
                    }
                } finally {
                    im.close();
                }
            } else {
                assertTrue(((Table) d).rowCount() >= 0);
            }
        }
    }

    /** Sidecar damage: absurd frame counts and sizes, unknown data types, cut or scrambled text. */
    private static byte[] mutateYaml(byte[] original, Random r, int m) {
        String text = new String(original, StandardCharsets.UTF_8);
        String out = switch (m % 6) {
            case 0 -> text.replaceFirst("(?m)^Frames: .*$", "Frames: " + (r.nextBoolean() ? "1000000000000" : "-5"));
            case 1 -> text.replaceFirst("(?m)^Width: .*$", "Width: " + (r.nextBoolean() ? "2147483648" : "0"));
            case 2 -> text.replaceFirst("(?m)^Data Type: .*$", "Data Type: " + (r.nextBoolean() ? "complex128" : "float64"));
            case 3 -> text.substring(0, r.nextInt(text.length()));
            case 4 -> text.replaceFirst("(?m)^Height: .*$", "Height: " + (r.nextBoolean() ? "99999" : "1"));
            case 5 -> {
                char[] c = text.toCharArray();
                String noise = ":- '\"\n\t[]{}#";
                for (int i = 0; i < 20; i++) {
                    c[r.nextInt(c.length)] = noise.charAt(r.nextInt(noise.length()));
                }
                yield new String(c);
            }
            default -> throw new IllegalStateException();
        };
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
