package org.fluorite.batch.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.fluorite.batch.ui.widgets.PanelHost;

/** A panel host without dialogs: answers from queues and records what the panel asked for. */
final class RecordingHost implements PanelHost {

    final Deque<Boolean> confirmations = new ArrayDeque<>();
    final Deque<Path> directories = new ArrayDeque<>();
    Instant startTime;
    final List<String> questions = new ArrayList<>();
    final List<List<Path>> opened = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> statuses = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message) {
        questions.add(message);
        return confirmations.isEmpty() ? false : confirmations.pop();
    }

    @Override
    public Path chooseDirectory(String title, String message) {
        return directories.poll();
    }

    @Override
    public Instant chooseStartTime() {
        return startTime;
    }

    @Override
    public void openFiles(List<Path> files) {
        opened.add(List.copyOf(files));
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void status(String message) {
        statuses.add(message);
    }
}
