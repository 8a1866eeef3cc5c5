package org.fluorite.project;

import java.io.IOException;
import java.nio.file.Path;

/** A project could not be read or changed; the message starts with the file concerned. */
public class ProjectException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ProjectException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ProjectException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The database, movie or folder the problem is about. */
    public Path file() {
        return file;
    }
}
