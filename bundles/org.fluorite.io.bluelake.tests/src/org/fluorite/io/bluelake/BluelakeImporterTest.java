package org.fluorite.io.bluelake;

import static org.fluorite.io.bluelake.BluelakeTestSupport.DT;
import static org.fluorite.io.bluelake.BluelakeTestSupport.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.DataObject;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** The importer on the synthetic Bluelake files: the listing, describe(), the channel tables. */
class BluelakeImporterTest {

    private static ImportResult read(String name) throws IOException {
        return new BluelakeImporter().read(BluelakeTestSupport.fixture(name), ImportOptions.NONE, ProgressMonitor.NONE);
    }

    @Test
    void sniffAcceptsBluelakeFilesOnly() throws IOException {
        BluelakeImporter importer = new BluelakeImporter();
        Path kymo = BluelakeTestSupport.fixture("bluelake_kymo.h5");
        assertTrue(importer.matchesMagic(Files.readAllBytes(kymo), "bluelake_kymo.h5"));
        assertTrue(importer.sniff(kymo));
        assertTrue(importer.sniff(BluelakeTestSupport.fixture("bluelake_v1.h5")));
        assertEquals(100, importer.priority());
        assertFalse(importer.sniff(TestData.file("qpimage/bg_tilt.h5")));
        assertFalse(importer.sniff(TestData.file("flimage/basic.h5")));
    }

    @Test
    void describeListsChannelsKymographsScansMarkersNotesAndFdCurves() throws IOException {
        ImportResult r = read("bluelake_kymo.h5");
        assertEquals("fluorite.bluelake", r.formatId());
        BluelakeData data = assertInstanceOf(BluelakeData.class, r.data().get(0));
        assertEquals("bluelake", data.kind());
        Map<String, Object> d = data.describe();
        List<?> channels = (List<?>) d.get("channels");
        assertEquals(10, channels.size());
        Map<?, ?> hf = channels.stream().map(Map.class::cast)
                .filter(m -> m.get("group").equals("Force HF") && m.get("name").equals("Force 1x")).findFirst().orElseThrow();
        assertEquals("continuous", hf.get("kind"));
        assertEquals(200L, hf.get("samples"));
        assertEquals(START, hf.get("startNs"));
        assertEquals(78125.0, hf.get("sampleRateHz"));
        Map<?, ?> kymo = (Map<?, ?>) ((List<?>) d.get("kymographs")).get(0);
        assertEquals("kymo1", kymo.get("name"));
        assertEquals(START + 80 * DT, kymo.get("stopNs"));
        assertEquals(List.of(Map.of("axis", "x", "pixels", 4L, "pixelSizeNm", 100.0)), kymo.get("scanAxes"));
        assertEquals(List.of(12.5, 7.25, 0.0), kymo.get("centerPointUm"));
        Map<?, ?> scan = (Map<?, ?>) ((List<?>) d.get("scans")).get(0);
        assertEquals(2L, scan.get("scanCount"));
        assertEquals("marker1", ((Map<?, ?>) ((List<?>) d.get("markers")).get(0)).get("name"));
        assertEquals("buffer exchanged", ((Map<?, ?>) ((List<?>) d.get("notes")).get(0)).get("text"));
        assertEquals("fd1", ((Map<?, ?>) ((List<?>) d.get("fdCurves")).get(0)).get("name"));
        assertEquals("2.6.0", data.metadata().get("Bluelake version"));
        assertEquals("Bluelake 2.6.0", data.metadata().origin().orElseThrow());
        assertEquals("import.bluelake", data.provenance().operations().get(0).name());
        assertTrue(data.metadata().get("calibrations") instanceof Map<?, ?>);
    }

    @Test
    void continuousAndTimeSeriesChannelsBecomeTables() throws IOException {
        ImportResult r = read("bluelake_kymo.h5");
        List<Table> tables = r.data().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
        assertEquals(9, tables.size(), "every channel but the time tags");
        Table hf = tables.stream().filter(t -> t.name().equals("Force HF/Force 1x")).findFirst().orElseThrow();
        assertEquals(List.of("time", "value"), hf.columnNames());
        assertEquals("s", hf.require("time").unit());
        assertEquals("pN", hf.require("value").unit());
        assertEquals(200, hf.rowCount());
        assertEquals(10 / 78125.0, hf.require("time").getDouble(10), 1e-15);
        assertEquals(Math.sin(1.0), hf.require("value").getDouble(10), 1e-15);
        Table dist = tables.stream().filter(t -> t.name().equals("Distance/Distance 1")).findFirst().orElseThrow();
        assertEquals("um", dist.require("value").unit());
        assertEquals(0.004, dist.require("time").getDouble(4), 1e-15);
        assertEquals(START, ((Number) dist.metadata().get("timeOriginNs")).longValue());
        Table red = tables.stream().filter(t -> t.name().equals("Photon count/Red")).findFirst().orElseThrow();
        assertEquals("photon", red.require("value").unit());
        double total = 0;
        for (int i = 0; i < red.rowCount(); i++) {
            total += red.require("value").getDouble(i);
        }
        assertEquals(4 * (0 + 10 + 20 + 30 + 40) + 5 * (0 + 1 + 2 + 3), total, 0, "sum of p + 10 line over the kymograph");
        for (DataObject o : r.data()) {
            assertEquals("import.bluelake", o.provenance().operations().get(0).name());
        }
    }

    @Test
    void aVersion1FileReads() throws IOException {
        ImportResult r = read("bluelake_v1.h5");
        BluelakeData data = (BluelakeData) r.data().get(0);
        assertEquals(2, data.channels().size());
        assertEquals(3, r.data().size());
        assertEquals(List.of(), r.messages());
    }
}
