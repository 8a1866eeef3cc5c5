package org.fluorite.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Starts the real workbench on the display of the build (Xvfb when none is set), opens a real
 * TIFF from the command line, and checks from the self-test report and the screenshot of the
 * window that the viewer shows the image. The screenshot is kept in target/ui-screenshots.
 */
class WorkbenchProductTest {

    @Test
    void theViewerShowsARealTiff(@TempDir Path dir) throws Exception {
        String display = System.getenv("DISPLAY");
        assertTrue(display != null && !display.isBlank(), "the workbench test needs a display: run it through ./mvnw, which starts Xvfb");
        Path tiff = Product.testData("thunderstorm/tubulins1_00020.tif");
        Path report = dir.resolve("selftest");
        Product.Run run = Product.run(Product.dir().resolve("fluorite"),
                Map.of("FLUORITE_VMARGS", "-Dfluorite.selftest=" + report + " -Dfluorite.home=" + dir.resolve("home"),
                        "HOME", dir.toString()),
                180, tiff.toString());
        Path reportFile = report.resolve("report.json");
        assertTrue(Files.isRegularFile(reportFile), "no self-test report; launcher said: " + run.err());
        JsonNode json = new ObjectMapper().readTree(reportFile.toFile());
        assertTrue(json.get("frameShown").asBoolean(), "the viewer reported no frame drawn: " + json);
        assertEquals("tubulins1_00020.tif", json.get("part").asText());

        Path shot = report.resolve("screenshot.png");
        assertTrue(Files.isRegularFile(shot), "no screenshot");
        Files.copy(shot, Product.artifacts().resolve("workbench-tubulins.png"), StandardCopyOption.REPLACE_EXISTING);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertTrue(image.getWidth() >= 800 && image.getHeight() >= 500, "window size " + image.getWidth() + "x" + image.getHeight());

        // the image is 256x256 single-channel grey: the canvas must hold many distinct grey levels
        Set<Integer> greys = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r == g && g == b) {
                    greys.add(r);
                }
            }
        }
        assertTrue(greys.size() > 100, "only " + greys.size() + " grey levels on screen: the image is not shown");
    }

    @Test
    void aCorruptedFileGivesAnErrorDialogAndTheWorkbenchSurvives(@TempDir Path dir) throws Exception {
        String display = System.getenv("DISPLAY");
        assertTrue(display != null && !display.isBlank(), "the workbench test needs a display: run it through ./mvnw, which starts Xvfb");
        byte[] whole = Files.readAllBytes(Product.testData("thunderstorm/tubulins1_00020.tif"));
        Path broken = dir.resolve("half-written.tif");
        Files.write(broken, java.util.Arrays.copyOf(whole, whole.length / 3));
        Path report = dir.resolve("selftest");
        Product.run(Product.dir().resolve("fluorite"),
                Map.of("FLUORITE_VMARGS", "-Dfluorite.selftest=" + report + " -Dfluorite.home=" + dir.resolve("home"),
                        "HOME", dir.toString()),
                180, broken.toString());
        JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
        assertEquals(false, json.get("frameShown").asBoolean(), json.toString());
        assertEquals(false, json.get("timedOut").asBoolean(), "the error must be reported, not waited out: " + json);
        assertEquals(1, json.get("errors").size(), json.toString());
        String error = json.get("errors").get(0).asText();
        assertTrue(error.contains(broken.toString()), "the error names the file: " + error);
        Files.copy(report.resolve("screenshot.png"), Product.artifacts().resolve("workbench-error-dialog.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aLocalizationTableOpensInTheTableView(@TempDir Path dir) throws Exception {
        String display = System.getenv("DISPLAY");
        assertTrue(display != null && !display.isBlank(), "the workbench test needs a display: run it through ./mvnw, which starts Xvfb");
        Path locs = Product.testData("picasso/testdata_locs.hdf5");
        Path report = dir.resolve("selftest");
        Product.run(Product.dir().resolve("fluorite"),
                Map.of("FLUORITE_VMARGS", "-Dfluorite.selftest=" + report + " -Dfluorite.home=" + dir.resolve("home"),
                        "HOME", dir.toString()),
                180, locs.toString());
        JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
        assertTrue(json.get("shown").asBoolean(), json.toString());
        assertEquals("[localizations]", json.get("kinds").asText(), json.toString());
        assertEquals(0, json.get("errors").size(), json.toString());
        Files.copy(report.resolve("screenshot.png"), Product.artifacts().resolve("workbench-picasso-table.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
