package org.fluorite.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;

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
import org.fluorite.ui.WelcomeSection;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The first page: how to open data, and the files opened last. */
public class WelcomePart {

    @Inject
    @Optional
    private FileOpener opener;

    @Inject
    private IEclipseContext context;

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
                + "Movies and images (TIFF, OME-TIFF, HDF5), Bluelake kymographs, localization tables, ROI sets and\n"
                + "analysis results each open in their own view; ./fluorite formats lists every format installed.");
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
        for (WelcomeSection section : sections()) {
            addSection(section);
        }
    }

    private void addSection(WelcomeSection section) {
        Label heading = new Label(root, SWT.NONE);
        heading.setText(section.title() + ":");
        GridData gap = new GridData(SWT.LEFT, SWT.TOP, false, false);
        gap.verticalIndent = 12;
        heading.setLayoutData(gap);
        Composite body = new Composite(root, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        try {
            section.create(body, context);
        } catch (RuntimeException e) {
            for (var child : body.getChildren()) {
                child.dispose();
            }
            Label failed = new Label(body, SWT.WRAP);
            failed.setText("This section (" + section.id() + ") failed: " + e);
        }
    }

    /** The contributed sections in their order; none outside OSGi. */
    private static List<WelcomeSection> sections() {
        List<WelcomeSection> found = new ArrayList<>();
        var bundle = FrameworkUtil.getBundle(WelcomePart.class);
        BundleContext ctx = bundle == null ? null : bundle.getBundleContext();
        if (ctx == null) {
            return found;
        }
        try {
            for (ServiceReference<WelcomeSection> ref : ctx.getServiceReferences(WelcomeSection.class, null)) {
                WelcomeSection s = ctx.getService(ref);
                if (s != null) {
                    found.add(s);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        found.sort(Comparator.comparingInt(WelcomeSection::order).thenComparing(WelcomeSection::id));
        return found;
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
