package org.fluorite.io.imagej;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal reader of NumPy .npy files for the expected values: version 1/2 header dict, C order,
 * little-endian float64 ('<f8') or bool ('|b1') data.
 */
record Npy(int[] shape, double[] values) {

    static Npy read(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b[0] != (byte) 0x93 || b[1] != 'N' || b[2] != 'U' || b[3] != 'M') {
            throw new IOException(file + ": not a .npy file");
        }
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int major = b[6];
        int headerLength = major == 1 ? buf.getShort(8) & 0xFFFF : buf.getInt(8);
        int start = major == 1 ? 10 : 12;
        String header = new String(b, start, headerLength, StandardCharsets.ISO_8859_1);
        if (header.contains("'fortran_order': True")) {
            throw new IOException(file + ": Fortran order is not supported");
        }
        Matcher d = Pattern.compile("'descr':\\s*'([^']*)'").matcher(header);
        Matcher s = Pattern.compile("'shape':\\s*\\(([^)]*)\\)").matcher(header);
        if (!d.find() || !s.find()) {
            throw new IOException(file + ": header without descr or shape: " + header);
        }
        String[] parts = s.group(1).split(",");
        int count = 0;
        for (String p : parts) {
            if (!p.isBlank()) {
                count++;
            }
        }
        int[] shape = new int[count];
        int size = 1;
        int k = 0;
        for (String p : parts) {
            if (!p.isBlank()) {
                shape[k] = Integer.parseInt(p.trim());
                size *= shape[k++];
            }
        }
        int data = start + headerLength;
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = switch (d.group(1)) {
                case "<f8" -> buf.getDouble(data + 8 * i);
                case "|b1" -> b[data + i] != 0 ? 1 : 0;
                default -> throw new IOException(file + ": unsupported dtype " + d.group(1));
            };
        }
        return new Npy(shape, values);
    }

    double get(int... index) {
        int flat = 0;
        for (int i = 0; i < index.length; i++) {
            flat = flat * shape[i] + index[i];
        }
        return values[flat];
    }
}
