package org.fluorite.flow.node;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.flow.Transmission;

/**
 * Base for the common node shape: one Transmission in ("In"), one Transmission out ("Out").
 * Subclasses implement the one-spec and one-transmission methods.
 */
public abstract class TransmissionNode implements Node {

    /** The "In" then "Out" terminals such a node has (for its factory). */
    public static final List<PortSpec> INPUTS = List.of(PortSpec.transmission("In"));
    public static final List<PortSpec> OUTPUTS = List.of(PortSpec.transmission("Out"));

    /** The output spec for this input spec. */
    protected abstract DataSpec configure(DataSpec input) throws NodeConfigurationException;

    /** The output transmission; log the operation with {@link ExecutionContext#operation}. */
    protected abstract Transmission execute(Transmission input, ExecutionContext context) throws Exception;

    @Override
    public final List<DataSpec> configure(Inputs<DataSpec> inputs) throws NodeConfigurationException {
        if (!inputs.present(0)) {
            throw new NodeConfigurationException("Connect a transmission to the In terminal");
        }
        List<DataSpec> out = new ArrayList<>();
        out.add(configure(inputs.get(0)));
        return out;
    }

    @Override
    public final List<Object> execute(Inputs<Object> inputs, ExecutionContext context) throws Exception {
        List<Object> out = new ArrayList<>();
        out.add(execute(inputs.transmission(0), context));
        return out;
    }
}
