package org.fluorite.flow.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Transmission;
import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Damaged transmission files (truncated, bits flipped, absurd sizes and offsets): every outcome is a
 * complete read whose values can all be reached, or an IOException naming the file, within two
 * seconds per copy. Fixed seed; passes with -Xmx256m.
 */
class TransmissionFuzzTest {

    private static final int MUTATIONS = 150;

    @Test
    void damagedCopiesFailCleanly() throws IOException {
        Path original = TestData.fixture("org.fluorite.flow.tests", TransmissionHdf5Test.FIXTURE);
        Fuzz.Outcome o = Fuzz.run(original, "damaged.trn.h5", MUTATIONS, Duration.ofSeconds(2), Fuzz.GENERIC,
                TransmissionFuzzTest::readAll);
        assertEquals(MUTATIONS, o.total());
        assertTrue(o.refused() > 0, "some copies should be refused");
    }

    @Test
    void damagedPythonWrittenCopiesFailCleanly() throws IOException {
        Path original = TestData.fixture("org.fluorite.flow.tests", "from-python.trn.h5");
        Fuzz.Outcome o = Fuzz.run(original, "python.trn.h5", MUTATIONS, Duration.ofSeconds(2), Fuzz.GENERIC,
                TransmissionFuzzTest::readAll);
        assertEquals(MUTATIONS, o.total());
        assertTrue(o.refused() > 0, "some copies should be refused");
    }

    @Test
    void absurdSizesFailCleanly() throws IOException {
        Path original = TestData.fixture("org.fluorite.flow.tests", TransmissionHdf5Test.FIXTURE);
        Fuzz.Outcome o = Fuzz.run(original, "sizes.trn.h5", 60, Duration.ofSeconds(2), Fuzz.wideFields(1L << 40),
                TransmissionFuzzTest::readAll);
        assertEquals(60, o.total());
    }

    private static void readAll(Path file) throws IOException {
        Transmission t = TransmissionHdf5.load(file);
        for (FlowColumn c : t.frame().columns()) {
            for (int r = 0; r < t.rowCount(); r++) {
                c.get(r);
                c.isMissing(r);
            }
        }
        t.describe();
    }
}
