package org.fluorite.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.RecentFiles;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The first page: how to open data, and the files opened last. */
public class WelcomePart {

    @Inject
    @Optional
    private FileOpener opener;

    private Composite root;
    private Font title;

    @PostConstruct
    public void create(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Label heading = new Label(root, SWT.NONE);
        heading.setText("Fluorite");
        FontData fd = heading.getFont().getFontData()[0];
        title = new Font(parent.getDisplay(), fd.getName(), Math.round(fd.getHeight() * 2f), SWT.BOLD);
        heading.setFont(title);
        Label hint = new Label(root, SWT.WRAP);
        hint.setText("Open a movie or image with File > Open (Ctrl+O), or drop files on this window.\n"
                + "TIFF, BigTIFF, OME-TIFF and ImageJ hyperstacks open in a viewer; more formats arrive as plugins.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button open = new Button(root, SWT.PUSH);
        open.setText("Open file...");
        open.addListener(SWT.Selection, e -> new org.fluorite.ui.handlers.OpenHandler().execute(root.getShell(), currentOpener()));
        Label recentTitle = new Label(root, SWT.NONE);
        recentTitle.setText("Recent files:");
        recentTitle.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        List<Path> recent = RecentFiles.inSettingsFolder().list();
        if (recent.isEmpty()) {
            new Label(root, SWT.NONE).setText("  (none yet)");
        }
        for (Path file : recent) {
            Link link = new Link(root, SWT.NONE);
            link.setText("  <a>" + file.getFileName() + "</a>   " + file.getParent());
            link.setEnabled(Files.exists(file));
            link.addListener(SWT.Selection, e -> currentOpener().open(List.of(file)));
        }
    }

    private FileOpener currentOpener() {
        if (opener == null) {
            throw new IllegalStateException("The workbench has not finished starting");
        }
        return opener;
    }

    @Focus
    public void focus() {
        root.setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (title != null) {
            title.dispose();
        }
    }
}
