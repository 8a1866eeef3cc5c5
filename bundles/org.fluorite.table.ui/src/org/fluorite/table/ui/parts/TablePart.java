package org.fluorite.table.ui.parts;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.core.table.Table;
import org.fluorite.roi.RoiSet;
import org.fluorite.table.ui.RoiTables;
import org.fluorite.table.ui.TableView;
import org.fluorite.ui.DataPresenter;
import org.fluorite.ui.UiTopics;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The workbench part around a {@link TableView}: takes its table (or ROI set, shown as a table of
 * ROIs) from the part's transient data, runs CSV exports as jobs and sends their outcome to the
 * status line.
 */
public class TablePart {

    /** Element id of the part descriptor (see fragment.e4xmi). */
    public static final String DESCRIPTOR_ID = "org.fluorite.table.ui.partdescriptor.table";

    @Inject
    private IEventBroker broker;

    private TableView view;

    @PostConstruct
    public void create(Composite parent, MPart part) {
        parent.setLayout(new FillLayout());
        view = new TableView(parent, SWT.NONE);
        view.setTaskRunner((title, task) -> {
            Job job = Job.create(title, monitor -> {
                task.run();
                return Status.OK_STATUS;
            });
            job.setUser(true);
            job.schedule();
        });
        view.setStatusListener(message -> broker.post(UiTopics.STATUS, message));
        Object data = part.getTransientData().get(DataPresenter.DATA_KEY);
        if (data instanceof Table table) {
            view.setTable(table);
        } else if (data instanceof RoiSet rois) {
            view.setTable(RoiTables.of(rois));
        }
    }

    @Focus
    public void focus() {
        if (view != null && !view.isDisposed()) {
            view.grid().setFocus();
        }
    }

    /** The view inside this part, for automation. */
    public TableView view() {
        return view;
    }
}
