package org.fluorite.plot.ui.parts;

import org.fluorite.flow.Transmission;
import org.fluorite.plot.DataRef;

/** A clicked mark: the plotted Transmission and the row behind the mark. */
public record Datapoint(Transmission data, DataRef ref) {
}
