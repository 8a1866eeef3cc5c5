package org.fluorite.io.bluelake;

import java.nio.ByteOrder;

/**
 * Where the samples of an integer continuous channel lie in the file, when the channel is stored
 * in one contiguous, unfiltered block (as Bluelake writes photon counts and the info wave): a
 * reader can then stream them straight from the file in large blocks, which is much faster than
 * decoding slices through the HDF5 library.
 *
 * @param offset         byte offset of sample 0 in the file
 * @param bytesPerSample 1, 2, 4 or 8
 * @param signed         whether the integers are signed
 * @param order          byte order of each sample
 * @param length         number of samples
 */
public record SampleLayout(long offset, int bytesPerSample, boolean signed, ByteOrder order, long length) {

    /** Bytes the samples occupy. */
    public long sizeInBytes() {
        return length * bytesPerSample;
    }
}
