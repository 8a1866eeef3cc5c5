package org.fluorite.plot.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.meta.Metadata;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.io.FormatRegistry;
import org.fluorite.plot.DataRef;
import org.fluorite.plot.PlotKind;
import org.fluorite.plot.ui.HeatmapCanvas;
import org.fluorite.ui.DataPresenter;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.EventHandler;

/**
 * The parts made by e4 dependency injection as the workbench makes them: an opened Transmission
 * becomes a heatmap; a click on a row is sent to the tracer part, which traces that row.
 */
class PartsTest {

    /** An event broker that records what is sent. */
    static final class Broker implements IEventBroker {
        final List<Object[]> sent = new ArrayList<>();

        @Override
        public boolean send(String topic, Object data) {
            sent.add(new Object[] {topic, data});
            return true;
        }

        @Override
        public boolean post(String topic, Object data) {
            return send(topic, data);
        }

        @Override
        public boolean subscribe(String topic, EventHandler eventHandler) {
            return true;
        }

        @Override
        public boolean subscribe(String topic, String filter, EventHandler eventHandler, boolean headless) {
            return true;
        }

        @Override
        public boolean unsubscribe(EventHandler eventHandler) {
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T nothing(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            Class<?> r = m.getReturnType();
            return r == boolean.class ? false : r == int.class ? 0 : null;
        });
    }

    @Test
    void anOpenedTransmissionIsPlottedAndAClickedRowIsTraced() {
        TestData.assumeDisplay();
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 600);
        Composite left = new Composite(shell, 0);
        Composite right = new Composite(shell, 0);
        Frame f = Frame.of(FlowColumn.ofArrays("_RAW_CURVE", "", new double[][] {{1, 2, 3}, {3, 2, 1}}),
                FlowColumn.ofText("SampleID", new String[] {"m-_-2", "m-_-1"}));
        Transmission t = Transmission.spawn(f, HistoryOperation.of("data.LoadFile", "load_file", Map.of()), Metadata.EMPTY);
        Broker broker = new Broker();
        IEclipseContext context = EclipseContextFactory.create("plot-ui-parts");
        MApplication application = MApplicationFactory.INSTANCE.createApplication();
        context.set(IEventBroker.class, broker);
        context.set(EPartService.class, nothing(EPartService.class));
        context.set(EModelService.class, nothing(EModelService.class));
        context.set(MApplication.class, application);
        context.set(FormatRegistry.class, new FormatRegistry());
        context.set(UISynchronize.class, new UISynchronize() {
            @Override
            public void syncExec(Runnable r) {
                r.run();
            }

            @Override
            public void asyncExec(Runnable r) {
                r.run();
            }

            @Override
            protected boolean isUIThread(Thread thread) {
                return true;
            }

            @Override
            protected void showBusyWhile(Runnable r) {
                r.run();
            }

            @Override
            protected boolean dispatchEvents() {
                return false;
            }
        });
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.getTransientData().put(DataPresenter.DATA_KEY, t);
        IEclipseContext plotContext = context.createChild("plot");
        plotContext.set(MPart.class, part);
        plotContext.set(Composite.class, left);
        IEclipseContext tracerContext = context.createChild("tracer");
        tracerContext.set(Composite.class, right);
        try {
            PlotPart plot = ContextInjectionFactory.make(PlotPart.class, plotContext);
            TracerPart tracer = ContextInjectionFactory.make(TracerPart.class, tracerContext);
            shell.open();
            assertEquals(PlotKind.HEATMAP, plot.view().kind(), "curves are shown as a heatmap first");
            HeatmapCanvas canvas = (HeatmapCanvas) plot.view().display();
            var a = canvas.cellArea();
            org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
            e.button = 1;
            e.x = a.x + 3;
            e.y = a.y + a.height / 4;
            canvas.control().notifyListeners(org.eclipse.swt.SWT.MouseDown, e);
            assertEquals(1, broker.sent.size());
            assertEquals(PlotTopics.DATAPOINT, broker.sent.get(0)[0]);
            Datapoint point = (Datapoint) broker.sent.get(0)[1];
            DataRef ref = point.ref();
            assertEquals(1, ref.row(), "rows sorted by SampleID: m-_-1 (row 1) first");
            tracer.datapoint(point);
            assertNotNull(tracer.view().row());
            assertEquals("m-_-1", tracer.view().valueOf("SampleID"));
            assertTrue(tracer.view().historyText().contains("load_file"));
            ContextInjectionFactory.uninject(tracer, tracerContext);
            ContextInjectionFactory.uninject(plot, plotContext);
        } finally {
            context.dispose();
            shell.dispose();
        }
    }
}
