package org.fluorite.flow.node;

import java.util.List;

import org.fluorite.flow.Transmission;

/**
 * The values (or specs) arriving at a node's input terminals, by terminal index in the order of
 * {@link NodeFactory#inputs()}. A single terminal holds zero (optional, unconnected) or one value;
 * a {@code multiple} terminal holds one per connection, in connection order.
 *
 * @param <T> {@link DataSpec} in {@link Node#configure}, the data (e.g. {@link Transmission}) in
 *            {@link Node#execute}
 */
public record Inputs<T>(List<List<T>> ports) {

    public Inputs {
        ports = ports.stream().map(List::copyOf).toList();
    }

    /** Inputs with one value on each terminal. */
    @SafeVarargs
    public static <T> Inputs<T> of(T... single) {
        return new Inputs<>(java.util.Arrays.stream(single).map(List::of).toList());
    }

    public int size() {
        return ports.size();
    }

    /** True when the terminal has at least one value. */
    public boolean present(int port) {
        return port < ports.size() && !ports.get(port).isEmpty();
    }

    /** The (first) value on a terminal; an exception when it is unconnected. */
    public T get(int port) {
        if (!present(port)) {
            throw new IllegalStateException("Input terminal " + port + " is not connected");
        }
        return ports.get(port).get(0);
    }

    /** All values on a terminal (several for a {@code multiple} terminal). */
    public List<T> all(int port) {
        return port < ports.size() ? ports.get(port) : List.of();
    }

    /** The value on a terminal as a Transmission. */
    public Transmission transmission(int port) {
        Object v = get(port);
        if (v instanceof Transmission t) {
            return t;
        }
        throw new IllegalStateException("Input terminal " + port + " holds " + v.getClass().getSimpleName() + ", not a transmission");
    }
}
