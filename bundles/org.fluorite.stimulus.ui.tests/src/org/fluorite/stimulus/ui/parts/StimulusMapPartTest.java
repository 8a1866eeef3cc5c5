package org.fluorite.stimulus.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.display.TimeBand;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.stimulus.TimeUnit;
import org.fluorite.testing.TestData;
import org.fluorite.ui.DataPresenter;
import org.fluorite.ui.UiTopics;
import org.fluorite.viewer.ui.ImageViewer;
import org.fluorite.viewer.ui.parts.ViewerPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.EventHandler;

/**
 * The e4 part made by dependency injection as the workbench makes it: it follows the active part
 * when that is a viewer part (also one activated before its controls exist) and keeps the last
 * viewer when another kind of part becomes active.
 */
class StimulusMapPartTest {

    private final List<String> posted = new ArrayList<>();
    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private Image movie;

    /** Records what the part posts. */
    private final IEventBroker broker = new IEventBroker() {
        @Override
        public boolean send(String topic, Object data) {
            return post(topic, data);
        }

        @Override
        public boolean post(String topic, Object data) {
            posted.add(topic + " " + data);
            return true;
        }

        @Override
        public boolean subscribe(String topic, EventHandler handler) {
            return true;
        }

        @Override
        public boolean subscribe(String topic, String filter, EventHandler handler, boolean headless) {
            return true;
        }

        @Override
        public boolean unsubscribe(EventHandler handler) {
            return true;
        }
    };

    @BeforeEach
    void open() throws Exception {
        TestData.assumeDisplay();
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1000, 700);
        context = EclipseContextFactory.create("stimulus map part test");
        context.set(IEventBroker.class, broker);
        movie = new TiffImporter().read(TestData.file("fissa/b/images/AVG_A01.tif"), ImportOptions.NONE, ProgressMonitor.NONE)
                .firstImage();
    }

    @AfterEach
    void close() throws Exception {
        context.dispose();
        shell.dispose();
        while (display.readAndDispatch()) {
            // flush
        }
        movie.close();
    }

    /**
     * A stand-in for a model part: label, transient data and the object made for it (what the
     * parts here use of it).
     */
    private static MPart modelPart(String label) {
        Map<String, Object> transientData = new HashMap<>();
        Object[] object = {null};
        return (MPart) Proxy.newProxyInstance(MPart.class.getClassLoader(), new Class<?>[] {MPart.class}, (proxy, method, args) -> {
            return switch (method.getName()) {
                case "getLabel", "toString" -> label;
                case "getTransientData" -> transientData;
                case "getObject" -> object[0];
                case "setObject" -> {
                    object[0] = args[0];
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.getName());
            };
        });
    }

    /** A rendered viewer part showing the fissa movie. */
    private MPart viewerPart(String label) {
        MPart part = modelPart(label);
        part.getTransientData().put(DataPresenter.DATA_KEY, movie);
        IEclipseContext local = context.createChild(label);
        local.set(MPart.class, part);
        local.set(Composite.class, new Composite(shell, SWT.NONE));
        part.setObject(ContextInjectionFactory.make(ViewerPart.class, local));
        return part;
    }

    private StimulusMapPart stimulusPart() {
        IEclipseContext local = context.createChild("stimulus");
        local.set(Composite.class, new Composite(shell, SWT.NONE));
        return ContextInjectionFactory.make(StimulusMapPart.class, local);
    }

    @Test
    void followsTheActiveViewerPartAndKeepsItsMap() {
        MPart first = viewerPart("first");
        context.set(IServiceConstants.ACTIVE_PART, first);
        StimulusMapPart part = stimulusPart();
        ImageViewer firstViewer = ViewerPart.viewerOf(first);
        assertNotNull(firstViewer);
        assertSame(firstViewer, part.panel().viewer(), "the viewer active before the part was made");

        part.panel().addType("odour", TimeUnit.FRAMES);
        part.panel().editor().addRow("odour");
        assertEquals(List.of(new TimeBand(0, 10, 0xD62728, "odour: stimulus 1")), firstViewer.getTimeBands());

        MPart second = viewerPart("second");
        context.set(IServiceConstants.ACTIVE_PART, second);
        assertSame(ViewerPart.viewerOf(second), part.panel().viewer());
        assertEquals(0, part.panel().tabFolder().getItemCount());

        MPart other = modelPart("table");
        context.set(IServiceConstants.ACTIVE_PART, other);
        assertSame(ViewerPart.viewerOf(second), part.panel().viewer(), "another kind of part keeps the last viewer");

        context.set(IServiceConstants.ACTIVE_PART, first);
        assertEquals(List.of("odour"), part.panel().editor().typeNames(), "the first viewer's map is still there");

        part.panel().addType("odour", TimeUnit.SECONDS);
        assertTrue(posted.contains(UiTopics.STATUS + " Stimulus Map: Stimulus type 'odour' exists already"), posted.toString());
    }

    @Test
    void withoutAViewerThePanelWaits() {
        StimulusMapPart part = stimulusPart();
        assertNull(part.panel().viewer());
        assertEquals("Activate a viewer to map stimuli on its movie", part.panel().movieText());
        part.focus();
        assertNull(part.panel().editor(), "no map without a viewer");
    }
}
