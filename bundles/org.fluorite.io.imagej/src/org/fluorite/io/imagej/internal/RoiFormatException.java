package org.fluorite.io.imagej.internal;

/** Bytes that are not a readable ImageJ ROI; the message says what is wrong, without the file name. */
public final class RoiFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public RoiFormatException(String message) {
        super(message);
    }
}
