package org.fluorite.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.fluorite.core.files.AtomicFile;
import org.fluorite.core.json.Json;

/**
 * A batch: a directory of persistent work items. Layout (see the bundle's README.md):
 *
 * <pre>
 * DIR/batch.json              index: format, version, created, item uuids in order
 * DIR/UUID/item.json          one item (see {@link BatchItem})
 * DIR/UUID/log.txt            the worker's stdout and stderr
 * DIR/UUID/outputs/           the outputs, complete once the item is done
 * DIR/UUID/.outputs.partial/  where the worker writes while it runs
 * </pre>
 *
 * <p>Every file is replaced atomically (written beside, synced, renamed over), and every
 * read-modify-write happens under a lock shared with other processes, so the runner, its workers
 * and a {@code batch abort} from another shell can change the same batch. Other processes' changes
 * are picked up by {@link #refresh()}, which tells the listeners what changed.
 */
public final class Batch {

    public static final String INDEX = "batch.json";
    public static final String ITEM_FILE = "item.json";
    public static final String LOG_FILE = "log.txt";
    public static final String OUTPUTS = "outputs";
    public static final String PARTIAL_OUTPUTS = ".outputs.partial";
    static final String FORMAT = "fluorite-batch";
    static final int VERSION = 1;
    /** An index or item file larger than this is refused as damaged (bytes). */
    static final long MAX_JSON_BYTES = 64L << 20;

    private final Path dir;
    private final Object cacheLock = new Object();
    private final LinkedHashMap<String, BatchItem> items = new LinkedHashMap<>();
    private final CopyOnWriteArrayList<BatchListener> listeners = new CopyOnWriteArrayList<>();
    private Instant created;

    private Batch(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /**
     * Creates a new empty batch in {@code dir}, which must not exist or be empty.
     *
     * @throws BatchFileException when the directory holds other files or cannot be written
     */
    public static Batch create(Path dir) throws IOException {
        Batch b = new Batch(dir);
        Files.createDirectories(b.dir);
        try (Stream<Path> s = Files.list(b.dir)) {
            if (s.findAny().isPresent()) {
                throw new BatchFileException(b.dir, "a new batch needs an empty or new directory; this one is not empty");
            }
        }
        b.created = Instant.now();
        b.writeIndex(List.of());
        return b;
    }

    /**
     * Opens the batch in {@code dir}.
     *
     * @throws BatchFileException naming batch.json or an item.json that is missing or damaged
     */
    public static Batch open(Path dir) throws IOException {
        Batch b = new Batch(dir);
        if (!Files.isRegularFile(b.index())) {
            throw new BatchFileException(b.index(), "not found: " + b.dir + " is not a Fluorite batch (run 'batch create' first)");
        }
        b.reload(false);
        return b;
    }

    public Path directory() {
        return dir;
    }

    /** The batch's name: its directory's name. */
    public String name() {
        return dir.getFileName().toString();
    }

    public Instant created() {
        return created;
    }

    // ------------------------------------------------------------------ paths

    public Path index() {
        return dir.resolve(INDEX);
    }

    public Path itemDirectory(String uuid) {
        return dir.resolve(checkUuid(uuid));
    }

    public Path itemFile(String uuid) {
        return itemDirectory(uuid).resolve(ITEM_FILE);
    }

    public Path logFile(String uuid) {
        return itemDirectory(uuid).resolve(LOG_FILE);
    }

    public Path outputsDirectory(String uuid) {
        return itemDirectory(uuid).resolve(OUTPUTS);
    }

    public Path partialOutputsDirectory(String uuid) {
        return itemDirectory(uuid).resolve(PARTIAL_OUTPUTS);
    }

    /** A live view of the item's log for a "stdout" pane: call {@link LogTail#read()} repeatedly. */
    public LogTail logTail(String uuid) {
        return new LogTail(logFile(uuid));
    }

    private static String checkUuid(String uuid) {
        if (uuid == null || !uuid.matches("[0-9A-Za-z][0-9A-Za-z-]{0,63}")) {
            throw new IllegalArgumentException("not an item id: '" + uuid + "'");
        }
        return uuid;
    }

    // ------------------------------------------------------------------ items

    /** The items in batch order (as last read or changed by this process). */
    public List<BatchItem> items() {
        synchronized (cacheLock) {
            return List.copyOf(items.values());
        }
    }

    public Optional<BatchItem> item(String uuid) {
        synchronized (cacheLock) {
            return Optional.ofNullable(items.get(uuid));
        }
    }

    /**
     * The item whose uuid is {@code idOrPrefix} or starts with it, or whose name it is.
     *
     * @throws IllegalArgumentException when none or several match
     */
    public BatchItem find(String idOrPrefix) {
        List<BatchItem> all = items();
        for (BatchItem i : all) {
            if (i.uuid().equals(idOrPrefix)) {
                return i;
            }
        }
        List<BatchItem> hits = all.stream().filter(i -> i.uuid().startsWith(idOrPrefix) || i.name().equals(idOrPrefix)).toList();
        if (hits.size() == 1) {
            return hits.get(0);
        }
        throw new IllegalArgumentException(hits.isEmpty() ? "no item '" + idOrPrefix + "' in batch " + dir
                : "'" + idOrPrefix + "' matches " + hits.size() + " items in batch " + dir + "; give more of the uuid");
    }

    /** Adds a queued item at the end; allowed while the batch runs. */
    public BatchItem add(BatchItem item) throws IOException {
        Objects.requireNonNull(item, "item");
        BatchLock.under(dir, () -> {
            List<String> order = readIndexOrder();
            if (order.contains(item.uuid())) {
                throw new BatchFileException(index(), "already holds an item " + item.uuid());
            }
            Files.createDirectories(outputsDirectory(item.uuid()));
            writeItem(item);
            List<String> next = new ArrayList<>(order);
            next.add(item.uuid());
            writeIndex(next);
            return null;
        });
        synchronized (cacheLock) {
            items.put(item.uuid(), item);
        }
        fire(new BatchEvent(this, BatchEvent.Type.ADDED, item, null));
        return item;
    }

    /**
     * Changes one item under the batch lock: reads its item.json afresh, applies {@code change}
     * and writes the result atomically. Listeners hear of it when it differs.
     *
     * @return the item as written
     */
    public BatchItem update(String uuid, UnaryOperator<BatchItem> change) throws IOException {
        BatchItem[] before = new BatchItem[1];
        BatchItem after = BatchLock.under(dir, () -> {
            BatchItem current = readItem(uuid);
            before[0] = current;
            BatchItem next = change.apply(current);
            if (next == null || next.equals(current)) {
                return current;
            }
            if (!next.uuid().equals(uuid)) {
                throw new IllegalArgumentException("an update must not change the uuid");
            }
            writeItem(next);
            return next;
        });
        remember(before[0], after);
        return after;
    }

    /**
     * Removes an item from the batch. Refused while it runs. With {@code withOutputs} its whole
     * folder (outputs and log) goes too; otherwise the folder stays on disk, no longer listed.
     */
    public void remove(String uuid, boolean withOutputs) throws IOException {
        BatchItem removed = BatchLock.under(dir, () -> {
            BatchItem current = readItem(uuid);
            if (current.state().isActive()) {
                throw new BatchFileException(itemFile(uuid), "item '" + current.name() + "' is " + current.state().label()
                        + "; abort it before deleting it");
            }
            List<String> next = new ArrayList<>(readIndexOrder());
            next.remove(uuid);
            writeIndex(next);
            if (withOutputs) {
                deleteTree(itemDirectory(uuid));
            }
            return current;
        });
        synchronized (cacheLock) {
            items.remove(uuid);
        }
        fire(new BatchEvent(this, BatchEvent.Type.REMOVED, removed, removed));
    }

    /**
     * Re-reads the index and every item from disk and tells the listeners what changed since the
     * last read (workers and other processes write item files directly).
     */
    public void refresh() throws IOException {
        reload(true);
    }

    // ------------------------------------------------------------------ listeners

    public void addListener(BatchListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(BatchListener listener) {
        listeners.remove(listener);
    }

    private void fire(BatchEvent e) {
        for (BatchListener l : listeners) {
            try {
                l.batchChanged(e);
            } catch (RuntimeException ex) {
                // one faulty listener must not stop the batch; report it where a user can see it
                System.err.println("batch " + dir + ": a listener failed on " + e.type() + " of " + e.item().uuid() + ": " + ex);
            }
        }
    }

    private void remember(BatchItem before, BatchItem after) {
        BatchItem cached;
        synchronized (cacheLock) {
            cached = items.put(after.uuid(), after);
        }
        BatchItem previous = cached != null ? cached : before;
        if (!after.equals(previous)) {
            fire(new BatchEvent(this, BatchEvent.Type.CHANGED, after, previous));
        }
    }

    // ------------------------------------------------------------------ files

    private void reload(boolean notify) throws IOException {
        Map<String, BatchItem> fresh = new LinkedHashMap<>();
        BatchLock.under(dir, () -> {
            for (String uuid : readIndexOrder()) {
                fresh.put(uuid, readItem(uuid));
            }
            return null;
        });
        List<BatchEvent> events = new ArrayList<>();
        synchronized (cacheLock) {
            for (BatchItem old : items.values()) {
                if (!fresh.containsKey(old.uuid())) {
                    events.add(new BatchEvent(this, BatchEvent.Type.REMOVED, old, old));
                }
            }
            for (BatchItem now : fresh.values()) {
                BatchItem old = items.get(now.uuid());
                if (old == null) {
                    events.add(new BatchEvent(this, BatchEvent.Type.ADDED, now, null));
                } else if (!old.equals(now)) {
                    events.add(new BatchEvent(this, BatchEvent.Type.CHANGED, now, old));
                }
            }
            items.clear();
            items.putAll(fresh);
        }
        if (notify) {
            events.forEach(this::fire);
        }
    }

    private List<String> readIndexOrder() throws IOException {
        Path f = index();
        Object json = readJson(f);
        if (!(json instanceof Map<?, ?> m) || !FORMAT.equals(m.get("format"))) {
            throw new BatchFileException(f, "not a Fluorite batch index (expected a JSON object with \"format\": \"" + FORMAT + "\")");
        }
        if (!(m.get("version") instanceof Number v) || v.intValue() < 1) {
            throw new BatchFileException(f, "has no valid 'version'");
        }
        if (v.intValue() > VERSION) {
            throw new BatchFileException(f, "was written by a newer Fluorite (batch format version " + v + ", this one reads up to "
                    + VERSION + ")");
        }
        try {
            created = m.get("created") == null ? null : Instant.parse(String.valueOf(m.get("created")));
        } catch (RuntimeException e) {
            throw new BatchFileException(f, "'created' is not a time: " + m.get("created"));
        }
        if (!(m.get("items") instanceof List<?> list)) {
            throw new BatchFileException(f, "'items' is missing or not a list of item ids");
        }
        List<String> order = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof String s) || !s.matches("[0-9A-Za-z][0-9A-Za-z-]{0,63}") || order.contains(s)) {
                throw new BatchFileException(f, "'items' holds an invalid or repeated item id: " + o);
            }
            order.add(s);
        }
        return order;
    }

    private BatchItem readItem(String uuid) throws IOException {
        Path f = itemFile(uuid);
        Object json = readJson(f);
        try {
            BatchItem item = BatchItem.fromJson(json);
            if (!item.uuid().equals(uuid)) {
                throw new BatchFileException(f, "holds item " + item.uuid() + " in the folder of item " + uuid);
            }
            return item;
        } catch (IllegalArgumentException e) {
            throw new BatchFileException(f, "damaged item: " + e.getMessage(), e);
        }
    }

    private static Object readJson(Path f) throws IOException {
        String text;
        try {
            long size = Files.size(f);
            if (size > MAX_JSON_BYTES) {
                throw new BatchFileException(f, "is " + size + " bytes, too large for a batch file (damaged?)");
            }
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BatchFileException(f, "is missing", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BatchFileException(f, "is damaged: not UTF-8 text", e);
        }
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BatchFileException(f, "is damaged: " + e.getMessage(), e);
        }
    }

    private void writeIndex(List<String> order) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", VERSION);
        m.put("created", created == null ? null : created.toString());
        m.put("items", order);
        writeJson(index(), m);
    }

    private void writeItem(BatchItem item) throws IOException {
        writeJson(itemFile(item.uuid()), item.toJson());
    }

    /** Atomic and durable: the new content is synced before it replaces the old file. */
    static void writeJson(Path f, Object json) throws IOException {
        byte[] bytes = (Json.writePretty(json) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFile.replace(f, tmp -> {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer b = ByteBuffer.wrap(bytes);
                    while (b.hasRemaining()) {
                        ch.write(b);
                    }
                    ch.force(true);
                }
            });
        } catch (IOException e) {
            throw new BatchFileException(f, "could not be written (" + e.getMessage() + "); the previous version is kept", e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public String toString() {
        return "Batch " + dir;
    }
}
