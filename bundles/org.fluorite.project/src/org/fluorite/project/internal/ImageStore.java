package org.fluorite.project.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.Exporter;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.project.ImageStorage;
import org.fluorite.project.ProjectException;
import org.fluorite.project.internal.SampleRows.ImageRecord;

/**
 * The movies of a project's samples: copies under {@code images/} named
 * {@code <ImgUUID>-<8 hex digits>.tif} (a new name each time a sample's image data is replaced),
 * or references to files elsewhere with their SHA-256.
 */
public final class ImageStore {

    /** Names of files this store writes into images/, and of their partial copies. */
    private static final Pattern OWN = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}\\.tif(" + Pattern.quote(ImageFiles.PARTIAL)
                    + ")?");

    private final Path projectDir;
    private final Path imagesDir;
    private final FormatRegistry registry;

    public ImageStore(Path projectDir, FormatRegistry registry) {
        this.projectDir = projectDir;
        this.imagesDir = projectDir.resolve("images");
        this.registry = registry;
    }

    /** The movie's frame count: its T length, else its Z length (stacks stored as Z), else 1. */
    public static Image asMovie(Image image) {
        if (!image.has(Axis.T) && image.has(Axis.Z)) {
            return image.withAxes(image.axesString().replace('Z', 'T'));
        }
        return image;
    }

    /**
     * Stores a movie for image {@code uuid}: copies a TIFF file byte for byte, writes a movie that
     * has no TIFF file with the registry's TIFF exporter, or records a reference's checksum.
     */
    public ImageRecord store(String uuid, Image image, Path sourceFile, ImageStorage storage, ProgressMonitor monitor)
            throws IOException {
        Image movie = asMovie(image);
        long frames = movie.has(Axis.T) ? movie.length(Axis.T) : 1;
        if (storage == ImageStorage.REFERENCE) {
            Path abs = sourceFile.toAbsolutePath().normalize();
            return new ImageRecord(uuid, storage, abs.toString(), ImageFiles.sha256(abs), Files.size(abs), frames,
                    movie.width(), movie.height());
        }
        Files.createDirectories(imagesDir);
        String name = uuid + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".tif";
        Path target = imagesDir.resolve(name);
        String sha;
        if (sourceFile != null && Files.isRegularFile(sourceFile) && ImageFiles.isTiff(sourceFile)) {
            sha = ImageFiles.copy(sourceFile, target, monitor);
        } else {
            sha = export(image, target, monitor);
        }
        return new ImageRecord(uuid, storage, "images/" + name, sha, Files.size(target), frames, movie.width(),
                movie.height());
    }

    private String export(Image image, Path target, ProgressMonitor monitor) throws IOException {
        if (registry == null) {
            throw new ProjectException(target, "no TIFF writer is installed to store this movie");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".export.tif");
        Exporter exporter = registry.exporterFor(partial, image)
                .orElseThrow(() -> new ProjectException(target, "no installed writer stores this movie as TIFF"));
        try {
            exporter.export(image, partial, ImportOptions.NONE, monitor);
            ImageFiles.sync(partial);
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return ImageFiles.sha256(target);
    }

    /**
     * The movie file of a sample, checked: a referenced file must exist with the size and SHA-256
     * it had when added.
     *
     * @throws ProjectException naming the file when it is missing or changed
     */
    public Path verified(String sampleId, ImageStorage storage, Path file, String sha256) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ProjectException(file, "the movie of sample " + sampleId + " is missing"
                    + (storage == ImageStorage.REFERENCE ? " (it was added as a reference: put the file back)" : ""));
        }
        if (storage == ImageStorage.REFERENCE && sha256 != null) {
            String found = ImageFiles.sha256(file);
            if (!found.equals(sha256)) {
                throw new ProjectException(file, "checksum mismatch: the movie of sample " + sampleId
                        + " changed since it was added (SHA-256 " + sha256 + " expected, " + found + " found)");
            }
        }
        return file;
    }

    /** Opens a verified movie with the installed importers. */
    public Image open(Path file) throws IOException {
        if (registry == null) {
            throw new ProjectException(file, "no image readers are installed to open this movie");
        }
        return registry.open(file, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
    }

    /** Deletes a copied movie that no sample uses any more. */
    public void deleteCopy(String relativePath) throws IOException {
        Path p = projectDir.resolve(relativePath).normalize();
        if (p.startsWith(imagesDir) && OWN.matcher(p.getFileName().toString()).matches()) {
            Files.deleteIfExists(p);
        }
    }

    /**
     * Removes what an interrupted save left in images/: partial copies and complete copies that no
     * sample refers to (the transaction that would have used them never committed).
     *
     * @return the files removed
     */
    public List<Path> removeOrphans(List<String> referencedPaths) throws IOException {
        if (!Files.isDirectory(imagesDir)) {
            return List.of();
        }
        Set<Path> used = new HashSet<>();
        for (String r : referencedPaths) {
            used.add(projectDir.resolve(r).normalize());
        }
        List<Path> orphans;
        try (Stream<Path> s = Files.list(imagesDir)) {
            orphans = s.filter(p -> {
                String n = p.getFileName().toString();
                return (OWN.matcher(n).matches() || n.endsWith(".export.tif")) && !used.contains(p.normalize());
            }).toList();
        }
        for (Path p : orphans) {
            Files.deleteIfExists(p);
        }
        return orphans;
    }
}
