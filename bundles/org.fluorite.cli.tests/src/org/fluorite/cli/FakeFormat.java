package org.fluorite.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.Message;
import org.fluorite.core.progress.ProgressMonitor;

/**
 * A made-up text format for tests: first line "FAKEIMG", then "key=value" lines.
 * {@code axes}, {@code shape} (comma-separated), {@code type}, {@code cal.A=size unit},
 * {@code meta.KEY=value}, {@code warn=text}, {@code fail=text} (reading throws an IOException),
 * {@code crash=text} (reading throws an IllegalStateException) and {@code extra=NAME} (a second,
 * non-image data object). Pixel value at plane p, row y, column x is {@code 100p + 10y + x}.
 */
final class FakeFormat implements Importer {

    static final String MAGIC = "FAKEIMG";
    static final String ID = "test.fake";

    private final String id;

    FakeFormat() {
        this(ID);
    }

    FakeFormat(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return "Fake test images";
    }

    @Override
    public List<String> extensions() {
        return List.of("fake");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        return new String(head, StandardCharsets.US_ASCII).startsWith(MAGIC);
    }

    static Path write(Path file, String... lines) throws IOException {
        List<String> all = new ArrayList<>();
        all.add(MAGIC);
        all.addAll(List.of(lines));
        return Files.write(file, all, StandardCharsets.UTF_8);
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                kv.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        if (kv.containsKey("fail")) {
            throw new ImportException(file, kv.get("fail"));
        }
        if (kv.containsKey("crash")) {
            throw new IllegalStateException(kv.get("crash"));
        }
        String axes = kv.getOrDefault("axes", "YX");
        String[] parts = kv.getOrDefault("shape", "2,3").split(",");
        long[] shape = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            shape[i] = Long.parseLong(parts[i].trim());
        }
        PixelType type = PixelType.fromLabel(kv.getOrDefault("type", "uint16"));
        int h = (int) shape[shape.length - 2];
        int w = (int) shape[shape.length - 1];
        long planes = 1;
        for (int i = 0; i < shape.length - 2; i++) {
            planes *= shape[i];
        }
        monitor.begin("Reading fake planes", planes);
        List<Plane> list = new ArrayList<>();
        for (int p = 0; p < planes; p++) {
            Plane plane = Plane.allocate(type, w, h);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    plane.set(y * w + x, 100 * p + 10 * y + x);
                }
            }
            list.add(plane);
            monitor.worked(1);
        }
        monitor.done();
        Image image = Image.create(kv.getOrDefault("name", file.getFileName().toString()), new ArrayPlaneSource(list), axes,
                shape);
        Map<String, Object> meta = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : kv.entrySet()) {
            if (e.getKey().startsWith("cal.")) {
                String[] c = e.getValue().split(" ");
                image = image.withCalibration(Axis.of(e.getKey().charAt(4)), new Calibration(Double.parseDouble(c[0]), c[1]));
            } else if (e.getKey().startsWith("meta.")) {
                meta.put(e.getKey().substring(5), e.getValue());
            }
        }
        options.get(ImportOptions.AXIS_ORDER).ifPresent(v -> meta.put("axisOrderOption", v));
        if (options.get(ImportOptions.METADATA_FILE).isPresent()) {
            Path sidecar = Path.of(options.get(ImportOptions.METADATA_FILE).get());
            meta.putAll(Metadata.fromJson(Files.readString(sidecar)).asMap());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("file", file.getFileName().toString());
        image = image.withMetadata(Metadata.of(meta))
                .withProvenance(Provenance.EMPTY.then(Operation.of("import.fake", params)));
        List<Message> messages = new ArrayList<>();
        if (kv.containsKey("warn")) {
            messages.add(Message.warning(kv.get("warn")));
        }
        List<DataObject> data = new ArrayList<>();
        data.add(image);
        if (kv.containsKey("extra")) {
            data.add(new Note(kv.get("extra")));
        }
        return new ImportResult(id, data, messages);
    }

    /** A data object that is not an image. */
    record Note(String name) implements DataObject {
        @Override
        public String kind() {
            return "note";
        }

        @Override
        public Metadata metadata() {
            return Metadata.of(Map.of("text", "a note"));
        }

        @Override
        public Provenance provenance() {
            return Provenance.EMPTY;
        }
    }
}
