package org.fluorite.flow.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;

/**
 * File > New / Open / Save Flowchart on an editor. Paths come from a {@link PathChooser} (file
 * dialogs in the workbench, fixed paths in tests); dialogs start in the project's
 * {@code flowcharts/} folder when a project is open. Failures are shown with the file and reason.
 */
public final class FlowchartCommands {

    /** Asks for a file to open or save; null when the user cancelled. */
    public interface PathChooser {
        Path choose(boolean save, Path startFolder, Path current);
    }

    /** Reports a failure to the user. */
    public interface Problems {
        void show(String title, String message);
    }

    private final PathChooser chooser;
    private final Problems problems;

    public FlowchartCommands(PathChooser chooser, Problems problems) {
        this.chooser = chooser;
        this.problems = problems;
    }

    /** File dialogs and message boxes on {@code shell}. */
    public static FlowchartCommands withDialogs(Shell shell) {
        return new FlowchartCommands((save, folder, current) -> {
            FileDialog d = new FileDialog(shell, save ? SWT.SAVE : SWT.OPEN);
            d.setText(save ? "Save Flowchart" : "Open Flowchart");
            d.setFilterExtensions(new String[] {"*.json", "*"});
            d.setFilterNames(new String[] {"Flowcharts (*.json)", "All files"});
            d.setOverwrite(true);
            Path start = current != null ? current.getParent() : folder;
            if (start != null) {
                d.setFilterPath(start.toString());
            }
            if (current != null) {
                d.setFileName(current.getFileName().toString());
            }
            String chosen = d.open();
            return chosen == null ? null : Path.of(chosen);
        }, (title, message) -> {
            MessageBox box = new MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
            box.setText(title);
            box.setMessage(message);
            box.open();
        });
    }

    public void newFlowchart(FlowEditor editor) {
        editor.newFlowchart();
    }

    /** Asks for a flowchart file and opens it; returns the file, or null (cancelled or failed). */
    public Path open(FlowEditor editor) {
        Path p = chooser.choose(false, existing(editor.folder()), editor.file());
        if (p == null) {
            return null;
        }
        try {
            editor.open(p);
            return p;
        } catch (IOException | RuntimeException e) {
            problems.show("Open Flowchart", e.getMessage() == null ? p + ": " + e : e.getMessage());
            return null;
        }
    }

    /**
     * Saves to the file the chart came from, or asks for one ({@code saveAs} always asks).
     * Returns the file written, or null.
     */
    public Path save(FlowEditor editor, boolean saveAs) {
        Path p = editor.file();
        if (p == null || saveAs) {
            Path folder = editor.folder();
            if (folder != null) {
                try {
                    Files.createDirectories(folder);
                } catch (IOException e) {
                    problems.show("Save Flowchart", folder + ": cannot create the folder (" + e.getMessage() + ")");
                }
            }
            p = chooser.choose(true, existing(folder), editor.file());
        }
        if (p == null) {
            return null;
        }
        try {
            editor.save(p);
            return editor.file();
        } catch (IOException | RuntimeException e) {
            problems.show("Save Flowchart", p + ": " + e.getMessage());
            return null;
        }
    }

    private static Path existing(Path folder) {
        return folder != null && Files.isDirectory(folder) ? folder : null;
    }
}
