package org.fluorite.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises changes to one batch directory among threads of this process (a lock per directory)
 * and among processes (an OS file lock on {@code .lock}): the runner, its workers and a
 * {@code batch abort} from another shell all read-modify-write item.json under it.
 */
final class BatchLock {

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    interface Action<T> {
        T run() throws IOException;
    }

    private BatchLock() {
    }

    static <T> T under(Path batchDir, Action<T> action) throws IOException {
        Path key = batchDir.toAbsolutePath().normalize();
        ReentrantLock lock = LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return action.run();
            }
            try (FileChannel ch = FileChannel.open(key.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = ch.lock()) {
                return action.run();
            }
        } finally {
            lock.unlock();
        }
    }
}
