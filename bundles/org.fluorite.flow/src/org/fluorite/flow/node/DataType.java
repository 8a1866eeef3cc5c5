package org.fluorite.flow.node;

import java.util.Objects;

import org.fluorite.flow.Transmission;

/**
 * What a terminal carries: an id that flowcharts store and the Java type of the values. Two
 * terminals connect when their types are equal or one of them is {@link #ANY}. Node bundles may
 * declare more types (e.g. a plot model) with their own ids.
 */
public record DataType(String id, Class<?> javaType) {

    /** A {@link Transmission}: what nearly every node takes and gives. */
    public static final DataType TRANSMISSION = new DataType("transmission", Transmission.class);
    /** Anything (a viewer node's input). */
    public static final DataType ANY = new DataType("any", Object.class);

    public DataType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(javaType, "javaType");
    }

    /** True when an output of type {@code from} may feed an input of this type. */
    public boolean accepts(DataType from) {
        return this.equals(ANY) || from.equals(ANY) || this.equals(from);
    }
}
