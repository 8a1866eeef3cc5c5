package org.fluorite.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The headless command line of the built product, run as a user runs it. */
class CliProductTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void infoJsonDescribesARealCalciumMovie() throws Exception {
        Path movie = Product.testData("fissa/b/images/AVG_A01.tif");
        Product.Run run = Product.cli("info", movie.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode info = JSON.readTree(run.out());
        assertEquals("fluorite.tiff", info.get("format").asText());
        assertEquals("TYX", info.get("axes").asText());
        assertEquals(29, info.get("shape").get(0).asInt());
        assertEquals(21, info.get("shape").get(1).asInt());
        assertEquals(14, info.get("shape").get(2).asInt());
        assertEquals("uint16", info.get("pixelType").asText());
        assertTrue(info.get("calibration").has("X"), "calibration per axis");
        assertTrue(info.get("metadata").isObject(), "metadata object");
    }

    @Test
    void infoJsonGivesOmePhysicalSizesInMetres() throws Exception {
        Product.Run run = Product.cli("info", Product.testData("python-microscopy/beads1.tif").toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode info = JSON.readTree(run.out());
        assertEquals("float32", info.get("pixelType").asText());
        JsonNode x = info.get("calibration").get("X");
        assertEquals("m", x.get("unit").asText());
        assertEquals(7.26e-8, x.get("size").asDouble(), 1e-12);
    }

    @Test
    void aTruncatedFileFailsWithOneLineNamingIt(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(Product.testData("thunderstorm/tubulins1_00020.tif"));
        Path broken = dir.resolve("broken.tif");
        Files.write(broken, java.util.Arrays.copyOf(whole, 4000));
        Product.Run run = Product.cli("info", broken.toString());
        assertEquals(1, run.exitCode());
        String err = run.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.contains(broken.toString()), "names the file: " + err);
    }

    @Test
    void unknownCommandsExitWithUsageStatus() throws Exception {
        Product.Run run = Product.cli("no-such-command");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no-such-command"), run.err());
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Product.Run run = Product.cli("help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("info"), run.out());
        assertTrue(run.out().contains("formats"), run.out());
    }

    @Test
    void aBatchNamedBatchRunsOnLocalWorkersOfTheProduct(@TempDir Path dir) throws Exception {
        // the folder is called "batch", like the command: the launcher must still take the command line
        Path movie = Product.testData("fissa/b/images/AVG_A01.tif");
        Product.Run created = Product.cliIn(dir, "batch", "create", "batch");
        assertEquals(0, created.exitCode(), created.err());
        Product.Run added = Product.cliIn(dir, "batch", "add", "batch", "motion-correct", movie.toString(), "--name", "a01",
                "--param", "max-shifts=3");
        assertEquals(0, added.exitCode(), added.err());
        String uuid = added.out().strip();
        Product.Run ran = Product.cliIn(dir, "batch", "run", "batch", "--executor", "local", "--workers", "1");
        assertEquals(0, ran.exitCode(), ran.err() + ran.out());
        Product.Run status = Product.cliIn(dir, "batch", "status", "batch", "--json");
        assertEquals(0, status.exitCode(), status.err());
        JsonNode item = JSON.readTree(status.out()).get("items").get(0);
        assertEquals(uuid, item.get("uuid").asText());
        assertEquals("done", item.get("state").asText(), status.out());
        // the worker was this installation's launcher, and it wrote the corrected movie and its shifts
        Path outputs = dir.resolve("batch").resolve(uuid).resolve("outputs");
        assertTrue(Files.size(outputs.resolve("corrected.tif")) > 0);
        assertEquals("frame,x,y", Files.readAllLines(outputs.resolve("shifts.csv")).get(0));
        assertEquals(1 + 29, Files.readAllLines(outputs.resolve("shifts.csv")).size(), "a row per frame of the 29-frame movie");
        String launcher = Product.dir().resolve("fluorite").toRealPath().toString();
        assertTrue(Files.readString(dir.resolve("batch").resolve(uuid).resolve("log.txt")).contains(launcher + " worker run "),
                "the log names the launcher the worker ran");
    }

    @Test
    void theArchiveRunsOnItsOwnJavaRuntime(@TempDir Path dir) throws Exception {
        Path archive = Path.of(System.getProperty("fluorite.archive"));
        assertTrue(Files.isRegularFile(archive), "product archive " + archive);
        Process untar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", dir.toString()).inheritIO().start();
        assertEquals(0, untar.waitFor());
        Path launcher = dir.resolve("fluorite/fluorite");
        assertTrue(Files.isExecutable(dir.resolve("fluorite/jre/bin/java")), "bundled Java runtime");
        // no JAVA_HOME and no java on the PATH (only the shell tools the launcher uses): the bundled runtime must be used
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : new String[] {"dirname", "ls", "head", "mkdir", "cp", "pwd"}) {
            for (String folder : new String[] {"/usr/bin/", "/bin/"}) {
                if (Files.isExecutable(Path.of(folder + tool)) && !Files.exists(bin.resolve(tool))) {
                    Files.createSymbolicLink(bin.resolve(tool), Path.of(folder + tool));
                }
            }
        }
        Product.Run run = Product.run(launcher, Map.of("JAVA_HOME", "", "PATH", bin.toString(), "HOME", dir.toString()), 120,
                "info", Product.testData("imread/stack.tiff").toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode info = JSON.readTree(run.out());
        assertEquals("TYX", info.get("axes").asText());
        assertEquals("uint8", info.get("pixelType").asText());
        assertEquals(2, info.get("shape").get(0).asInt());
    }
}
