package org.fluorite.flow.ui;

import java.nio.file.Path;

/** Where flowcharts are saved: the project's {@code flowcharts/} folder when a project is open. */
public final class FlowchartFiles {

    /** The project sub-folder of flowcharts. */
    public static final String FOLDER = "flowcharts";

    private FlowchartFiles() {
    }

    /** The folder the save and open dialogs start in: {@code project/flowcharts}, or null without a project. */
    public static Path folder(Path project) {
        return project == null ? null : project.resolve(FOLDER);
    }

    /** The file name with ".json" added when it has no extension. */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".json");
    }
}
