package org.fluorite.project.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.fluorite.core.progress.ProgressMonitor;

/**
 * Movie files of a project: copying a TIFF in (checksummed, synced, renamed into place only when
 * complete), SHA-256 of a file, and the TIFF magic check.
 */
public final class ImageFiles {

    /** Suffix of a copy being written; such files are removed when a project opens. */
    public static final String PARTIAL = ".partial";

    private ImageFiles() {
    }

    /** True when the file starts like a classic or Big TIFF. */
    public static boolean isTiff(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return false;
            }
        }
        boolean intel = head[0] == 'I' && head[1] == 'I' && (head[2] == 42 || head[2] == 43) && head[3] == 0;
        boolean motorola = head[0] == 'M' && head[1] == 'M' && head[2] == 0 && (head[3] == 42 || head[3] == 43);
        return intel || motorola;
    }

    /**
     * Copies {@code source} to {@code target} through a partial file that is synced to disk and
     * then renamed, so {@code target} exists only complete.
     *
     * @return the SHA-256 of the bytes copied, lower-case hex
     */
    public static String copy(Path source, Path target, ProgressMonitor monitor) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        MessageDigest digest = sha256();
        long size = Files.size(source);
        monitor.begin("Copying " + source.getFileName(), size);
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                monitor.worked(n);
                monitor.checkCancelled();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        sync(partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Forces a file's content to disk. */
    public static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** SHA-256 of a file, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            while (in.read(buffer) > 0) {
                // the digest stream does the work
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
