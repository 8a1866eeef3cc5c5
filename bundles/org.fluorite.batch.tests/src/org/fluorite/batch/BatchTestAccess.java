package org.fluorite.batch;

import java.io.IOException;
import java.nio.file.Path;

/** The shared test helpers for tests in other packages of this fragment. */
public final class BatchTestAccess {

    private BatchTestAccess() {
    }

    private static final java.util.Map<Path, BatchTesting.Movie> MOVIES = new java.util.concurrent.ConcurrentHashMap<>();

    public static Path movie(Path file, long seed) throws IOException {
        BatchTesting.Movie m = BatchTesting.movie(file, seed);
        MOVIES.put(file, m);
        return file;
    }

    public static void assertShiftsUndoMotion(Path csv, Path movie) throws IOException {
        BatchTesting.assertShiftsUndoMotion(csv, MOVIES.get(movie));
    }

    public static String classPath() {
        return BatchTesting.classPath();
    }

    public static String contributions() {
        return BatchTesting.CONTRIBUTIONS;
    }
}
