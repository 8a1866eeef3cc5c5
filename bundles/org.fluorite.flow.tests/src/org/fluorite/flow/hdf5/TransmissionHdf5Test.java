package org.fluorite.flow.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.json.Json;
import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.Samples;
import org.fluorite.flow.Transmission;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transmission files: every column type through a save and load, and the committed file
 * resources/every-type.trn.h5 (written by {@link #main}) as Python reads it with h5py
 * (scripts/read_transmission.py, its output in resources/every-type.python.json).
 */
class TransmissionHdf5Test {

    static final String FIXTURE = "every-type.trn.h5";

    @Test
    void everyColumnTypeRoundTrips(@TempDir Path dir) throws IOException {
        Transmission t = Samples.everyType().withProvenance(org.fluorite.core.meta.Provenance.EMPTY
                .then(org.fluorite.core.meta.Operation.of("import.transmission", Map.of("file", "/data/a.trn.h5"))));
        Path f = dir.resolve("t.trn.h5");
        TransmissionHdf5.save(t, f);
        assertTrue(TransmissionHdf5.isTransmissionFile(f));
        Transmission back = TransmissionHdf5.load(f);
        assertSame(t, back);
        assertNull(back.column("cell_type").texts()[1]);
        assertNull(back.column(Transmission.RAW_CURVE).arrays()[1]);
        assertEquals(0, back.column(Transmission.RAW_CURVE).arrays()[2].length);
        assertEquals("Zelltyp \u00e4\u00f6\u00fc \u00b5m", back.column("cell_type").texts()[2]);
        assertEquals(Long.MAX_VALUE, back.column("roi_index").longs()[1]);
        Frame peaks = back.column("peaks_bases").tables()[0];
        assertArrayEquals(new long[] {3, 9}, peaks.require("peak").longs());
        assertNull(back.column("peaks_bases").tables()[1]);
        assertEquals("_NORMALIZE", back.lastOutput());
        assertEquals(List.of("spawn_transmission", "normalize"), back.history().operationNames(Samples.BLOCK_A));
        assertEquals("\u00b5m^2", back.column("_AREA").unit());
        assertEquals(t.provenance(), back.provenance());
        assertEquals("import.transmission", back.provenance().operations().get(0).name());
    }

    @Test
    void emptyAndRectangularTransmissionsRoundTrip(@TempDir Path dir) throws IOException {
        Transmission t = Samples.everyType();
        Transmission none = t.selectRows(new int[0]);
        Path f = dir.resolve("empty.trn.h5");
        TransmissionHdf5.save(none, f);
        Transmission back = TransmissionHdf5.load(f);
        assertEquals(0, back.rowCount());
        assertEquals(t.frame().spec(), back.frame().spec());
        Transmission three = Samples.three(Samples.BLOCK_B);
        TransmissionHdf5.save(three, f);
        assertSame(three, TransmissionHdf5.load(f));
    }

    /** 10,000 curves with 12 peaks each: written and read in linear time (a few seconds at most). */
    @Test
    void manyNestedTablesRoundTripQuickly(@TempDir Path dir) throws IOException {
        int rows = 10_000;
        Frame[] peaks = new Frame[rows];
        double[][] curves = new double[rows][];
        for (int r = 0; r < rows; r++) {
            long[] at = new long[12];
            String[] label = new String[12];
            for (int k = 0; k < 12; k++) {
                at[k] = r + k;
                label[k] = k % 2 == 0 ? "peak" : "base";
            }
            peaks[r] = Frame.of(FlowColumn.ofLongs("peak", "", at), FlowColumn.ofText("label", label));
            curves[r] = new double[] {r, r + 0.5};
        }
        Transmission t = Samples.three(Samples.BLOCK_A).selectRows(new int[rows]).withColumn(FlowColumn.ofTables("peaks_bases", peaks))
                .withColumn(FlowColumn.ofArrays("_C", "", curves));
        Path f = dir.resolve("many.trn.h5");
        Transmission back = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            TransmissionHdf5.save(t, f);
            return TransmissionHdf5.load(f);
        });
        assertEquals(rows, back.rowCount());
        Frame last = back.column("peaks_bases").tables()[rows - 1];
        assertArrayEquals(new long[] {9999, 10000, 10001, 10002, 10003, 10004, 10005, 10006, 10007, 10008, 10009, 10010},
                last.require("peak").longs());
        assertEquals("base", last.require("label").texts()[11]);
        assertArrayEquals(new double[] {9999, 9999.5}, back.column("_C").arrays()[rows - 1]);
        assertSame(t, back);
    }

    @Test
    void concatAllEqualsRepeatedConcat() {
        Frame a = Frame.of(FlowColumn.ofLongs("x", "", new long[] {1, 2}));
        Frame b = Frame.of(FlowColumn.ofText("y", new String[] {"u"}), FlowColumn.ofLongs("x", "", new long[] {3}));
        Frame c = Frame.of(FlowColumn.ofArrays("z", "", new double[][] {{1}}));
        assertTrue(a.concat(b).concat(c).contentEquals(Frame.concatAll(List.of(a, b, c))));
        assertThrows(IllegalArgumentException.class, () -> Frame.concatAll(List.of(a, Frame.of(FlowColumn.ofText("x", new String[] {"q"})))));
    }

    @Test
    void notATransmissionFileIsRefusedNamingIt(@TempDir Path dir) throws IOException {
        Path txt = dir.resolve("x.trn.h5");
        Files.writeString(txt, "hello");
        IOException e = assertThrows(IOException.class, () -> TransmissionHdf5.load(txt));
        assertTrue(e.getMessage().startsWith(txt.toString()), e.getMessage());
        assertFalse(TransmissionHdf5.isTransmissionFile(txt));
    }

    /** The committed file is what Fluorite writes and reads for {@link Samples#everyType()}. */
    @Test
    void committedFileReadsAsWritten() throws IOException {
        Transmission back = TransmissionHdf5.load(TestData.fixture("org.fluorite.flow.tests", FIXTURE));
        assertSame(Samples.everyType(), back);
    }

    /** What h5py/numpy read from the committed file (scripts/read_transmission.py) equals the Java values. */
    @Test
    @SuppressWarnings("unchecked")
    void pythonReadsTheSameValues() throws IOException {
        String pyText = Files.readString(TestData.fixture("org.fluorite.flow.tests", "every-type.python.json"));
        Map<String, Object> py = (Map<String, Object>) Json.parse(pyText);
        Transmission t = Samples.everyType();
        assertEquals("fluorite-transmission", py.get("format"));
        assertEquals(3L, py.get("rows"));
        Map<String, Object> cols = (Map<String, Object>) py.get("columns");
        assertEquals(t.frame().columnNames(), List.copyOf(cols.keySet()));
        assertEquals(List.of("palp", "None", "Zelltyp \u00e4\u00f6\u00fc \u00b5m"), cols.get("cell_type"));
        // Fluorite's JSON reader turns integers beyond 2^53 into doubles: check the exact digits in the text
        assertTrue(pyText.contains("9223372036854775807"), "int64 max survives exactly");
        List<Object> roi = (List<Object>) cols.get("roi_index");
        assertEquals(0L, roi.get(0));
        assertEquals(-7L, roi.get(2));
        assertEquals(List.of(1.25, "nan", "-inf"), cols.get("_AREA"));
        assertEquals(List.of(List.of(1.0, 2.0, 3.0), "None", List.of()), cols.get("_RAW_CURVE"));
        assertEquals(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0), List.of(5.0, 6.0)), cols.get("_SPLICE_ARRAYS"));
        assertEquals(List.of("00000000-0000-0000-0000-000000000001", "None", "ffffffff-ffff-ffff-ffff-fffffffffffe"), cols.get("roi_uuid"));
        List<Object> peaks = (List<Object>) cols.get("peaks_bases");
        assertEquals(Map.of("peak", List.of(3L, 9L), "label", List.of("peak", "base"), "_pf_amplitude", List.of(1.5, "nan")), peaks.get(0));
        assertEquals("None", peaks.get(1));
        assertEquals(List.of("x", "y", "z"), cols.get("odd/name"));
        Map<String, Object> history = (Map<String, Object>) py.get("history");
        assertEquals(List.of("spawn_transmission", "normalize"), history.get(Samples.BLOCK_A.toString()));
        assertEquals(List.of(Samples.BLOCK_A.toString(), Samples.BLOCK_A.toString(), Samples.BLOCK_A.toString()), cols.get("_BLOCK_"));
    }

    /** A file written by h5py alone (scripts/write_transmission.py): vlen strings, int32, float32. */
    @Test
    void readsAFileWrittenByPython() throws IOException {
        Transmission t = TransmissionHdf5.load(TestData.fixture("org.fluorite.flow.tests", "from-python.trn.h5"));
        assertEquals(3, t.rowCount());
        assertEquals("palp", t.column("cell_type").texts()[0]);
        assertNull(t.column("cell_type").texts()[1]);
        assertEquals("Zelle \u00b5", t.column("cell_type").texts()[2]);
        assertArrayEquals(new long[] {48, 72, -1}, t.column("stage").longs());
        // float32 values widened exactly
        float pi = (float) 3.14; // numpy adds in float32
        assertArrayEquals(new double[] {4f + pi, 5f + pi, 6f + pi, 7f + pi}, t.column("_RAW_CURVE").arrays()[1]);
        assertArrayEquals(new double[] {0.5, 1.25}, t.column("_PEAK_TIMES").arrays()[0]);
        assertNull(t.column("_PEAK_TIMES").arrays()[1]);
        assertEquals(0, t.column("_PEAK_TIMES").arrays()[2].length);
        assertEquals("s", t.column("_PEAK_TIMES").unit());
        assertTrue(Double.isNaN(t.samplingRateHz(2)));
        java.util.UUID block = java.util.UUID.fromString("9b2f7c3e-1d4a-4e5b-8c6d-7e8f9a0b1c2d");
        assertEquals(block, t.blockOf(2));
        assertEquals(List.of("spawn_transmission", "addition"), t.history().operationNames(block));
        assertEquals(3.14, t.history().parameters(block, "addition").orElseThrow().get("value"));
        assertEquals("_RAW_CURVE", t.lastOutput());
    }

    static void assertSame(Transmission expected, Transmission actual) {
        assertEquals(expected.frame().spec(), actual.frame().spec());
        for (FlowColumn c : expected.frame().columns()) {
            assertTrue(c.contentEquals(actual.column(c.name())), "column " + c.name() + " differs after reading");
            if (c.type() == ColumnType.TABLE) {
                assertEquals(c.tables().length, actual.column(c.name()).tables().length);
            }
        }
        assertEquals(expected.history(), actual.history());
        assertEquals(expected.metadata(), actual.metadata());
    }

    /** Writes the committed fixture: run from the repository root with the test classpath. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bundles/org.fluorite.flow.tests/resources/" + FIXTURE);
        TransmissionHdf5.save(Samples.everyType(), out);
        System.out.println("wrote " + out);
    }
}
