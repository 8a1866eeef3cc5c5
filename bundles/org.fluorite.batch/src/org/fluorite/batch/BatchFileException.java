package org.fluorite.batch;

import java.io.IOException;
import java.nio.file.Path;

/** A batch file that cannot be read or written, reported as "{@code <file>: <problem>}". */
public class BatchFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public BatchFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public BatchFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }
}
