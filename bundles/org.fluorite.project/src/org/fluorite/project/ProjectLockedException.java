package org.fluorite.project;

import java.nio.file.Path;

/** The project is open for writing in another process (or already in this one). */
public class ProjectLockedException extends ProjectException {

    private static final long serialVersionUID = 1L;

    public ProjectLockedException(Path projectDir) {
        super(projectDir, "is open in another Fluorite (or twice in this one): close it there first");
    }
}
