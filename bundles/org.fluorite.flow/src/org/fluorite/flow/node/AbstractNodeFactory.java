package org.fluorite.flow.node;

import java.util.List;
import java.util.Objects;

/**
 * A node factory from its constant parts, with typed settings. A node bundle writes
 *
 * <pre>
 * &#64;Component(service = NodeFactory.class)
 * public class TextFilterFactory extends AbstractNodeFactory&lt;TextFilterSettings&gt; {
 *     public TextFilterFactory() {
 *         super("data.TextFilter", "TextFilter", "Data", "Keep or drop rows by a categorical column",
 *                 TextFilterSettings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
 *     }
 *     protected Node createNode(TextFilterSettings s) { return new TextFilter(s); }
 * }
 * </pre>
 *
 * @param <S> the settings record
 */
public abstract class AbstractNodeFactory<S extends Record> implements NodeFactory {

    private final String id;
    private final String name;
    private final String category;
    private final String description;
    private final S defaults;
    private final List<PortSpec> inputs;
    private final List<PortSpec> outputs;

    protected AbstractNodeFactory(String id, String name, String category, String description, S defaults,
            List<PortSpec> inputs, List<PortSpec> outputs) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.category = Objects.requireNonNull(category, "category");
        this.description = description == null ? "" : description;
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.inputs = List.copyOf(inputs);
        this.outputs = List.copyOf(outputs);
    }

    /** The node for these settings. */
    protected abstract Node createNode(S settings);

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String category() {
        return category;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final S defaultSettings() {
        return defaults;
    }

    @Override
    public final List<PortSpec> inputs() {
        return inputs;
    }

    @Override
    public final List<PortSpec> outputs() {
        return outputs;
    }

    @Override
    @SuppressWarnings("unchecked")
    public final Node create(Record settings) {
        if (settings == null) {
            return createNode(defaults);
        }
        if (!defaults.getClass().isInstance(settings)) {
            throw new IllegalArgumentException("Node " + id + " takes " + defaults.getClass().getSimpleName() + ", not "
                    + settings.getClass().getSimpleName());
        }
        return createNode((S) settings);
    }
}
