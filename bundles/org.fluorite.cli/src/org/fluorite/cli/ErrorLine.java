package org.fluorite.cli;

import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.fluorite.core.progress.CancelledException;
import org.fluorite.io.ImportException;

/**
 * Turns a failure into the single line printed on stderr: {@code fluorite: FILE: problem}. An
 * {@link ImportException} already names its file; other exceptions get the file the command was
 * working on, when known and not already in the message.
 */
final class ErrorLine {

    private ErrorLine() {
    }

    static String of(Throwable failure, Path currentFile) {
        Throwable e = unwrap(failure);
        String text;
        if (e instanceof ImportException) {
            text = e.getMessage();
        } else if (e instanceof NoSuchFileException n) {
            text = n.getFile() + ": file not found";
        } else if (e instanceof AccessDeniedException a) {
            text = a.getFile() + ": permission denied";
        } else if (e instanceof FileSystemException f && f.getFile() != null) {
            text = f.getFile() + ": " + (f.getReason() != null ? f.getReason() : e.getClass().getSimpleName());
        } else if (e instanceof CancelledException) {
            text = withFile(currentFile, "cancelled");
        } else if (e instanceof OutOfMemoryError) {
            text = withFile(currentFile, "out of memory (give Java more heap with -Xmx)");
        } else {
            String m = e.getMessage();
            boolean plain = e instanceof java.io.IOException || e instanceof IllegalArgumentException
                    || e instanceof IllegalStateException || e instanceof UnsupportedOperationException;
            String problem = m == null || m.isBlank() ? e.getClass().getSimpleName()
                    : plain ? m : e.getClass().getSimpleName() + ": " + m;
            text = withFile(currentFile, problem);
        }
        return "fluorite: " + CommandLine.oneLine(text);
    }

    private static String withFile(Path file, String problem) {
        if (file == null || problem.contains(file.toString())) {
            return problem;
        }
        return file + ": " + problem;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        for (int i = 0; i < 10 && t.getCause() != null && isWrapper(t); i++) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean isWrapper(Throwable t) {
        return t instanceof UncheckedIOException || t instanceof ExecutionException || t instanceof CompletionException
                || t instanceof InvocationTargetException;
    }
}
