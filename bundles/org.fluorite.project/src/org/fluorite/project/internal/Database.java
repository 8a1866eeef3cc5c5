package org.fluorite.project.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.sqlite.SQLiteConfig;

/**
 * Opens a project's SQLite file with the settings that keep it consistent through crashes:
 * write-ahead log, {@code synchronous=FULL}, foreign keys on, a busy timeout. The driver is
 * instantiated directly (no {@code DriverManager} service lookup, which does not work across OSGi
 * bundles).
 */
public final class Database {

    /** How long a statement waits for another process's lock, milliseconds. */
    public static final int BUSY_TIMEOUT_MS = 10_000;

    private Database() {
    }

    public static Connection open(Path file) throws SQLException {
        return open(file, false);
    }

    /**
     * @param readOnly true for a connection that only reads (it leaves the journal mode as it is, and
     *                 reads alongside a writer in another process)
     */
    public static Connection open(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        if (c == null) {
            throw new SQLException("the SQLite driver refused " + file);
        }
        return c;
    }

    /** "ok", or the problems {@code PRAGMA integrity_check} lists, joined by "; ". */
    public static String integrityCheck(Connection c) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            while (r.next()) {
                if (!b.isEmpty()) {
                    b.append("; ");
                }
                b.append(r.getString(1));
            }
        }
        return b.toString();
    }
}
