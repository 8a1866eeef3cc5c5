package org.fluorite.project.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database layout, versioned with SQLite's {@code user_version}: migration i brings a database
 * from version i to i + 1, each in its own transaction. A new project runs them all. The layout is
 * documented in the bundle's README.md; never change a released migration, add one.
 */
public final class Schema {

    /** The version this code writes. */
    public static final int CURRENT = 2;

    private static final List<List<String>> MIGRATIONS = List.of(
            // 0 -> 1: the first layout
            List.of("CREATE TABLE project_info(key TEXT PRIMARY KEY, value TEXT)",
                    "CREATE TABLE columns(name TEXT PRIMARY KEY, kind TEXT NOT NULL, value_type TEXT NOT NULL,"
                            + " replace_value, position INTEGER NOT NULL)",
                    "CREATE TABLE samples(sample_id TEXT PRIMARY KEY, animal_id TEXT NOT NULL, trial_id TEXT NOT NULL,"
                            + " image_uuid TEXT NOT NULL UNIQUE, image_path TEXT NOT NULL, frames INTEGER, width INTEGER,"
                            + " height INTEGER, comments TEXT, date TEXT, metadata_json TEXT, provenance_json TEXT,"
                            + " stimulus_json TEXT, added TEXT, modified TEXT)",
                    "CREATE TABLE sample_values(sample_id TEXT NOT NULL REFERENCES samples(sample_id) ON DELETE CASCADE,"
                            + " column_name TEXT NOT NULL, value, PRIMARY KEY(sample_id, column_name))",
                    "CREATE TABLE rois(roi_uuid TEXT PRIMARY KEY, sample_id TEXT NOT NULL REFERENCES samples(sample_id)"
                            + " ON DELETE CASCADE, roi_index INTEGER NOT NULL, roi_json TEXT NOT NULL, trace BLOB,"
                            + " trace_length INTEGER)",
                    "CREATE TABLE roi_tags(roi_uuid TEXT NOT NULL REFERENCES rois(roi_uuid) ON DELETE CASCADE,"
                            + " column_name TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY(roi_uuid, column_name))"),
            // 1 -> 2: referenced movies with checksums, browser tabs, an index for per-sample ROI lookups,
            // and traces in their own table, so that listing ROIs does not walk every trace's pages
            List.of("ALTER TABLE samples ADD COLUMN image_storage TEXT NOT NULL DEFAULT 'copy'",
                    "ALTER TABLE samples ADD COLUMN image_sha256 TEXT",
                    "ALTER TABLE samples ADD COLUMN image_bytes INTEGER",
                    "CREATE TABLE tabs(name TEXT PRIMARY KEY, position INTEGER NOT NULL, history_json TEXT NOT NULL)",
                    "CREATE INDEX rois_by_sample ON rois(sample_id, roi_index)",
                    "CREATE TABLE traces(roi_uuid TEXT PRIMARY KEY REFERENCES rois(roi_uuid) ON DELETE CASCADE,"
                            + " trace BLOB NOT NULL, trace_length INTEGER NOT NULL)",
                    "INSERT INTO traces(roi_uuid, trace, trace_length) SELECT roi_uuid, coalesce(trace, x''),"
                            + " coalesce(trace_length, 0) FROM rois",
                    "ALTER TABLE rois DROP COLUMN trace",
                    "ALTER TABLE rois DROP COLUMN trace_length"));

    private Schema() {
    }

    /** The database's {@code user_version}. */
    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /**
     * Brings the database to {@link #CURRENT}.
     *
     * @return the version found before migrating
     * @throws SQLException when the database is newer than this code or a migration fails (that
     *                      migration is rolled back; earlier ones stay)
     */
    public static int migrate(Connection c) throws SQLException {
        int found = version(c);
        if (found > CURRENT) {
            throw new SQLException("the project was written by a newer Fluorite (schema version " + found
                    + ", this one reads up to " + CURRENT + ")");
        }
        for (int v = found; v < CURRENT; v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : MIGRATIONS.get(v)) {
                    s.executeUpdate(sql);
                }
                s.executeUpdate("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("migration from schema version " + v + " to " + (v + 1) + " failed: "
                        + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        }
        return found;
    }
}
