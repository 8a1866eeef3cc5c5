package org.fluorite.viewer.ui;

/** How the viewer shows the channels of a multi-channel image. */
public enum ChannelMode {
    /** The active channel alone, in its own lookup table. */
    SINGLE,
    /** All channels added together, each in its own lookup table and display range. */
    COMPOSITE
}
