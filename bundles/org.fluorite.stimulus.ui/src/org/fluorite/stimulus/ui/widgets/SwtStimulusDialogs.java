package org.fluorite.stimulus.ui.widgets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** {@link StimulusDialogs} as the usual SWT and JFace dialogs over {@code shell}. */
public final class SwtStimulusDialogs implements StimulusDialogs {

    private final Shell shell;

    public SwtStimulusDialogs(Shell shell) {
        this.shell = shell;
    }

    @Override
    public Optional<Path> importFile() {
        FileDialog d = new FileDialog(shell, SWT.OPEN);
        d.setText("Import stimulus map");
        d.setFilterExtensions(new String[] {"*.csv", "*"});
        return path(d.open());
    }

    @Override
    public Optional<Path> exportFile(String suggestedName) {
        FileDialog d = new FileDialog(shell, SWT.SAVE);
        d.setText("Export stimulus map");
        d.setFilterExtensions(new String[] {"*.csv"});
        d.setFileName(suggestedName);
        d.setOverwrite(true);
        return path(d.open());
    }

    private static Optional<Path> path(String chosen) {
        return chosen == null ? Optional.empty() : Optional.of(Path.of(chosen));
    }

    @Override
    public OptionalInt colour(int currentRgb) {
        ColorDialog d = new ColorDialog(shell);
        d.setText("Stimulus colour");
        d.setRGB(new RGB(currentRgb >> 16 & 0xFF, currentRgb >> 8 & 0xFF, currentRgb & 0xFF));
        RGB c = d.open();
        return c == null ? OptionalInt.empty() : OptionalInt.of(c.red << 16 | c.green << 8 | c.blue);
    }

    @Override
    public Optional<String> typeName(List<String> taken) {
        InputDialog d = new InputDialog(shell, "Add stimulus type", "Name of the stimulus type (e.g. odour, light, running):",
                "", text -> text.isBlank() ? "Enter a name"
                        : taken.contains(text.strip()) ? "There is a type '" + text.strip() + "' already" : null);
        return d.open() == Window.OK ? Optional.of(d.getValue().strip()) : Optional.empty();
    }
}
