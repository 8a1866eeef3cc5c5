package org.fluorite.io.tiff.internal;

import java.util.Map;

/** TIFF tag numbers and field types used by the reader and writer (TIFF 6.0, BigTIFF, ImageJ). */
public final class TiffTag {

    private TiffTag() {
    }

    public static final int NEW_SUBFILE_TYPE = 254;
    public static final int IMAGE_WIDTH = 256;
    public static final int IMAGE_LENGTH = 257;
    public static final int BITS_PER_SAMPLE = 258;
    public static final int COMPRESSION = 259;
    public static final int PHOTOMETRIC = 262;
    public static final int FILL_ORDER = 266;
    public static final int DOCUMENT_NAME = 269;
    public static final int IMAGE_DESCRIPTION = 270;
    public static final int MAKE = 271;
    public static final int MODEL = 272;
    public static final int STRIP_OFFSETS = 273;
    public static final int ORIENTATION = 274;
    public static final int SAMPLES_PER_PIXEL = 277;
    public static final int ROWS_PER_STRIP = 278;
    public static final int STRIP_BYTE_COUNTS = 279;
    public static final int X_RESOLUTION = 282;
    public static final int Y_RESOLUTION = 283;
    public static final int PLANAR_CONFIGURATION = 284;
    public static final int PAGE_NAME = 285;
    public static final int RESOLUTION_UNIT = 296;
    public static final int PAGE_NUMBER = 297;
    public static final int SOFTWARE = 305;
    public static final int DATE_TIME = 306;
    public static final int ARTIST = 315;
    public static final int HOST_COMPUTER = 316;
    public static final int PREDICTOR = 317;
    public static final int COLOR_MAP = 320;
    public static final int TILE_WIDTH = 322;
    public static final int TILE_LENGTH = 323;
    public static final int TILE_OFFSETS = 324;
    public static final int TILE_BYTE_COUNTS = 325;
    public static final int EXTRA_SAMPLES = 338;
    public static final int SAMPLE_FORMAT = 339;
    public static final int COPYRIGHT = 33432;
    public static final int IJ_METADATA_BYTE_COUNTS = 50838;
    public static final int IJ_METADATA = 50839;

    /** Field types. */
    public static final int BYTE = 1;
    public static final int ASCII = 2;
    public static final int SHORT = 3;
    public static final int LONG = 4;
    public static final int RATIONAL = 5;
    public static final int SBYTE = 6;
    public static final int UNDEFINED = 7;
    public static final int SSHORT = 8;
    public static final int SLONG = 9;
    public static final int SRATIONAL = 10;
    public static final int FLOAT = 11;
    public static final int DOUBLE = 12;
    public static final int IFD = 13;
    public static final int LONG8 = 16;
    public static final int SLONG8 = 17;
    public static final int IFD8 = 18;

    /** Bytes one value of field type {@code type} takes, or 0 for an unknown type. */
    public static int typeSize(int type) {
        return switch (type) {
            case BYTE, ASCII, SBYTE, UNDEFINED -> 1;
            case SHORT, SSHORT -> 2;
            case LONG, SLONG, FLOAT, IFD -> 4;
            case RATIONAL, SRATIONAL, DOUBLE, LONG8, SLONG8, IFD8 -> 8;
            default -> 0;
        };
    }

    /** Names of the descriptive text tags kept as metadata. */
    public static final Map<Integer, String> TEXT_TAGS = Map.of(DOCUMENT_NAME, "DocumentName", MAKE, "Make", MODEL, "Model",
            PAGE_NAME, "PageName", SOFTWARE, "Software", DATE_TIME, "DateTime", ARTIST, "Artist", HOST_COMPUTER,
            "HostComputer", COPYRIGHT, "Copyright");

    /** A readable name of a compression scheme, for messages. */
    public static String compressionName(int compression) {
        return switch (compression) {
            case 1 -> "none";
            case 2 -> "CCITT RLE";
            case 3 -> "CCITT Group 3";
            case 4 -> "CCITT Group 4";
            case 5 -> "LZW";
            case 6, 7 -> "JPEG";
            case 8, 32946 -> "Deflate";
            case 32773 -> "PackBits";
            case 34887 -> "LERC";
            case 34925 -> "LZMA";
            case 50000 -> "Zstandard";
            case 50001 -> "WebP";
            case 33003, 33004, 33005, 34712 -> "JPEG 2000";
            default -> "code " + compression;
        };
    }
}
