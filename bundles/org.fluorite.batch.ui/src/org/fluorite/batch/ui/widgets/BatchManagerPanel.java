package org.fluorite.batch.ui.widgets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.BatchListener;
import org.fluorite.batch.BatchRunner;
import org.fluorite.batch.ItemState;
import org.fluorite.batch.slurm.ScriptExport;
import org.fluorite.batch.ui.BatchSession;
import org.fluorite.batch.ui.ExecutorChoice;
import org.fluorite.batch.ui.RunListener;
import org.fluorite.batch.worker.WorkerLauncher;

/**
 * The batch manager, laid out as Mesmerize's: the batch's folder on top; the item list coloured
 * by state with its buttons on the left; the live standard output of the selected (or running)
 * item on the right; below, the selected item's parameters (first line its uuid) and what happened
 * to it (the error of a failed item). The files are re-read every {@link #POLL_MILLIS} ms off the
 * display thread, so changes by workers and other processes show; every widget update goes through
 * {@link Display#asyncExec}.
 */
public final class BatchManagerPanel extends Composite {

    /** How often the batch files and the followed log are re-read (ms). */
    public static final int POLL_MILLIS = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final BatchSession session;
    private final PanelHost host;
    private final Label title;
    private final Label runState;
    private final ItemTable table;
    private final LogPane log;
    private final Text parameters;
    private final Text information;
    private final ExecutorControls executor;
    private final Button start;
    private final Button startAtSelection;
    private final Button schedule;
    private final Button abortItem;
    private final Button abortBatch;
    private final Button delete;
    private final Button viewInput;
    private final Button openOutput;
    private final Button exportScripts;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final ScheduledExecutorService poller;
    private final BatchListener batchListener = e -> scheduleRefresh();
    private final RunListener runListener;
    private volatile Batch shown;
    /** The item whose details are shown (as last shown), so that an unchanged item keeps its texts' scroll positions. */
    private BatchItem detailed;
    private boolean detailsShown;

    public BatchManagerPanel(Composite parent, BatchSession session, PanelHost host) {
        super(parent, SWT.NONE);
        this.session = session;
        this.host = host;
        setLayout(new GridLayout(1, false));

        Composite top = row(this, 5);
        title = new Label(top, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button newBatch = button(top, "New Batch...", "Create a batch in a new or empty folder");
        Button openBatch = button(top, "Open Batch...", "Open the batch in a folder");
        exportScripts = button(top, "Export Scripts...", "Write one shell script per item (sbatch or bash) for a cluster");
        runState = new Label(top, SWT.NONE);
        runState.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));

        SashForm vertical = new SashForm(this, SWT.VERTICAL);
        vertical.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm upper = new SashForm(vertical, SWT.HORIZONTAL);
        Composite left = new Composite(upper, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        table = new ItemTable(left);
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite runRow = row(left, 5);
        start = button(runRow, "Start", "Process the batch from the first queued item");
        startAtSelection = button(runRow, "Start at Selection", "Process the batch from the selected item on");
        schedule = button(runRow, "Schedule Start...", "Start the batch at a chosen time");
        abortItem = button(runRow, "Abort Item", "Stop the selected item; the batch goes on");
        abortBatch = button(runRow, "Abort Batch", "Stop the running items and start no more");
        Composite itemRow = row(left, 3);
        delete = button(itemRow, "Delete...", "Delete the selected item with its outputs and log");
        viewInput = button(itemRow, "View Input", "Open the selected item's input in a viewer");
        openOutput = button(itemRow, "Open Output", "Open the selected item's outputs in viewers (double-click does the same)");
        executor = new ExecutorControls(left);
        executor.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite right = new Composite(upper, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        new Label(right, SWT.NONE).setText("Standard output:");
        log = new LogPane(right);
        log.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        upper.setWeights(55, 45);
        SashForm lower = new SashForm(vertical, SWT.HORIZONTAL);
        parameters = detailText(lower);
        information = detailText(lower);
        lower.setWeights(50, 50);
        vertical.setWeights(72, 28);

        newBatch.addListener(SWT.Selection, e -> {
            Path d = host.chooseDirectory("New Batch", "Choose a new or empty folder for the batch");
            if (d != null) {
                createBatch(d);
            }
        });
        openBatch.addListener(SWT.Selection, e -> {
            Path d = host.chooseDirectory("Open Batch", "Choose the folder of a batch (it holds batch.json)");
            if (d != null) {
                openBatch(d);
            }
        });
        exportScripts.addListener(SWT.Selection, e -> {
            Path d = host.chooseDirectory("Export Scripts", "Choose the folder the scripts are written to");
            if (d != null) {
                exportScripts(d);
            }
        });
        start.addListener(SWT.Selection, e -> start(null, null));
        startAtSelection.addListener(SWT.Selection, e -> {
            BatchItem s = table.selected();
            if (s != null) {
                start(s.uuid(), null);
            }
        });
        schedule.addListener(SWT.Selection, e -> {
            Instant t = host.chooseStartTime();
            if (t != null) {
                start(null, t);
            }
        });
        abortItem.addListener(SWT.Selection, e -> abortSelected());
        abortBatch.addListener(SWT.Selection, e -> abortBatch());
        delete.addListener(SWT.Selection, e -> deleteSelected());
        viewInput.addListener(SWT.Selection, e -> viewInput());
        openOutput.addListener(SWT.Selection, e -> openOutput());
        table.onSelection(item -> showSelection());
        table.onOpen(item -> openOutput());

        runListener = new RunListener() {
            @Override
            public void batchOpened(Batch batch) {
                ui(() -> show(batch));
            }

            @Override
            public void runStarted(Batch batch, ExecutorChoice choice) {
                ui(() -> {
                    runState.setText("Running (" + choice.describe() + ")");
                    runState.getParent().layout();
                    updateButtons();
                });
            }

            @Override
            public void runEnded(Batch batch, BatchRunner.Summary summary, String problem) {
                ui(() -> {
                    runState.setText(summary == null ? "Stopped" : "Finished: " + summary.done() + " done, " + summary.failed() + " failed, "
                            + summary.aborted() + " aborted, " + summary.queued() + " queued");
                    runState.getParent().layout();
                    if (problem != null) {
                        host.error("Batch run stopped", problem);
                    }
                    host.status("Batch " + batch.name() + ": " + runState.getText());
                    refreshNow();
                });
            }
        };
        session.addRunListener(runListener);
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "Batch manager refresh");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        addListener(SWT.Dispose, e -> {
            poller.shutdownNow();
            session.removeRunListener(runListener);
            if (shown != null) {
                shown.removeListener(batchListener);
            }
            table.dispose();
        });
        show(session.batch());
    }

    private static Composite row(Composite parent, int columns) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout l = new GridLayout(columns, false);
        l.marginWidth = 0;
        l.marginHeight = 0;
        c.setLayout(l);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return c;
    }

    private static Button button(Composite parent, String text, String tip) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        return b;
    }

    private static Text detailText(Composite parent) {
        return new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
    }

    // ------------------------------------------------------------------ showing

    /** Runs {@code r} on the display thread: at once when called there (a button's action), else later. */
    private void ui(Runnable r) {
        if (isDisposed()) {
            return;
        }
        if (Display.getCurrent() == getDisplay()) {
            r.run();
            return;
        }
        getDisplay().asyncExec(() -> {
            if (!isDisposed()) {
                r.run();
            }
        });
    }

    private void show(Batch batch) {
        if (shown != null) {
            shown.removeListener(batchListener);
        }
        shown = batch;
        detailsShown = false;
        if (batch == null) {
            title.setText("No batch open: New Batch... or Open Batch...");
        } else {
            batch.addListener(batchListener);
            title.setText("Batch " + batch.name() + "   (in " + batch.directory().getParent() + ")");
            title.setToolTipText(batch.directory().toString());
        }
        title.getParent().layout();
        log.follow(null, null);
        refreshNow();
    }

    private void scheduleRefresh() {
        if (refreshPending.compareAndSet(false, true)) {
            ui(() -> {
                refreshPending.set(false);
                refreshNow();
            });
        }
    }

    /** Shows the items as the batch last read them. Display thread. */
    public void refreshNow() {
        table.setItems(shown == null ? List.of() : shown.items());
        showSelection();
    }

    private void showSelection() {
        BatchItem s = table.selected();
        if (!detailsShown || !java.util.Objects.equals(s, detailed)) {
            parameters.setText(ItemDetails.parameters(s));
            information.setText(shown == null ? "" : ItemDetails.information(s));
            detailed = s;
            detailsShown = true;
        }
        BatchItem followed = s != null ? s : table.items().stream().filter(i -> i.state().isActive()).findFirst().orElse(null);
        log.follow(shown, followed == null ? null : followed.uuid());
        updateButtons();
    }

    private void updateButtons() {
        boolean open = shown != null;
        boolean running = session.isRunning();
        BatchItem s = table.selected();
        start.setEnabled(open && !running);
        startAtSelection.setEnabled(open && !running && s != null);
        schedule.setEnabled(open && !running);
        abortItem.setEnabled(s != null && !s.state().isFinal());
        abortBatch.setEnabled(running);
        delete.setEnabled(s != null && !s.state().isActive());
        viewInput.setEnabled(s != null && !s.inputs().isEmpty());
        openOutput.setEnabled(s != null && s.state() == ItemState.DONE);
        exportScripts.setEnabled(open);
        executor.setEnabled(!running);
    }

    /** Re-reads the batch files and the followed log; runs on the poll thread. */
    private void poll() {
        Batch b = shown;
        try {
            if (b != null) {
                b.refresh();
                if (b.items().stream().anyMatch(i -> i.state().isActive())) {
                    scheduleRefresh(); // the run time of running items goes on
                }
            }
            LogPane.Chunk chunk = log.poll();
            if (chunk != null && !chunk.text().isEmpty()) {
                ui(() -> log.append(chunk));
            }
        } catch (IOException | RuntimeException e) {
            ui(() -> host.status("Batch manager: " + e.getMessage()));
        }
    }

    // ------------------------------------------------------------------ actions

    /** Creates a batch in {@code dir} and shows it. */
    public void createBatch(Path dir) {
        try {
            session.create(dir);
            host.status("Created batch " + dir);
        } catch (IOException | RuntimeException e) {
            host.error("Cannot create the batch", dir + ": " + e.getMessage());
        }
    }

    /** Opens the batch in {@code dir} and shows it. */
    public void openBatch(Path dir) {
        try {
            session.open(dir);
            host.status("Opened batch " + dir);
        } catch (IOException | RuntimeException e) {
            host.error("Cannot open the batch", e.getMessage() != null && e.getMessage().contains(dir.toString()) ? e.getMessage()
                    : dir + ": " + e.getMessage());
        }
    }

    /** Starts the batch with the chosen executor, from {@code fromItem} (null: first), at {@code at} (null: now). */
    public void start(String fromItem, Instant at) {
        try {
            session.start(executor.choice(), fromItem, at);
            if (at != null) {
                runState.setText("Scheduled for " + TIME.format(at) + " (" + executor.choice().describe() + ")");
                runState.getParent().layout();
            }
        } catch (RuntimeException e) {
            host.error("Cannot start the batch", e.getMessage());
        }
        updateButtons();
    }

    /** Aborts the selected item (in the background: a worker gets a grace period before SIGKILL). */
    public void abortSelected() {
        BatchItem s = table.selected();
        if (s == null) {
            return;
        }
        background("Abort " + s.name(), () -> session.abortItem(s.uuid()));
    }

    /** Aborts the batch's run: running items are stopped, no more are started. */
    public void abortBatch() {
        background("Abort batch", () -> session.abortBatch());
    }

    private interface Action {
        void run() throws IOException;
    }

    private void background(String what, Action action) {
        Thread t = new Thread(() -> {
            try {
                action.run();
            } catch (IOException | RuntimeException e) {
                ui(() -> host.error(what + " failed", e.getMessage()));
            }
            scheduleRefresh();
        }, what);
        t.setDaemon(true);
        t.start();
    }

    /** Deletes the selected item with its outputs and log, after asking. */
    public void deleteSelected() {
        BatchItem s = table.selected();
        if (s == null || shown == null) {
            return;
        }
        if (!host.confirm("Delete item", "Delete '" + s.name() + "' (" + s.state().label() + ") with its outputs and log?\n"
                + shown.itemDirectory(s.uuid()))) {
            return;
        }
        try {
            shown.remove(s.uuid(), true);
            host.status("Deleted '" + s.name() + "' and " + shown.itemDirectory(s.uuid()));
        } catch (IOException | RuntimeException e) {
            host.error("Cannot delete '" + s.name() + "'", e.getMessage());
        }
        refreshNow();
    }

    /** Opens the selected item's input files in viewers. */
    public void viewInput() {
        BatchItem s = table.selected();
        if (s == null) {
            return;
        }
        List<Path> files = s.inputs().stream().map(Path::of).toList();
        List<Path> missing = files.stream().filter(f -> !Files.exists(f)).toList();
        if (!missing.isEmpty()) {
            host.error("Cannot view the input", "The input of '" + s.name() + "' is gone: " + missing);
            return;
        }
        host.openFiles(files);
    }

    /** Opens the selected item's outputs in viewers. */
    public void openOutput() {
        BatchItem s = table.selected();
        if (s == null || shown == null) {
            return;
        }
        if (s.state() != ItemState.DONE || s.outputs().isEmpty()) {
            host.error("No output yet", "'" + s.name() + "' is " + s.state().label() + "; only done items have outputs");
            return;
        }
        Path dir = shown.outputsDirectory(s.uuid());
        host.openFiles(s.outputs().stream().map(dir::resolve).toList());
    }

    /** Writes one shell script per item into {@code dir}. */
    public List<Path> exportScripts(Path dir) {
        if (shown == null) {
            return List.of();
        }
        try {
            List<Path> written = ScriptExport.write(shown, dir, WorkerLauncher.fromEnvironment(), List.of());
            host.status("Wrote " + written.size() + " scripts (sbatch SCRIPT or bash SCRIPT) to " + dir);
            return written;
        } catch (IOException | RuntimeException e) {
            host.error("Cannot export the scripts", dir + ": " + e.getMessage());
            return List.of();
        }
    }

    // ------------------------------------------------------------------ automation

    public ItemTable table() {
        return table;
    }

    public LogPane log() {
        return log;
    }

    public ExecutorControls executorControls() {
        return executor;
    }

    /** The parameters text (first line the selected item's uuid). */
    public String parametersText() {
        return parameters.getText();
    }

    /** The information text (the error of a failed item first). */
    public String informationText() {
        return information.getText();
    }

    public String runStateText() {
        return runState.getText();
    }

    /** Selects the item as a click would (details and log follow it). */
    public void select(String uuid) {
        table.select(uuid);
        showSelection();
    }

    /** The button with this text, for automation. */
    public Button button(String text) {
        for (Button b : new Button[] {start, startAtSelection, schedule, abortItem, abortBatch, delete, viewInput, openOutput, exportScripts}) {
            if (b.getText().equals(text)) {
                return b;
            }
        }
        throw new IllegalArgumentException("no button '" + text + "'");
    }
}
