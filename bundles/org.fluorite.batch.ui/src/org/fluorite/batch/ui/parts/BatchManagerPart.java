package org.fluorite.batch.ui.parts;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.batch.ui.BatchSession;
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

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        panel = new BatchManagerPanel(parent, session, new DialogHost(parent.getShell()));
    }

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
