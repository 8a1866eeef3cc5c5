package org.fluorite.kymo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.fluorite.core.json.Json;
import org.junit.jupiter.api.Test;

/**
 * Every fixture kymograph against the images, pixel timestamps and line times that pylake's
 * algorithm gives (numpy, scripts/make_pylake_reference.py): identical counts and timestamps.
 */
class PylakeReferenceTest {

    @Test
    @SuppressWarnings("unchecked")
    void imagesTimestampsAndLineTimesAreIdentical() throws IOException {
        Map<String, Object> ref = (Map<String, Object>) Json.parse(Files.readString(KymoFixtures.file("pylake_reference.json")));
        assertEquals(3, ref.size());
        for (Map.Entry<String, Object> e : ref.entrySet()) {
            Map<String, Object> r = (Map<String, Object>) e.getValue();
            Kymograph k = KymographFile.open(KymoFixtures.kymos(), e.getKey());
            for (KymoChannel c : List.of(KymoChannel.RED, KymoChannel.GREEN, KymoChannel.BLUE)) {
                List<List<Number>> expected = (List<List<Number>>) r.get(c.label());
                double[][] actual = k.pixels(c);
                assertEquals(expected.size(), actual.length, e.getKey());
                for (int p = 0; p < actual.length; p++) {
                    assertEquals(expected.get(p).size(), actual[p].length);
                    for (int l = 0; l < actual[p].length; l++) {
                        assertEquals(expected.get(p).get(l).doubleValue(), actual[p][l], 0, e.getKey() + " " + c + " " + p + "," + l);
                    }
                }
            }
            List<List<Number>> ts = (List<List<Number>>) r.get("timestamps_after_start");
            long[][] actual = k.timestampsNs();
            for (int p = 0; p < actual.length; p++) {
                for (int l = 0; l < actual[p].length; l++) {
                    long expected = ts.get(p).get(l).longValue();
                    // both pad an unfinished line with 0 (the script stores the padding as 0, not as an offset)
                    long got = actual[p][l] == 0 ? 0 : actual[p][l] - k.startNs();
                    assertEquals(expected, got, e.getKey() + " timestamp " + p + "," + l);
                }
            }
            assertEquals(((Number) r.get("line_time_seconds")).doubleValue(), k.lineTimeSeconds(), 1e-15);
            assertEquals(((Number) r.get("pixel_time_seconds")).doubleValue(), k.pixelTimeSeconds(), 1e-15);
        }
    }
}
