package org.fluorite.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.UiTopics;

/**
 * Start-up of the workbench: makes the {@link FileOpener} available to handlers and parts, then,
 * once the window is up, installs drag and drop of files, opens the files named on the command
 * line and, when asked for with {@code -Dfluorite.selftest=DIR}, runs the start-up self test.
 */
public class LifeCycle {

    @PostContextCreate
    public void postContextCreate(IEclipseContext context, IEventBroker broker) {
        broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> started(context, broker));
    }

    private void started(IEclipseContext context, IEventBroker broker) {
        FileOpener opener = ContextInjectionFactory.make(FileOpener.class, context);
        context.set(FileOpener.class, opener);
        broker.subscribe(UiTopics.OPEN_FILES, event -> {
            if (event.getProperty(IEventBroker.DATA) instanceof List<?> list) {
                opener.open(list.stream().filter(Path.class::isInstance).map(Path.class::cast).toList());
            }
        });
        MApplication app = context.get(MApplication.class);
        if (!app.getChildren().isEmpty() && app.getChildren().get(0).getWidget() instanceof Shell shell) {
            FileDrop.install(shell, opener);
            String selfTest = System.getProperty("fluorite.selftest");
            if (selfTest != null && !selfTest.isBlank()) {
                SelfTest test = new SelfTest(Paths.get(selfTest), shell, context);
                broker.subscribe(UiTopics.FRAME_SHOWN, test::frameShown);
                broker.subscribe(UiTopics.OPEN_FAILED, test::openFailed);
                broker.subscribe(UiTopics.OPENED, test::opened);
                test.start();
            }
        }
        List<Path> files = filesFromCommandLine();
        if (!files.isEmpty()) {
            opener.open(files);
        }
    }

    /** Application arguments that are not options: the files to open. */
    private static List<Path> filesFromCommandLine() {
        List<Path> files = new ArrayList<>();
        String[] args = Platform.getApplicationArgs();
        for (String arg : args) {
            if (arg.startsWith("-")) {
                continue;
            }
            Path p = Paths.get(arg);
            if (Files.exists(p) || arg.contains(".")) {
                files.add(p.toAbsolutePath().normalize());
            }
        }
        return files;
    }
}
