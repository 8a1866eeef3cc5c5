package org.fluorite.io.tiff.internal;

/**
 * One raw entry of an image file directory.
 *
 * @param tag   tag number
 * @param type  field type ({@link TiffTag#SHORT} etc.)
 * @param count number of values (unsigned, as stored)
 * @param field the 4 (TIFF) or 8 (BigTIFF) bytes of the value-or-offset field, in file byte order
 */
public record IfdEntry(int tag, int type, long count, byte[] field) {
}
