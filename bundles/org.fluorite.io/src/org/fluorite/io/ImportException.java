package org.fluorite.io;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be read, with its name and the problem in words a user can act on. */
public class ImportException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    public ImportException(Path file, String problem) {
        this(file, problem, null);
    }

    public ImportException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The problem without the file name. */
    public String problem() {
        return problem;
    }
}
