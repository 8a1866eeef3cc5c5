package org.fluorite.io.suite2p.npy;

import java.nio.ByteOrder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numpy element type as a type string: byte order ('&lt;' little, '&gt;' big, '|' not
 * applicable, '=' native), kind ('f' float, 'i' signed, 'u' unsigned, 'b' boolean, 'O' Python
 * object) and item size in bytes, e.g. "&lt;f4", "|b1", "|O".
 *
 * @param kind     'f', 'i', 'u', 'b' or 'O'
 * @param itemSize bytes per element (8 for object references)
 * @param order    byte order of the stored values
 */
public record DType(char kind, int itemSize, ByteOrder order) {

    private static final Pattern DESCR = Pattern.compile("([<>|=]?)([fiubO])(\\d{0,2})");

    public DType {
        boolean ok = switch (kind) {
            case 'f' -> itemSize == 4 || itemSize == 8;
            case 'i', 'u' -> itemSize == 1 || itemSize == 2 || itemSize == 4 || itemSize == 8;
            case 'b' -> itemSize == 1;
            case 'O' -> itemSize == 8 || itemSize == 4;
            default -> false;
        };
        if (!ok) {
            throw new IllegalArgumentException("Unsupported numpy type " + kind + itemSize);
        }
    }

    /**
     * Parses a type string ("&lt;f8", "|b1", "O8", "f4").
     *
     * @param byteOrder byte order to use when the string has none ('|', '=' or nothing):
     *                  numpy pickles give it separately
     * @throws IllegalArgumentException for structured, string, complex and date types
     */
    public static DType parse(String descr, ByteOrder byteOrder) {
        Matcher m = DESCR.matcher(descr == null ? "" : descr.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Unsupported numpy type '" + descr + "'");
        }
        char kind = m.group(2).charAt(0);
        int size = m.group(3).isEmpty() ? (kind == 'O' ? 8 : kind == 'b' ? 1 : -1) : Integer.parseInt(m.group(3));
        ByteOrder order = switch (m.group(1)) {
            case "<" -> ByteOrder.LITTLE_ENDIAN;
            case ">" -> ByteOrder.BIG_ENDIAN;
            default -> byteOrder;
        };
        return new DType(kind, size, order);
    }

    public boolean isObject() {
        return kind == 'O';
    }

    /** The numpy name, e.g. "float32", "int64", "bool", "object". */
    public String label() {
        return switch (kind) {
            case 'f' -> "float" + itemSize * 8;
            case 'i' -> "int" + itemSize * 8;
            case 'u' -> "uint" + itemSize * 8;
            case 'b' -> "bool";
            default -> "object";
        };
    }
}
