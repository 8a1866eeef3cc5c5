package org.fluorite.plot.ui.parts;

import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.flow.Transmission;
import org.fluorite.plot.ui.TracerView;
import org.fluorite.project.Project;
import org.fluorite.project.ui.CurrentProject;
import org.fluorite.project.ui.parts.SampleOpener;
import org.fluorite.ui.UiTopics;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Datapoint Tracer part: follows {@link PlotTopics#DATAPOINT} and shows the clicked row's ROI
 * on its sample's projection (samples of the current project), its curve, history and values.
 */
public class TracerPart {

    /** Element id of the part descriptor (see fragment.e4xmi). */
    public static final String DESCRIPTOR_ID = "org.fluorite.plot.ui.partdescriptor.tracer";

    @Inject
    private IEventBroker broker;
    @Inject
    private SampleOpener sampleOpener;

    private TracerView view;
    private Project current;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        view = new TracerView(parent);
        view.setBackgroundExecutor(task -> {
            Job job = Job.create("Datapoint Tracer: reading the sample", monitor -> {
                task.run();
                return Status.OK_STATUS;
            });
            job.setSystem(true);
            job.schedule();
        });
        view.setSampleOpener(s -> {
            if (current != null) {
                sampleOpener.open(current, s.sampleId());
            }
        });
    }

    /** Follows the current project. */
    @Inject
    public void projectChanged(@Optional @Named(CurrentProject.KEY) Project project) {
        current = project;
    }

    /** Traces a clicked mark. */
    @Inject
    @Optional
    public void datapoint(@UIEventTopic(PlotTopics.DATAPOINT) Datapoint point) {
        if (view == null || view.isDisposed() || point == null) {
            return;
        }
        Transmission t = point.data();
        Project p = current;
        java.util.Optional<String> named = t.metadata().string(Transmission.PROJECT);
        if (p != null && named.isPresent() && !Path.of(named.get()).toAbsolutePath().normalize()
                .equals(p.directory().toAbsolutePath().normalize())) {
            broker.post(UiTopics.STATUS, "The plotted data come from project " + named.get() + ": open it to see its samples");
            p = null;
        }
        view.trace(t, point.ref(), p);
    }

    public TracerView view() {
        return view;
    }
}
