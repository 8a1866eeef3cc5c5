package org.fluorite.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.project.internal.Backups;
import org.fluorite.project.internal.Database;
import org.fluorite.project.internal.ImageStore;
import org.fluorite.project.internal.SampleRows;
import org.fluorite.project.internal.Schema;

/**
 * A Fluorite project: a folder holding {@value #DATABASE} (SQLite: configuration, samples, ROIs with
 * tags and traces, stimulus maps, metadata, provenance, browser tabs; layout in the bundle's
 * README.md) and the folders {@code images/ batches/ flowcharts/ plots/ exports/ backups/}.
 *
 * <p>Every change is one SQLite transaction (write-ahead log, synchronous=FULL): a crash at any
 * moment leaves either the state before or the state after it. A movie copied into images/ is
 * complete on disk before the transaction that refers to it commits; copies that no committed
 * sample refers to are removed when the project is next opened. The database is backed up
 * under backups/ before every change that adds or replaces samples, keeping the newest
 * {@link ProjectOptions#backupsToKeep()}. One process writes a project at a time (a lock file
 * refuses a second). Not thread-safe beyond its synchronized methods.
 */
public final class Project implements AutoCloseable {

    /** The database's file name inside the project folder. */
    public static final String DATABASE = "project.sqlite";
    /** The folders every project has. */
    public static final List<String> FOLDERS = List.of("images", "batches", "flowcharts", "plots", "exports", "backups");
    /** The value of the "format" key of project_info. */
    public static final String FORMAT = "fluorite.project";

    private static final String LOCK = "project.lock";

    private final Path dir;
    private final ProjectOptions options;
    private final Connection db;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final boolean readOnly;
    private final ImageStore images;
    private final int versionFound;
    private final List<ProjectListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ProjectConfiguration configuration;

    private Project(Path dir, ProjectOptions options, Connection db, FileChannel lockChannel, FileLock lock, int versionFound)
            throws SQLException {
        this.dir = dir;
        this.options = options;
        this.db = db;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.readOnly = lock == null;
        this.images = new ImageStore(dir, options.registry());
        this.versionFound = versionFound;
        this.configuration = readConfiguration();
    }

    /** True when {@code dir} is a folder holding a project database. */
    public static boolean isProject(Path dir) {
        return Files.isRegularFile(dir.resolve(DATABASE));
    }

    /**
     * Creates a project in {@code dir} (created if needed; it must not hold a project already).
     *
     * @param name the project's name (shown in titles); the folder's name when null
     */
    public static Project create(Path dir, String name, ProjectConfiguration configuration, ProjectOptions options)
            throws IOException {
        Path d = dir.toAbsolutePath().normalize();
        if (isProject(d)) {
            throw new ProjectException(d, "holds a project already");
        }
        Files.createDirectories(d);
        for (String f : FOLDERS) {
            Files.createDirectories(d.resolve(f));
        }
        Project p = open(d, options, true);
        try {
            p.inTransaction(c -> {
                putInfo(c, "format", FORMAT);
                putInfo(c, "name", name == null || name.isBlank() ? d.getFileName().toString() : name);
                putInfo(c, "created", Instant.now().toString());
                int pos = 0;
                for (ProjectColumn col : configuration.columns()) {
                    insertColumn(c, col, pos++);
                }
            });
            p.configuration = p.sql(p::readConfiguration);
            return p;
        } catch (IOException | RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /**
     * Opens the project in {@code dir}, migrating its database to the current schema and removing
     * what an interrupted save left behind.
     *
     * @throws ProjectException when there is no project, it is newer than this code, or another
     *                          process has it open
     */
    public static Project open(Path dir, ProjectOptions options) throws IOException {
        return open(dir, options, false);
    }

    /**
     * Opens the project in {@code dir} for reading only, beside a process that may have it open for
     * writing (no lock is taken, nothing is migrated or cleaned up); the changing methods throw.
     *
     * @throws ProjectException when there is no project, or its schema is older or newer than this
     *                          code's (an older one is migrated by opening it once for writing)
     */
    public static Project openReadOnly(Path dir, ProjectOptions options) throws IOException {
        Path d = dir.toAbsolutePath().normalize();
        Path file = d.resolve(DATABASE);
        if (!Files.isRegularFile(file)) {
            throw new ProjectException(d, "holds no Fluorite project (no " + DATABASE + ")");
        }
        Connection c = null;
        try {
            c = Database.open(file, true);
            int version = Schema.version(c);
            if (version != Schema.CURRENT) {
                throw new SQLException(version > Schema.CURRENT
                        ? "the project was written by a newer Fluorite (schema version " + version + ")"
                        : "the project has schema version " + version + ": open it once for writing to migrate it to "
                                + Schema.CURRENT);
            }
            return new Project(d, options, c, null, null, version);
        } catch (SQLException e) {
            closeQuietly(c, null, null);
            throw new ProjectException(file, "cannot open the project database: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c, null, null);
            throw new ProjectException(file, "unreadable project configuration (" + e + ")", e);
        }
    }

    /**
     * Opens the project for writing if no other process has it, else for reading only: for
     * commands that only look (list, info).
     */
    public static Project openForReading(Path dir, ProjectOptions options) throws IOException {
        try {
            return open(dir, options);
        } catch (ProjectLockedException e) {
            return openReadOnly(dir, options);
        }
    }

    /** True when opened with {@link #openReadOnly}. */
    public boolean isReadOnly() {
        return readOnly;
    }

    private void checkWritable() throws ProjectException {
        if (readOnly) {
            throw new ProjectException(dir, "is open read-only here: changes need the project opened for writing");
        }
    }

    private static Project open(Path dir, ProjectOptions options, boolean creating) throws IOException {
        Path d = dir.toAbsolutePath().normalize();
        Path file = d.resolve(DATABASE);
        if (!Files.isDirectory(d)) {
            throw new ProjectException(d, "is not a folder");
        }
        if (!creating && !Files.isRegularFile(file)) {
            throw new ProjectException(d, "holds no Fluorite project (no " + DATABASE + "): create one with 'project create'");
        }
        FileChannel ch = FileChannel.open(d.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new ProjectLockedException(d);
        }
        Connection c = null;
        try {
            c = Database.open(file);
            int found = Schema.migrate(c);
            for (String f : FOLDERS) {
                Files.createDirectories(d.resolve(f));
            }
            Project p = new Project(d, options, c, ch, lock, found);
            p.images.removeOrphans(SampleRows.imagePaths(c));
            return p;
        } catch (SQLException e) {
            closeQuietly(c, ch, lock);
            throw new ProjectException(file, "cannot open the project database: " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(c, ch, lock);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(c, ch, lock);
            throw new ProjectException(file, "unreadable project configuration (" + e + "); restore a backup from backups/", e);
        }
    }

    private static void closeQuietly(Connection c, FileChannel ch, FileLock lock) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // the open failure is what the caller reports
        }
        try {
            if (lock != null) {
                lock.release();
            }
            if (ch != null) {
                ch.close();
            }
        } catch (IOException ignored) {
            // as above
        }
    }

    public Path directory() {
        return dir;
    }

    public Path databaseFile() {
        return dir.resolve(DATABASE);
    }

    public ProjectOptions options() {
        return options;
    }

    /** Adds a listener told about every committed change. */
    public void addListener(ProjectListener listener) {
        listeners.add(java.util.Objects.requireNonNull(listener));
    }

    public void removeListener(ProjectListener listener) {
        listeners.remove(listener);
    }

    private void fire(ProjectChange.Kind kind, List<SampleId> ids) {
        ProjectChange change = new ProjectChange(kind, ids);
        for (ProjectListener l : listeners) {
            l.changed(this, change);
        }
    }

    /** The project's name. */
    public synchronized String name() throws IOException {
        return sql(() -> info("name").orElse(dir.getFileName().toString()));
    }

    /** The schema version of the database (after migration: {@link Schema#CURRENT}). */
    public synchronized int schemaVersion() throws IOException {
        return sql(() -> Schema.version(db));
    }

    /** The version the database had when this object opened it (before migrating). */
    public int schemaVersionFound() {
        return versionFound;
    }

    public synchronized ProjectConfiguration configuration() {
        return configuration;
    }

    /**
     * Adds a configured column. Existing samples get its replace value (stored for custom columns,
     * ROI tags for ROI type columns), or "untagged" / empty when it has none.
     */
    public synchronized void addColumn(ProjectColumn column) throws IOException {
        checkWritable();
        ProjectConfiguration changed = configuration.with(column);
        backup();
        inTransaction(c -> {
            insertColumn(c, column, configuration.columns().size());
            if (column.replaceValue() != null) {
                String sql = column.kind() == ColumnKind.CUSTOM
                        ? "INSERT OR REPLACE INTO sample_values(sample_id, column_name, value) SELECT sample_id, ?, ? FROM samples"
                        : column.kind() == ColumnKind.ROI_TYPE
                                ? "INSERT OR REPLACE INTO roi_tags(roi_uuid, column_name, tag) SELECT roi_uuid, ?, ? FROM rois"
                                : null;
                if (sql != null) {
                    try (PreparedStatement s = c.prepareStatement(sql)) {
                        s.setString(1, column.name());
                        s.setObject(2, column.replaceValue());
                        s.executeUpdate();
                    }
                }
            }
        });
        configuration = changed;
        fire(ProjectChange.Kind.CONFIGURATION_CHANGED, List.of());
    }

    /** Removes a configured column and its values and tags from every sample. */
    public synchronized void removeColumn(String name) throws IOException {
        checkWritable();
        ProjectColumn col = configuration.column(name)
                .orElseThrow(() -> new IllegalArgumentException("The project has no column '" + name + "'"));
        backup();
        inTransaction(c -> {
            for (String sql : List.of("DELETE FROM columns WHERE name = ?", "DELETE FROM sample_values WHERE column_name = ?",
                    "DELETE FROM roi_tags WHERE column_name = ?")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, col.name());
                    s.executeUpdate();
                }
            }
        });
        configuration = sql(this::readConfiguration);
        fire(ProjectChange.Kind.CONFIGURATION_CHANGED, List.of());
    }

    /** Ids of all samples, in the order added. */
    public synchronized List<SampleId> sampleIds() throws IOException {
        return sql(() -> SampleRows.ids(db).stream().map(SampleId::parse).toList());
    }

    /** A stored sample with its ROIs, traces, stimulus map and metadata; empty when there is none. */
    public synchronized Optional<Sample> sample(SampleId id) throws IOException {
        return sql(() -> SampleRows.read(db, dir, id.toString()));
    }

    /**
     * The movie of a sample, read lazily by the installed importers. A referenced movie is first
     * checked against its SHA-256.
     *
     * @throws ProjectException naming the file when it is missing or changed
     */
    public Image openImage(Sample sample) throws IOException {
        Path file = images.verified(sample.id().toString(), sample.storage(), sample.imageFile(), sample.imageSha256());
        return images.open(file);
    }

    /**
     * Adds a new sample in one transaction, after backing the database up. Traces not given are
     * measured (mean intensity per ROI and frame).
     *
     * @throws ProjectException when the sample id exists already or the movie cannot be stored
     * @throws IllegalArgumentException for values that do not fit the configuration
     */
    public synchronized Sample addSample(SampleDraft draft, ProgressMonitor monitor) throws IOException {
        checkWritable();
        String id = draft.id().toString();
        if (sql(() -> SampleRows.exists(db, id))) {
            throw new ProjectException(databaseFile(), "sample " + id + " exists already: save over it, or choose another Animal ID or Trial ID");
        }
        if (draft.image() == null) {
            throw new IllegalArgumentException("Sample " + id + " needs its movie to be added");
        }
        Map<String, Object> values = Drafts.customValues(configuration, draft, null);
        double[][] traces = Drafts.traces(draft, draft.image(), monitor);
        List<String> uuids = Drafts.roiUuids(draft);
        backup();
        SampleRows.ImageRecord image = images.store(UUID.randomUUID().toString(), draft.image(), draft.imageFile(),
                draft.storage(), monitor);
        String now = Instant.now().toString();
        SampleRows.SampleRecord rec = Drafts.record(dir, draft, image, now, "project.add-sample");
        try {
            inTransaction(c -> {
                SampleRows.insert(c, rec, now);
                SampleRows.insertValues(c, id, values);
                monitor.begin("Saving " + draft.rois().size() + " ROIs of " + id, draft.rois().size());
                SampleRows.insertRois(c, id, draft.rois().rois(), uuids, traces, monitor);
            });
        } catch (IOException | RuntimeException e) {
            if (image.storage() == ImageStorage.COPY) {
                images.deleteCopy(image.path());
            }
            throw e;
        }
        fire(ProjectChange.Kind.SAMPLE_ADDED, List.of(draft.id()));
        return sample(draft.id()).orElseThrow();
    }

    /**
     * Saves over an existing sample (its id, image uuid and date stay): ROIs, tags, traces, stimulus
     * map, custom values, comments and metadata are replaced; the movie too when
     * {@code replaceImage}, else the stored one is kept (and measured for traces not given).
     */
    public synchronized Sample replaceSample(SampleDraft draft, boolean replaceImage, ProgressMonitor monitor)
            throws IOException {
        checkWritable();
        String id = draft.id().toString();
        Sample old = sample(draft.id()).orElseThrow(() -> new ProjectException(databaseFile(), "has no sample " + id));
        if (replaceImage && draft.image() == null) {
            throw new IllegalArgumentException("Replacing the image data of " + id + " needs the movie");
        }
        Map<String, Object> values = Drafts.customValues(configuration, draft, old);
        Image movie = replaceImage ? draft.image() : draft.traces() == null ? openImage(old) : null;
        double[][] traces = Drafts.traces(draft, movie, monitor);
        List<String> uuids = Drafts.roiUuids(draft);
        backup();
        SampleRows.ImageRecord image = replaceImage
                ? images.store(old.imageUuid(), draft.image(), draft.imageFile(), draft.storage(), monitor)
                : new SampleRows.ImageRecord(old.imageUuid(), old.storage(), storedPath(old), old.imageSha256(),
                        Files.isRegularFile(old.imageFile()) ? Files.size(old.imageFile()) : 0, old.frames(), old.width(),
                        old.height());
        String now = Instant.now().toString();
        SampleRows.SampleRecord rec = Drafts.record(dir, draft, image, old.date(), "project.replace-sample");
        try {
            inTransaction(c -> {
                SampleRows.update(c, rec, now);
                SampleRows.clearContent(c, id);
                SampleRows.insertValues(c, id, values);
                monitor.begin("Saving " + draft.rois().size() + " ROIs of " + id, draft.rois().size());
                SampleRows.insertRois(c, id, draft.rois().rois(), uuids, traces, monitor);
            });
        } catch (IOException | RuntimeException e) {
            if (replaceImage && image.storage() == ImageStorage.COPY) {
                images.deleteCopy(image.path());
            }
            throw e;
        }
        if (replaceImage && old.storage() == ImageStorage.COPY && !storedPath(old).equals(image.path())) {
            images.deleteCopy(storedPath(old));
        }
        fire(ProjectChange.Kind.SAMPLE_REPLACED, List.of(draft.id()));
        return sample(draft.id()).orElseThrow();
    }

    /** Deletes a sample with its ROIs, values and copied movie. */
    public synchronized void deleteSample(SampleId id) throws IOException {
        checkWritable();
        Sample old = sample(id).orElseThrow(() -> new ProjectException(databaseFile(), "has no sample " + id));
        backup();
        inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM samples WHERE sample_id = ?")) {
                s.setString(1, id.toString());
                s.executeUpdate();
            }
        });
        if (old.storage() == ImageStorage.COPY) {
            images.deleteCopy(storedPath(old));
        }
        fire(ProjectChange.Kind.SAMPLE_DELETED, List.of(id));
    }

    private String storedPath(Sample s) {
        return s.storage() == ImageStorage.COPY ? dir.relativize(s.imageFile()).toString().replace('\\', '/')
                : s.imageFile().toString();
    }

    /** The project table: one row per ROI with the configured columns ({@link ProjectTable}). */
    public synchronized Table table() throws IOException {
        String name = name();
        return sql(() -> ProjectTable.read(db, name, configuration));
    }

    /** The traces of ROIs by uuid (ROIs not in the project are left out), values per frame. */
    public synchronized Map<String, double[]> traces(List<String> roiUuids) throws IOException {
        return sql(() -> ProjectEdits.traces(db, roiUuids));
    }

    /**
     * Sets a value on rows of the project table (e.g. the selected rows of a tab): a custom column
     * or {@value ProjectTable#COMMENTS} is set on the rows' samples, a ROI type column on the rows'
     * ROIs. Other columns (SampleID, uuids, ...) never change.
     *
     * @param rows rows of {@link #table()} (filtered or selected), identified by their SampleID and ROI_UUID
     * @return the number of samples or ROIs changed
     */
    public synchronized int setValue(Table rows, String column, Object value) throws IOException {
        checkWritable();
        backup();
        int[] changed = new int[1];
        inTransaction(c -> changed[0] = ProjectEdits.setValue(c, configuration, rows, column, value));
        List<SampleId> ids = new ArrayList<>();
        org.fluorite.core.table.Column sampleColumn = rows.require(ProjectTable.SAMPLE_ID);
        for (int i = 0; i < rows.rowCount(); i++) {
            SampleId id = SampleId.parse(sampleColumn.getText(i));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        fire(ProjectChange.Kind.VALUES_SET, ids);
        return changed[0];
    }

    /** The saved browser tabs, in their order (the root tab is not among them). */
    public synchronized List<ProjectTab> tabs() throws IOException {
        return sql(() -> ProjectEdits.tabs(db));
    }

    /** Saves a tab (replacing one of the same name) at the end of the tab order or in its old place. */
    public synchronized void saveTab(ProjectTab tab) throws IOException {
        checkWritable();
        if (tab.isRoot()) {
            throw new IllegalArgumentException("The root tab is the whole project and is not saved");
        }
        inTransaction(c -> ProjectEdits.saveTab(c, tab));
        fire(ProjectChange.Kind.TABS_CHANGED, List.of());
    }

    public synchronized void deleteTab(String name) throws IOException {
        checkWritable();
        inTransaction(c -> ProjectEdits.deleteTab(c, name));
        fire(ProjectChange.Kind.TABS_CHANGED, List.of());
    }

    /** Writes the rows of a tab as CSV ({@link ProjectCsv}). */
    public synchronized void exportCsv(ProjectTab tab, Path target) throws IOException {
        ProjectCsv.write(tab.apply(table()), target);
    }

    /** The database backups, oldest first. */
    public List<Path> backups() throws IOException {
        return Backups.list(dir.resolve("backups"));
    }

    /** "ok", or what SQLite's integrity check finds wrong. */
    public synchronized String integrityCheck() throws IOException {
        return sql(() -> Database.integrityCheck(db));
    }

    /** Counts for {@code project info}: samples, ROIs. */
    public synchronized Map<String, Long> counts() throws IOException {
        return sql(() -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (String t : List.of("samples", "rois")) {
                try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM " + t); ResultSet r = s.executeQuery()) {
                    out.put(t, r.next() ? r.getLong(1) : 0);
                }
            }
            return out;
        });
    }

    private void backup() throws IOException {
        if (options.backupsToKeep() == 0) {
            return;
        }
        try {
            Backups.backup(db, dir.resolve("backups"), options.backupsToKeep());
        } catch (SQLException e) {
            throw new ProjectException(databaseFile(), "backup before the change failed, nothing was changed: " + e.getMessage(), e);
        }
    }

    private ProjectConfiguration readConfiguration() throws SQLException {
        List<ProjectColumn> cols = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT name, kind, value_type, replace_value FROM columns ORDER BY position");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Object replace = r.getObject(4);
                cols.add(new ProjectColumn(r.getString(1), ColumnKind.fromWord(r.getString(2)), ValueType.fromWord(r.getString(3)),
                        replace instanceof Integer i ? Long.valueOf(i) : replace));
            }
        }
        return new ProjectConfiguration(cols);
    }

    private static void insertColumn(Connection c, ProjectColumn col, int position) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO columns(name, kind, value_type, replace_value, position) VALUES (?,?,?,?,?)")) {
            s.setString(1, col.name());
            s.setString(2, col.kind().word());
            s.setString(3, col.type().word());
            s.setObject(4, col.replaceValue());
            s.setInt(5, position);
            s.executeUpdate();
        }
    }

    private static void putInfo(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO project_info(key, value) VALUES (?,?)")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
    }

    private Optional<String> info(String key) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT value FROM project_info WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException, IOException;
    }

    @FunctionalInterface
    private interface SqlQuery<T> {
        T get() throws SQLException;
    }

    private <T> T sql(SqlQuery<T> q) throws IOException {
        try {
            return q.get();
        } catch (SQLException e) {
            throw new ProjectException(databaseFile(), e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException | NullPointerException e) {
            // stored JSON or blobs that no longer parse: the file was damaged or edited by hand
            throw new ProjectException(databaseFile(), "unreadable content (" + e + "); restore a backup from backups/", e);
        }
    }

    private void inTransaction(SqlWork work) throws IOException {
        try {
            db.setAutoCommit(false);
            try {
                work.run(db);
                db.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ProjectException(databaseFile(), e.getMessage(), e);
        }
    }

    /** Closes the database and releases the project for other processes. */
    @Override
    public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new ProjectException(databaseFile(), "closing failed: " + e.getMessage(), e);
        } finally {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        }
    }

    @Override
    public String toString() {
        return "Project[" + dir + "]";
    }
}
