package org.fluorite.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.fluorite.batch.kinds.MotionCorrectKind;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The installed {@link BatchItemKind}s by id. The first kind to claim an id keeps it; later ones
 * are rejected and listed in {@link #problems()} rather than failing the batch manager.
 */
@Component(service = BatchItemKinds.class)
public class BatchItemKinds {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private final TreeMap<String, BatchItemKind> kinds = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    /** The kinds this bundle brings (motion-correct), for use outside OSGi. */
    public static BatchItemKinds standard() {
        BatchItemKinds k = new BatchItemKinds();
        k.addKind(new MotionCorrectKind());
        return k;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public synchronized void addKind(BatchItemKind kind) {
        String id;
        try {
            id = kind.id();
        } catch (RuntimeException e) {
            problems.add("Batch item kind " + kind.getClass().getName() + " was rejected: its id() failed: " + e);
            return;
        }
        if (id == null || !ID.matcher(id).matches()) {
            problems.add("Batch item kind " + kind.getClass().getName() + " was rejected: '" + id + "' is not a valid id");
            return;
        }
        BatchItemKind existing = kinds.get(id);
        if (existing != null && existing != kind) {
            problems.add("Batch item kind '" + id + "' (" + kind.getClass().getName() + ") was rejected: the id is taken by "
                    + existing.getClass().getName());
            return;
        }
        kinds.put(id, kind);
    }

    public synchronized void removeKind(BatchItemKind kind) {
        kinds.values().removeIf(k -> k == kind);
    }

    public synchronized Optional<BatchItemKind> kind(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    /** The kind {@code id}, or an exception listing the installed ones. */
    public synchronized BatchItemKind require(String id) {
        BatchItemKind k = kinds.get(id);
        if (k == null) {
            throw new IllegalArgumentException("unknown batch item kind '" + id + "' (installed: " + String.join(", ", kinds.keySet()) + ")");
        }
        return k;
    }

    public synchronized List<BatchItemKind> all() {
        return List.copyOf(kinds.values());
    }

    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }
}
