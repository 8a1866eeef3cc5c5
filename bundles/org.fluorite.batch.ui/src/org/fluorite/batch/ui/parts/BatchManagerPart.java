package org.fluorite.batch.ui.parts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.batch.Batch;
import org.fluorite.batch.ui.BatchSession;
import org.fluorite.batch.ui.RunListener;
import org.fluorite.batch.ui.widgets.BatchManagerPanel;
import org.fluorite.batch.ui.widgets.PanelHost;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.UiTopics;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The "Batch Manager" part in the tool stack: a {@link BatchManagerPanel} over the workbench's
 * {@link BatchSession}, answering its questions with dialogs and opening inputs and outputs in
 * viewers through the {@link FileOpener}.
 */
public class BatchManagerPart {

    /** Element id of the part descriptor (see fragment.e4xmi). */
    public static final String DESCRIPTOR_ID = "org.fluorite.batch.ui.partdescriptor.manager";

    @Inject
    private BatchSession session;

    @Inject
    private IEventBroker broker;

    @Inject
    @Optional
    private FileOpener opener;

    private BatchManagerPanel panel;

    /** Persisted-state key of the folder of the batch last open in the part (restored at the next start). */
    public static final String LAST_BATCH_KEY = "fluorite.batch.last";

    @Inject
    @Optional
    private MPart part;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        DialogHost host = new DialogHost(parent.getShell());
        panel = new BatchManagerPanel(parent, session, host);
        session.addRunListener(remember);
        parent.addListener(SWT.Dispose, e -> session.removeRunListener(remember));
        String last = part == null ? null : part.getPersistedState().get(LAST_BATCH_KEY);
        if (session.batch() == null && last != null && Files.isRegularFile(Path.of(last).resolve(Batch.INDEX))) {
            // reopened workbench: the batch comes back; Start resumes items whose workers still run
            // and marks those whose workers are gone failed ("interrupted"), done outputs untouched
            panel.openBatch(Path.of(last));
        }
    }

    private final RunListener remember = new RunListener() {
        @Override
        public void batchOpened(Batch batch) {
            if (part != null && batch != null) {
                part.getPersistedState().put(LAST_BATCH_KEY, batch.directory().toString());
            }
        }
    };

    @Focus
    public void focus() {
        if (panel != null && !panel.isDisposed()) {
            panel.table().control().setFocus();
        }
    }

    /** The panel inside this part, for automation. */
    public BatchManagerPanel panel() {
        return panel;
    }

    private final class DialogHost implements PanelHost {
        private final Shell shell;

        DialogHost(Shell shell) {
            this.shell = shell;
        }

        @Override
        public boolean confirm(String title, String message) {
            return MessageDialog.openConfirm(shell, title, message);
        }

        @Override
        public Path chooseDirectory(String title, String message) {
            DirectoryDialog d = new DirectoryDialog(shell);
            d.setText(title);
            d.setMessage(message);
            String s = d.open();
            return s == null ? null : Path.of(s);
        }

        @Override
        public Instant chooseStartTime() {
            ScheduleDialog d = new ScheduleDialog(shell);
            return d.open() == Window.OK ? d.result() : null;
        }

        @Override
        public void openFiles(List<Path> files) {
            if (opener == null) {
                error("Cannot open files", "No file opener in this workbench");
                return;
            }
            opener.open(files);
        }

        @Override
        public void error(String title, String message) {
            broker.post(UiTopics.STATUS, message);
            MessageDialog.openError(shell, title, message);
        }

        @Override
        public void status(String message) {
            broker.post(UiTopics.STATUS, message);
        }
    }
}
