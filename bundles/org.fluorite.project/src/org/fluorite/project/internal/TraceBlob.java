package org.fluorite.project.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The BLOB encoding of a trace: its values as IEEE-754 float64, little-endian, one after the
 * other, no header (the length is stored beside it). Python: {@code numpy.frombuffer(blob, '<f8')}.
 */
public final class TraceBlob {

    /** Longest trace stored, values (2 GiB / 8 would not fit a BLOB). */
    public static final int MAX_VALUES = 100_000_000;

    private TraceBlob() {
    }

    public static byte[] encode(double[] trace) {
        if (trace.length > MAX_VALUES) {
            throw new IllegalArgumentException("A trace of " + trace.length + " values is longer than " + MAX_VALUES);
        }
        ByteBuffer b = ByteBuffer.allocate(trace.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(trace);
        return b.array();
    }

    /**
     * @throws IllegalArgumentException when the BLOB is not a whole number of float64 values
     */
    public static double[] decode(byte[] blob) {
        if (blob == null) {
            return new double[0];
        }
        if (blob.length % Double.BYTES != 0) {
            throw new IllegalArgumentException("trace BLOB of " + blob.length + " bytes is not a float64 array");
        }
        double[] out = new double[blob.length / Double.BYTES];
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(out);
        return out;
    }
}
