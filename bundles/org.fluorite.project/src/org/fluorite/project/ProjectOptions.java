package org.fluorite.project;

import org.fluorite.io.FormatRegistry;

/**
 * How a project is opened.
 *
 * @param registry      the installed formats, to read movies back and to write movies that have no
 *                      TIFF file; may be null for work without image data (listing, filtering)
 * @param backupsToKeep how many database backups to keep under backups/ (0: none are taken)
 */
public record ProjectOptions(FormatRegistry registry, int backupsToKeep) {

    /** Backups kept by default. */
    public static final int DEFAULT_BACKUPS = 10;

    public ProjectOptions {
        if (backupsToKeep < 0) {
            throw new IllegalArgumentException("backupsToKeep must not be negative");
        }
    }

    public static ProjectOptions of(FormatRegistry registry) {
        return new ProjectOptions(registry, DEFAULT_BACKUPS);
    }

    public ProjectOptions withBackupsToKeep(int n) {
        return new ProjectOptions(registry, n);
    }
}
