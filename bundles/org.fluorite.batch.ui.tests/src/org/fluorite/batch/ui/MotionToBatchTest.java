package org.fluorite.batch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.ItemState;
import org.fluorite.batch.kinds.MotionCorrectKind;
import org.fluorite.batch.ui.motion.MotionBatchParameters;
import org.fluorite.batch.ui.motion.MotionToBatchHandler;
import org.fluorite.batch.ui.motion.ViewerFiles;
import org.fluorite.batch.ui.parts.BatchManagerPart;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.motion.BorderMode;
import org.fluorite.motion.MotionCorrectionSettings;
import org.fluorite.testing.TestData;
import org.fluorite.ui.DataPresenter;
import org.fluorite.ui.FileOpener;
import org.fluorite.viewer.ui.parts.ViewerPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.EventHandler;

/** Process > Motion Correction to Batch: settings to item parameters, the viewer's file, the item in the part. */
class MotionToBatchTest {

    @TempDir
    Path dir;

    static final MotionCorrectionSettings CHOSEN = MotionCorrectionSettings.DEFAULTS.withPiecewise(true).withMaxShifts(5, 7)
            .withPatches(48, 40, 16, 12).withGSigFilt(2.5).withBorder(BorderMode.COPY);

    @Test
    void settingsBecomeTheMotionCorrectCommandLine() throws Exception {
        Path movie = dir.resolve("movie.tif");
        java.nio.file.Files.writeString(movie, "x");
        BatchSession session = new BatchSession();
        session.create(dir.resolve("batch"));
        BatchItem item = MotionBatchParameters.addTo(session, movie, "  A01 mc ", CHOSEN);
        assertEquals("A01 mc", item.name());
        assertEquals(List.of(movie.toAbsolutePath().toString()), item.inputs());
        List<String> expected = List.of("motion-correct", movie.toAbsolutePath().toString(), "--out", "/o/corrected.tif", "--shifts",
                "/o/shifts.csv", "--border", "copy", "--gsig-filt", "2.5", "--max-deviation-rigid", "3", "--max-shifts", "5,7",
                "--niter-rig", "1", "--overlaps", "16,12", "--piecewise", "--strides", "48,40", "--upsample-factor-grid", "4");
        assertEquals(expected, new MotionCorrectKind().commandLine(item, Path.of("/o")));
        // the same after the item went through item.json (numbers come back as JSON numbers)
        BatchItem reread = Batch.open(dir.resolve("batch")).item(item.uuid()).orElseThrow();
        assertEquals(expected, new MotionCorrectKind().commandLine(reread, Path.of("/o")));
        assertEquals(ItemState.QUEUED, reread.state());

        Map<String, Object> defaults = MotionBatchParameters.of(MotionCorrectionSettings.DEFAULTS);
        assertEquals(Map.of("piecewise", false, "max-shifts", "6,6", "niter-rig", 1, "gsig-filt", 0.0, "strides", "96,96", "overlaps",
                "32,32", "max-deviation-rigid", 3, "upsample-factor-grid", 4, "border", "nan"), defaults);
        assertEquals(List.of(), MotionBatchParameters.notCarried(CHOSEN));
        assertEquals(List.of("template frames 50 (the batch runs with 200)"),
                MotionBatchParameters.notCarried(CHOSEN.withTemplateFrames(50)));
        assertEquals("movie.tif mc", MotionBatchParameters.defaultName(movie));
    }

    @Test
    void withoutAnOpenBatchNothingIsAdded() {
        BatchSession session = new BatchSession();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MotionBatchParameters.addTo(session, dir.resolve("m.tif"), null, CHOSEN));
        assertTrue(e.getMessage().contains("Batch Manager"), e.getMessage());
    }

    @Test
    void theActiveViewersFileGoesToTheBatchShownInThePart() throws Exception {
        TestData.assumeDisplay();
        Path file = Movies.write(dir.resolve("movie.tif"), 5).file();
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1200, 700);
        IEclipseContext context = EclipseContextFactory.create("batch ui test");
        context.set(IEventBroker.class, new NoBroker());
        Image movie = new TiffImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        try {
            MPart fromFile = viewerPart(context, shell, "movie.tif", movie, file);
            MPart computed = viewerPart(context, shell, "MAX T of movie.tif", movie, null);
            MotionToBatchHandler handler = new MotionToBatchHandler();
            assertEquals(file, ViewerFiles.movieFile(fromFile));
            assertTrue(handler.canExecute(fromFile, null, null));
            assertNull(ViewerFiles.movieFile(computed), "computed data has no file a worker could read");
            assertFalse(handler.canExecute(computed, null, null));
            assertFalse(handler.canExecute(modelPart("not a viewer"), null, null));
            assertFalse(handler.canExecute(null, null, null));
            // the Batch Manager active: the viewer on top of the viewer stack is used
            MPart onTop = MBasicFactory.INSTANCE.createPart();
            onTop.setObject(fromFile.getObject());
            onTop.getTransientData().putAll(fromFile.getTransientData());
            MPartStack viewers = MBasicFactory.INSTANCE.createPartStack();
            viewers.setElementId(FileOpener.VIEWER_STACK_ID);
            viewers.getChildren().add(onTop);
            viewers.setSelectedElement(onTop);
            MApplication app = (MApplication) Proxy.newProxyInstance(MApplication.class.getClassLoader(), new Class<?>[] {MApplication.class},
                    (proxy, m, args) -> m.getName().equals("hashCode") ? 1 : null);
            EModelService models = (EModelService) Proxy.newProxyInstance(EModelService.class.getClassLoader(),
                    new Class<?>[] {EModelService.class}, (proxy, m, args) -> m.getName().equals("findElements")
                            && FileOpener.VIEWER_STACK_ID.equals(args[1]) ? List.of(viewers) : m.getName().equals("findElements") ? List.of() : null);
            MPart manager = modelPart("Batch Manager");
            assertTrue(ViewerFiles.viewer(manager, app, models) == onTop);
            assertTrue(handler.canExecute(manager, app, models));
            assertTrue(ViewerFiles.viewer(fromFile, app, models) == fromFile, "an active viewer wins");
            viewers.getChildren().clear();
            assertFalse(handler.canExecute(manager, app, models), "no viewer at all");

            IEclipseContext local = context.createChild("batch manager");
            local.set(Composite.class, new Composite(shell, SWT.NONE));
            MPart managerModel = modelPart("Batch Manager");
            local.set(MPart.class, managerModel);
            BatchManagerPart part = ContextInjectionFactory.make(BatchManagerPart.class, local);
            BatchSession session = ContextInjectionFactory.make(BatchSession.class, context);
            assertTrue(session == ContextInjectionFactory.make(BatchSession.class, local), "one session for the workbench");
            shell.open();
            part.panel().createBatch(dir.resolve("batch"));
            assertEquals(dir.resolve("batch").toAbsolutePath().normalize().toString(),
                    managerModel.getPersistedState().get(BatchManagerPart.LAST_BATCH_KEY), "the batch is remembered for the next start");
            BatchItem added = MotionBatchParameters.addTo(session, ViewerFiles.movieFile(fromFile), null, CHOSEN);
            long end = System.currentTimeMillis() + 10_000;
            while (part.panel().table().items().isEmpty() && System.currentTimeMillis() < end) {
                if (!display.readAndDispatch()) {
                    Thread.sleep(5);
                }
            }
            assertEquals(List.of(added.uuid()), part.panel().table().items().stream().map(BatchItem::uuid).toList());
            assertEquals("movie.tif mc", part.panel().table().control().getItem(0).getText(0));
            assertEquals("motion-correct", part.panel().table().control().getItem(0).getText(1));
        } finally {
            movie.close();
            context.dispose();
            shell.dispose();
            while (display.readAndDispatch()) {
                // flush
            }
        }
    }

    private static MPart viewerPart(IEclipseContext context, Shell shell, String label, Image movie, Path source) {
        MPart part = modelPart(label);
        part.getTransientData().put(DataPresenter.DATA_KEY, movie);
        if (source != null) {
            part.getTransientData().put(DataPresenter.SOURCE_KEY, source);
        }
        IEclipseContext local = context.createChild(label);
        local.set(MPart.class, part);
        local.set(Composite.class, new Composite(shell, SWT.NONE));
        part.setObject(ContextInjectionFactory.make(ViewerPart.class, local));
        return part;
    }

    /** The parts of a model part these classes use: label, transient data, the object made for it. */
    private static MPart modelPart(String label) {
        Map<String, Object> data = new HashMap<>();
        Map<String, String> persisted = new HashMap<>();
        Object[] object = {null};
        return (MPart) Proxy.newProxyInstance(MPart.class.getClassLoader(), new Class<?>[] {MPart.class}, (proxy, m, args) -> switch (m.getName()) {
            case "getLabel", "toString" -> label;
            case "getTransientData" -> data;
            case "getPersistedState" -> persisted;
            case "getObject" -> object[0];
            case "setObject" -> {
                object[0] = args[0];
                yield null;
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException(m.getName());
        });
    }

    /** An event broker that drops every event. */
    private static final class NoBroker implements IEventBroker {
        @Override
        public boolean send(String topic, Object data) {
            return true;
        }

        @Override
        public boolean post(String topic, Object data) {
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
    }
}
