package org.fluorite.stimulus.ui.widgets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fluorite.core.display.TimeBand;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.fluorite.stimulus.StimulusCsv;
import org.fluorite.stimulus.StimulusCsvImporter;
import org.fluorite.stimulus.StimulusMap;
import org.fluorite.stimulus.StimulusType;
import org.fluorite.stimulus.TimeUnit;
import org.fluorite.stimulus.ui.MovieTiming;
import org.fluorite.stimulus.ui.StimulusEditor;
import org.fluorite.viewer.ui.ImageViewer;

/**
 * The Stimulus Map beside a viewer: a tab per stimulus type (each with its unit and table of
 * periods), "Add type", "Remove type", "Import CSV...", "Export CSV..." and "Apply to viewer".
 * Every change is applied at once: the followed viewer shows the map's periods as coloured bands
 * under its time slider (frames; types in seconds converted with the movie's frame rate), and
 * what {@link StimulusMap#validate} finds wrong is listed under the tabs.
 *
 * <p>Each viewer has its own map, kept with the viewer (so it outlives this panel) until the
 * viewer is closed.
 */
public final class StimulusMapPanel extends Composite {

    /** Key under which a viewer keeps its {@link StimulusEditor} ({@link ImageViewer#getData(String)}). */
    public static final String EDITOR_KEY = "org.fluorite.stimulus.ui.editor";

    private final Label movie;
    private final CTabFolder tabs;
    private final Label problems;
    private final Label status;
    private final List<Button> buttons = new ArrayList<>();
    /** Viewers told to detach this panel when they are closed. */
    private final java.util.Set<ImageViewer> hooked = new java.util.HashSet<>();
    private final Button removeType;
    private final StimulusEditor.Listener editorListener = m -> changed();
    private StimulusDialogs dialogs;
    private Consumer<String> statusListener = s -> { };
    private ImageViewer viewer;
    private StimulusEditor editor;

    public StimulusMapPanel(Composite parent) {
        super(parent, SWT.NONE);
        dialogs = new SwtStimulusDialogs(getShell());
        setLayout(new GridLayout(1, false));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.fill = true;
        rows.marginLeft = 0;
        rows.marginRight = 0;
        bar.setLayout(rows);
        button(bar, "Add type", "Add a stimulus type (a tab of periods)", this::askAndAddType);
        removeType = button(bar, "Remove type", "Remove the shown stimulus type and its periods", this::removeSelectedType);
        button(bar, "Import CSV\u2026", "Add the stimulus types of a CSV file (type,name,start,end,unit,colour)",
                () -> dialogs.importFile().ifPresent(this::importCsv));
        button(bar, "Export CSV\u2026", "Save every stimulus type as CSV",
                () -> dialogs.exportFile(suggestedFileName()).ifPresent(this::exportCsv));
        button(bar, "Apply to viewer", "Show the periods as bands under the viewer's time slider (done on every change)",
                this::apply);
        movie = new Label(this, SWT.NONE);
        movie.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        tabs = new CTabFolder(this, SWT.BORDER | SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tabs.addListener(SWT.Selection, e -> updateButtons());
        problems = new Label(this, SWT.WRAP);
        problems.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        status = new Label(this, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        addListener(SWT.Dispose, e -> {
            if (editor != null) {
                editor.removeListener(editorListener);
            }
        });
        attach(null);
    }

    private Button button(Composite parent, String text, String tip, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> action.run());
        buttons.add(b);
        return b;
    }

    /** The stimulus map editor of {@code viewer}, made (empty, named after its movie) the first time. */
    public static StimulusEditor editorOf(ImageViewer viewer) {
        if (viewer.getData(EDITOR_KEY) instanceof StimulusEditor e) {
            return e;
        }
        Image image = viewer.getImage();
        StimulusEditor e = new StimulusEditor(image == null ? "stimuli" : image.name());
        viewer.setData(EDITOR_KEY, e);
        return e;
    }

    /** Follows {@code newViewer}: shows and edits its stimulus map; null shows nothing. */
    public void attach(ImageViewer newViewer) {
        checkWidget();
        ImageViewer target = newViewer != null && newViewer.isDisposed() ? null : newViewer;
        if (editor != null) {
            editor.removeListener(editorListener);
        }
        viewer = target;
        editor = target == null ? null : editorOf(target);
        for (CTabItem item : tabs.getItems()) {
            item.getControl().dispose();
            item.dispose();
        }
        if (editor != null) {
            editor.addListener(editorListener);
            if (hooked.add(target)) {
                target.addListener(SWT.Dispose, e -> {
                    hooked.remove(target);
                    if (target == viewer && !isDisposed()) {
                        attach(null);
                    }
                });
            }
        }
        changed();
        if (tabs.getItemCount() > 0) {
            tabs.setSelection(0);
        }
        updateButtons();
    }

    /** The viewer followed, or null. */
    public ImageViewer viewer() {
        return viewer;
    }

    /** The followed viewer's stimulus map editor, or null. */
    public StimulusEditor editor() {
        return editor;
    }

    /** Replaces the dialogs (tests answer them without a person). */
    public void setDialogs(StimulusDialogs newDialogs) {
        dialogs = newDialogs;
    }

    /** Told about what import, export and refused edits report, besides the status line. */
    public void setStatusListener(Consumer<String> listener) {
        statusListener = listener == null ? s -> { } : listener;
    }

    private void changed() {
        if (isDisposed()) {
            return;
        }
        syncTabs();
        apply();
        updateButtons();
    }

    /** One tab per type of the map, in its order; pages of kept types are refreshed, not rebuilt. */
    private void syncTabs() {
        List<String> names = editor == null ? List.of() : editor.typeNames();
        for (CTabItem item : tabs.getItems()) {
            if (!names.contains(item.getText())) {
                item.getControl().dispose();
                item.dispose();
            }
        }
        for (int i = 0; i < names.size(); i++) {
            TypePage page = page(names.get(i));
            if (page == null) {
                CTabItem item = new CTabItem(tabs, SWT.NONE, Math.min(i, tabs.getItemCount()));
                item.setText(names.get(i));
                page = new TypePage(tabs, editor, names.get(i), this::status, () -> dialogs);
                item.setControl(page);
            } else {
                page.refresh();
            }
        }
    }

    /** Shows the map on the followed viewer now (also done after every change) and lists its problems. */
    public void apply() {
        if (viewer == null || viewer.isDisposed() || editor == null) {
            movie.setText("Activate a viewer to map stimuli on its movie");
            problems.setText("");
            return;
        }
        MovieTiming timing = MovieTiming.of(viewer.getImage());
        List<TimeBand> bands = editor.timeBands(timing);
        viewer.setTimeBands(bands);
        movie.setText(editor.map().name() + ": " + timing.describe());
        List<String> found = editor.problems(timing);
        problems.setText(String.join("\n", found));
        problems.setToolTipText(String.join("\n", found));
        layout(true, true);
    }

    private void updateButtons() {
        boolean on = editor != null;
        buttons.forEach(b -> b.setEnabled(on));
        removeType.setEnabled(on && tabs.getSelection() != null);
    }

    // ------------------------------------------------------------ types

    private void askAndAddType() {
        if (editor != null) {
            dialogs.typeName(editor.typeNames()).ifPresent(name -> addType(name, TimeUnit.FRAMES));
        }
    }

    /** Adds a type and shows its tab; a refused name is reported in the status line. */
    public void addType(String name, TimeUnit unit) {
        try {
            editor.addType(name, unit);
            select(name.strip());
        } catch (IllegalArgumentException e) {
            status(e.getMessage());
        }
    }

    /** Removes the type of the shown tab. */
    public void removeSelectedType() {
        CTabItem item = tabs.getSelection();
        if (editor != null && item != null) {
            String name = item.getText();
            int periods = editor.type(name).periods().size();
            editor.removeType(name);
            status("Removed '" + name + "' and its " + periods + (periods == 1 ? " period" : " periods"));
        }
    }

    /** Shows the tab of type {@code name}. */
    public void select(String name) {
        for (CTabItem item : tabs.getItems()) {
            if (item.getText().equals(name)) {
                tabs.setSelection(item);
                item.getControl().requestLayout();
            }
        }
        updateButtons();
    }

    /** The page of type {@code name}, or null. */
    public TypePage page(String name) {
        for (CTabItem item : tabs.getItems()) {
            if (item.getText().equals(name)) {
                return (TypePage) item.getControl();
            }
        }
        return null;
    }

    /** The type of the shown tab, or null. */
    public String selectedType() {
        CTabItem item = tabs.getSelection();
        return item == null ? null : item.getText();
    }

    public CTabFolder tabFolder() {
        return tabs;
    }

    // ------------------------------------------------------------ files

    private String suggestedFileName() {
        String name = editor == null ? "" : editor.map().name().replaceFirst("\\.[A-Za-z0-9]+$", "");
        return (name.isBlank() ? "stimuli" : name + "_stimuli") + ".csv";
    }

    /**
     * Reads a stimulus CSV in a background job and adds its types to the followed viewer's map (a
     * type of the same name is replaced). The future completes on the UI thread.
     */
    public CompletableFuture<StimulusMap> importCsv(Path file) {
        StimulusEditor target = editor;
        if (target == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("No viewer to map stimuli on"));
        }
        return background("Importing " + file.getFileName(), () -> new StimulusCsvImporter().read(file, ImportOptions.NONE,
                ProgressMonitor.NONE)).thenApply(result -> {
                    StimulusMap imported = (StimulusMap) result.data().get(0);
                    List<String> replaced = target.merge(imported);
                    StringBuilder text = new StringBuilder("Imported " + StimulusEditor.summary(imported) + " from "
                            + file.getFileName());
                    if (!replaced.isEmpty()) {
                        text.append("; replaced ").append(String.join(", ", replaced));
                    }
                    for (Message m : result.messages()) {
                        text.append(". ").append(m.text());
                    }
                    if (target == editor && !imported.types().isEmpty()) {
                        select(imported.types().get(0).name());
                    }
                    status(text.toString());
                    return imported;
                });
    }

    /** Writes the followed viewer's map as stimulus CSV in a background job. */
    public CompletableFuture<StimulusMap> exportCsv(Path file) {
        if (editor == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("No viewer to export stimuli of"));
        }
        StimulusMap map = editor.map();
        return background("Exporting " + file.getFileName(), () -> {
            StimulusCsv.write(map, file);
            return map;
        }).thenApply(m -> {
            List<String> empty = m.types().stream().filter(t -> t.periods().isEmpty()).map(StimulusType::name).toList();
            status("Exported " + StimulusEditor.summary(m) + " to " + file.getFileName()
                    + (empty.isEmpty() ? "" : "; types without periods are not written: " + String.join(", ", empty)));
            return m;
        });
    }

    /** Work for {@link #background}. */
    @FunctionalInterface
    private interface FileWork<T> {
        T run() throws Exception;
    }

    /** Runs {@code work} as a user job; the future completes on the UI thread, failures reported in the status line. */
    private <T> CompletableFuture<T> background(String title, FileWork<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Job job = Job.create(title, monitor -> {
            try {
                T value = work.run();
                ui(() -> done.complete(value));
            } catch (Exception e) {
                ui(() -> {
                    status(title + " failed: " + e.getMessage());
                    done.completeExceptionally(e);
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return done;
    }

    private void ui(Runnable r) {
        if (getDisplay().isDisposed()) {
            return;
        }
        getDisplay().asyncExec(() -> {
            if (!isDisposed()) {
                r.run();
            }
        });
    }

    // ------------------------------------------------------------ messages

    /** What the last action reported. */
    public String statusText() {
        return status.getText();
    }

    /** The problems the map has on the followed movie, one per line; empty when none. */
    public String problemsText() {
        return problems.getText();
    }

    /** The heading: the map's name and the movie's frames and frame rate. */
    public String movieText() {
        return movie.getText();
    }

    void status(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.setToolTipText(text);
            layout(true, true);
            statusListener.accept(text);
        }
    }
}
