package org.fluorite.kymo.ui.parts;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.io.bluelake.BluelakeData;
import org.fluorite.io.bluelake.Channel;
import org.fluorite.io.bluelake.ConfocalItem;
import org.fluorite.kymo.Kymograph;
import org.fluorite.kymo.ui.KymographView;
import org.fluorite.ui.DataPresenter;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.UiTopics;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The workbench part of a kymograph: a {@link KymographView} over the part's data (a Bluelake file
 * with kymographs, or one kymograph), reading and tracking in cancellable jobs.
 */
public class KymographPart {

    /** Element id of the part descriptor (see fragment.e4xmi). */
    public static final String DESCRIPTOR_ID = "org.fluorite.kymo.ui.partdescriptor.kymograph";

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private IEventBroker broker;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private FileOpener opener;

    private KymographView view;

    @PostConstruct
    public void create(Composite parent, MPart part) {
        parent.setLayout(new FillLayout());
        view = new KymographView(parent, SWT.NONE, task -> {
            Job job = Job.create("Kymograph", monitor -> {
                task.run();
                return Status.OK_STATUS;
            });
            job.setUser(false);
            job.schedule();
        });
        if (broker != null) {
            view.addStatusListener(m -> broker.post(UiTopics.STATUS, m));
        }
        view.setImageOpener(image -> {
            if (opener != null) {
                Object source = part.getTransientData().get(DataPresenter.SOURCE_KEY);
                opener.show(image, image.name(), source instanceof Path p ? p : null);
            }
        });
        Object data = part.getTransientData().get(DataPresenter.DATA_KEY);
        if (data instanceof BluelakeData b) {
            show(view, b);
        } else if (data instanceof Kymograph k) {
            view.setKymograph(k);
        }
    }

    /** Lists the kymographs of the file and its force channels (high frequency first). */
    static void show(KymographView view, BluelakeData b) {
        Path file = b.file();
        List<String> names = b.kymographs().stream().map(ConfocalItem::name).toList();
        List<String> forces = b.channels().stream().filter(c -> c.group().startsWith("Force")).map(Channel::name).distinct().toList();
        view.setScans(b.scans().stream().map(ConfocalItem::name).toList());
        view.setFile(file, names, forces, null);
    }

    @Focus
    public void focus() {
        if (view != null && !view.isDisposed()) {
            view.setFocus();
        }
    }

    public KymographView view() {
        return view;
    }
}
