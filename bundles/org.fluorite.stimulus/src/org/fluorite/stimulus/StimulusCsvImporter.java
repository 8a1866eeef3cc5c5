package org.fluorite.stimulus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.Message;
import org.osgi.service.component.annotations.Component;

/**
 * Opens stimulus CSV files ({@link StimulusCsv}) as {@link StimulusMap}s. Recognised by the
 * header: a first line naming the type, name, start and end columns.
 */
@Component(service = Importer.class)
public class StimulusCsvImporter implements Importer {

    public static final String FORMAT_ID = "fluorite.stimulus.csv";

    @Override
    public String id() {
        return FORMAT_ID;
    }

    @Override
    public String name() {
        return "Stimulus map CSV";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        if (head == null || head.length == 0) {
            return false;
        }
        return StimulusCsv.isHeader(firstLine(head));
    }

    @Override
    public boolean sniff(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return StimulusCsv.isHeader(firstLine(in.readNBytes(4096)));
        }
    }

    private static String firstLine(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        List<String> notes = new ArrayList<>();
        StimulusMap map = StimulusCsv.read(file, notes);
        map = map.withProvenance(Provenance.EMPTY.then(Operation.of("import.stimulus-csv",
                Map.of("file", file.toAbsolutePath().toString()))));
        List<Message> messages = new ArrayList<>();
        for (String n : notes) {
            messages.add(Message.info(n));
        }
        return ImportResult.of(FORMAT_ID, map, messages);
    }
}
