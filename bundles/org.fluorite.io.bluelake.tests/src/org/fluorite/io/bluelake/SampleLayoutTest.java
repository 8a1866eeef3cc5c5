package org.fluorite.io.bluelake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

import org.fluorite.io.ImportException;
import org.junit.jupiter.api.Test;

/** {@link BluelakeFile#contiguousLayout}: bytes read at the reported offset equal the decoded samples. */
class SampleLayoutTest {

    @Test
    void photonCountsAndInfoWaveAreContiguousIntegers() throws IOException {
        try (BluelakeFile f = BluelakeFile.open(BluelakeTestSupport.fixture("bluelake_kymo.h5"));
                FileChannel ch = FileChannel.open(f.path(), StandardOpenOption.READ)) {
            Channel red = f.photonCounts().get("Red");
            SampleLayout l = f.contiguousLayout(red).orElseThrow();
            assertEquals(4, l.bytesPerSample());
            assertEquals(false, l.signed());
            assertEquals(ByteOrder.LITTLE_ENDIAN, l.order());
            assertEquals(80, l.length());
            long[] decoded = f.readCounts(red, 0, 80);
            ByteBuffer b = ByteBuffer.allocate(320).order(l.order());
            ch.read(b, l.offset());
            b.flip();
            for (int i = 0; i < 80; i++) {
                assertEquals(decoded[i], Integer.toUnsignedLong(b.getInt()), "sample " + i);
            }
            SampleLayout info = f.contiguousLayout(f.infoWave().orElseThrow()).orElseThrow();
            assertEquals(1, info.bytesPerSample());
            assertEquals(80, info.sizeInBytes());
            ByteBuffer ib = ByteBuffer.allocate(80);
            ch.read(ib, info.offset());
            assertEquals(0, ib.get(0));
            assertEquals(1, ib.get(2));
            assertEquals(2, ib.get(4));
        }
    }

    @Test
    void floatChannelsHaveNoIntegerLayoutAndOtherKindsAreRefused() throws IOException {
        try (BluelakeFile f = BluelakeFile.open(BluelakeTestSupport.fixture("bluelake_kymo.h5"))) {
            assertTrue(f.contiguousLayout(f.channel("Force HF", "Force 1x").orElseThrow()).isEmpty());
            ImportException e = assertThrows(ImportException.class,
                    () -> f.contiguousLayout(f.channel("Force LF", "Force 1x").orElseThrow()));
            assertTrue(e.getMessage().contains("bluelake_kymo.h5"), e.getMessage());
        }
    }
}
