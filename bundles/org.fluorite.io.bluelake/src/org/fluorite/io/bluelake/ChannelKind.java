package org.fluorite.io.bluelake;

/** How a Bluelake channel stores its samples. */
public enum ChannelKind {
    /** Equally spaced samples: a start time and a sample rate, then the values. */
    CONTINUOUS,
    /** Irregular samples: a (Timestamp [ns], Value) pair each. */
    TIME_SERIES,
    /** Event times only (ns), e.g. photon arrival times. */
    TIME_TAGS
}
