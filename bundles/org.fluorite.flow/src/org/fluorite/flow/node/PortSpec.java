package org.fluorite.flow.node;

import java.util.Objects;

/**
 * A terminal of a node: its name (stable: flowcharts store connections by it, e.g. "In", "Out"),
 * the type it carries, whether an input may stay unconnected ({@code optional}) and whether it
 * takes several connections at once ({@code multiple}, e.g. Merge's "In"). Outputs may always
 * feed several inputs.
 */
public record PortSpec(String name, DataType type, boolean optional, boolean multiple) {

    public PortSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A required single-connection terminal carrying a Transmission. */
    public static PortSpec transmission(String name) {
        return new PortSpec(name, DataType.TRANSMISSION, false, false);
    }

    /** A required terminal carrying the given type. */
    public static PortSpec of(String name, DataType type) {
        return new PortSpec(name, type, false, false);
    }
}
