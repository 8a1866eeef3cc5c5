package org.fluorite.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fluorite.core.DataObject;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * All importers and exporters installed, by id. A second contribution with an id already taken is
 * rejected and reported in {@link #problems()}; the first one stays. An importer that throws
 * anything while reading is reported as an {@link ImportException} naming the file, so one bad
 * plugin or file never takes the workbench down.
 *
 * <p>In OSGi the registry is a Declarative Services component fed by the service registry; outside
 * OSGi (tests, benchmarks) create one and call {@link #addImporter}.
 */
@Component(service = FormatRegistry.class)
public class FormatRegistry {

    /** How many leading bytes are given to {@link Importer#matchesMagic}. */
    public static final int HEAD_BYTES = 512;

    private final Map<String, Importer> importers = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Exporter> exporters = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> problems = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addImporter(Importer importer) {
        synchronized (importers) {
            Importer existing = importers.get(importer.id());
            if (existing != null && existing != importer) {
                problems.add("Importer '" + importer.name() + "' (" + importer.getClass().getName() + ") was rejected: id '"
                        + importer.id() + "' is already taken by " + existing.getClass().getName());
                return;
            }
            importers.put(importer.id(), importer);
        }
    }

    public void removeImporter(Importer importer) {
        importers.remove(importer.id(), importer);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addExporter(Exporter exporter) {
        synchronized (exporters) {
            Exporter existing = exporters.get(exporter.id());
            if (existing != null && existing != exporter) {
                problems.add("Exporter '" + exporter.name() + "' (" + exporter.getClass().getName() + ") was rejected: id '"
                        + exporter.id() + "' is already taken by " + existing.getClass().getName());
                return;
            }
            exporters.put(exporter.id(), exporter);
        }
    }

    public void removeExporter(Exporter exporter) {
        exporters.remove(exporter.id(), exporter);
    }

    /** Contributions that were rejected, in words for the user. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public List<Importer> importers() {
        synchronized (importers) {
            return new ArrayList<>(importers.values());
        }
    }

    public List<Exporter> exporters() {
        synchronized (exporters) {
            return new ArrayList<>(exporters.values());
        }
    }

    public Optional<Importer> importer(String id) {
        return Optional.ofNullable(importers.get(id));
    }

    /**
     * The importer for {@code file}: the first whose magic matches and whose sniff accepts it,
     * trying importers that claim the file's extension first.
     */
    public Optional<Importer> importerFor(Path file) throws IOException {
        boolean folder = Files.isDirectory(file);
        byte[] head = folder ? new byte[0] : head(file);
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        for (Importer importer : candidates(fileName)) {
            if (importer.readsFolders() != folder) {
                continue;
            }
            boolean magic;
            try {
                magic = importer.matchesMagic(head, fileName);
            } catch (RuntimeException e) {
                problems.add("Importer " + importer.id() + " failed its magic check on " + file + ": " + e);
                continue;
            }
            if (magic && sniffSafely(importer, file)) {
                return Optional.of(importer);
            }
        }
        return Optional.empty();
    }

    private boolean sniffSafely(Importer importer, Path file) {
        try {
            return importer.sniff(file);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Importers in the order they are tried: higher priority first, then those claiming the extension. */
    private List<Importer> candidates(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        List<Importer> all = importers();
        all.sort(java.util.Comparator.comparingInt((Importer i) -> -i.priority())
                .thenComparing(i -> i.extensions().stream().anyMatch(ext -> lower.endsWith("." + ext)) ? 0 : 1));
        return all;
    }

    /**
     * Opens {@code file} with the importer that accepts it.
     *
     * @throws ImportException when the file is missing, no importer accepts it, or reading fails
     */
    public ImportResult open(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        Importer importer = importerFor(file).orElseThrow(() -> new ImportException(file, Files.isDirectory(file)
                ? "is a folder that no installed importer reads (folder readers: "
                        + String.join(", ", importers().stream().filter(Importer::readsFolders).map(Importer::name).toList()) + ")"
                : "not a format Fluorite can read (tried " + String.join(", ", importers().stream().map(Importer::name).toList())
                        + ")"));
        return read(importer, file, options, monitor);
    }

    /** Reads {@code file} with a given importer, turning any failure into an {@link ImportException}. */
    public ImportResult read(Importer importer, Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        try {
            return importer.read(file, options, monitor);
        } catch (ImportException | CancelledException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new ImportException(file, "file not found", e);
        } catch (IOException e) {
            throw new ImportException(file, "cannot be read as " + importer.name() + ": " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new ImportException(file, "too large to read as " + importer.name() + " (out of memory)", e);
        } catch (RuntimeException e) {
            throw new ImportException(file, "cannot be read as " + importer.name() + ": " + e, e);
        }
    }

    /** The exporter for a target file name that can write {@code data}. */
    public Optional<Exporter> exporterFor(Path target, DataObject data) {
        String lower = target.getFileName().toString().toLowerCase(Locale.ROOT);
        return exporters().stream().filter(e -> e.canExport(data))
                .filter(e -> e.extensions().stream().anyMatch(ext -> lower.endsWith("." + ext))).findFirst();
    }

    private static byte[] head(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new ImportException(file, "file not found");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new ImportException(file, "cannot be opened: " + e.getMessage(), e);
        }
    }
}
