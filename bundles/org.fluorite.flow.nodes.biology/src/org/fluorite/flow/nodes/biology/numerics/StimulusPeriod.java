package org.fluorite.flow.nodes.biology.numerics;

/**
 * One stimulus period mapped on a trace, in frames (samples): the stimulus name, the first frame
 * and the end frame (exclusive, as the seed's stimulus maps slice).
 */
public record StimulusPeriod(String name, long startFrame, long endFrame) {

    public StimulusPeriod {
        if (name == null) {
            throw new IllegalArgumentException("a stimulus period needs a name");
        }
    }
}
