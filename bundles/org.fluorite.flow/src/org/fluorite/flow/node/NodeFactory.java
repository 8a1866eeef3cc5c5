package org.fluorite.flow.node;

import java.util.List;
import java.util.Map;

import org.fluorite.core.settings.SettingsRecords;

/**
 * A kind of node, registered as an OSGi service ({@code @Component(service = NodeFactory.class)})
 * so that any bundle adds nodes to the palette. The factory is the only public part of a node.
 *
 * <p>Settings are a record whose components carry {@link org.fluorite.core.settings.Setting}
 * annotations: the editor generates its controls from it, flowcharts store its values by
 * component name, and {@link #settings(Map)} rebuilds it from them.
 */
public interface NodeFactory {

    /**
     * The stable id stored in flowcharts, "<category>.<Name>" for Fluorite's own nodes
     * (e.g. "data.TextFilter", "signal.Butterworth"); a reverse domain prefix for third parties.
     * Never changes once released (rename with {@link #migrate}).
     */
    String id();

    /** The name on the node and in the palette, e.g. "TextFilter". */
    String name();

    /** The palette category: "Data", "Signal", "Math", "Biology", "Display", ... */
    String category();

    /** One or two sentences for the palette tooltip and {@code flow nodes}. */
    default String description() {
        return "";
    }

    /** The settings a new node starts with (a record; an empty record when there are none). */
    Record defaultSettings();

    /** Input terminals, in order. */
    List<PortSpec> inputs();

    /** Output terminals, in order. */
    List<PortSpec> outputs();

    /**
     * A node with these settings.
     *
     * @param settings a record of {@link #defaultSettings()}'s class
     */
    Node create(Record settings);

    /** Version of the settings layout; raise it when settings change and handle it in {@link #migrate}. */
    default int version() {
        return 1;
    }

    /**
     * Settings saved by an older version turned into this version's (renamed or dropped keys).
     * The default keeps them as they are.
     */
    default Map<String, Object> migrate(int savedVersion, Map<String, Object> savedSettings) {
        return savedSettings;
    }

    /**
     * The settings record from saved values (the defaults for keys not given), checked against
     * the {@link org.fluorite.core.settings.Setting} ranges.
     *
     * @throws IllegalArgumentException naming the setting and the problem
     */
    default Record settings(Map<String, ?> values) {
        return SettingsRecords.with(defaultSettings(), values);
    }
}
