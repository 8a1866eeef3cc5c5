package org.fluorite.smlm.post;

/** How drift is corrected before rendering. */
public enum DriftMethod {
    NONE, CROSS_CORRELATION, FIDUCIALS
}
