package org.fluorite.flow.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The installed node factories, as they come and go. A factory whose id is taken, malformed, or
 * whose description fails (a broken plugin) is not added; the problem is kept in
 * {@link #problems()} and nothing else is affected.
 */
@Component(service = NodeRegistry.class)
public class NodeRegistry {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+");

    private final Map<String, NodeFactory> factories = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    /** Declarative Services binds every installed factory here (refusals are recorded in problems()). */
    @Reference(service = NodeFactory.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeFactory")
    void bindFactory(NodeFactory factory) {
        addFactory(factory);
    }

    /** Adds a factory; returns false (and records why) when it is refused. */
    public boolean addFactory(NodeFactory factory) {
        String id;
        try {
            id = factory.id();
            String problem = check(factory, id);
            if (problem != null) {
                problems.add(problem);
                return false;
            }
        } catch (RuntimeException | LinkageError e) {
            problems.add("Node factory " + factory.getClass().getName() + " failed to describe itself: " + e);
            return false;
        }
        NodeFactory previous = factories.putIfAbsent(id, factory);
        if (previous != null && previous != factory) {
            problems.add("Node id '" + id + "' of " + factory.getClass().getName() + " is already used by "
                    + previous.getClass().getName() + "; the second one is ignored");
            return false;
        }
        return true;
    }

    public void removeFactory(NodeFactory factory) {
        factories.values().removeIf(f -> f == factory);
    }

    private static String check(NodeFactory f, String id) {
        String who = "Node factory " + f.getClass().getName();
        if (id == null || !ID.matcher(id).matches()) {
            return who + " has an invalid id '" + id + "' (expected e.g. 'data.TextFilter')";
        }
        if (f.name() == null || f.name().isBlank() || f.category() == null || f.category().isBlank()) {
            return who + " (" + id + ") needs a name and a category";
        }
        if (f.defaultSettings() == null || f.inputs() == null || f.outputs() == null) {
            return who + " (" + id + ") needs default settings and terminal lists";
        }
        return null;
    }

    /** All factories, by category then name. */
    public List<NodeFactory> factories() {
        List<NodeFactory> out = new ArrayList<>(factories.values());
        out.sort(Comparator.comparing(NodeFactory::category).thenComparing(NodeFactory::name));
        return out;
    }

    public Optional<NodeFactory> factory(String id) {
        return Optional.ofNullable(factories.get(id));
    }

    /** What went wrong with refused factories, in the order it happened. */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }
}
