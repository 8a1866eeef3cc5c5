package org.fluorite.io.pyme;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.pyme.internal.PymeCsvReader;
import org.osgi.service.component.annotations.Component;

/**
 * Reads PYME's text localization tables ({@code #A, x, y, t, ...} header, comma-separated
 * numbers) as a localization table. Takes only text files whose first line is such a header, so
 * other CSV tables (ThunderSTORM's, for one) are left to their readers.
 */
@Component(service = Importer.class)
public class PymeCsvImporter implements Importer {

    @Override
    public String id() {
        return PymeCsvReader.FORMAT_ID;
    }

    @Override
    public String name() {
        return "PYME localizations (text)";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv", "txt");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        return head != null && head.length > 1 && head[0] == '#';
    }

    @Override
    public boolean sniff(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buf = new char[64 * 1024];
            int n = in.read(buf);
            if (n <= 0) {
                return false;
            }
            String text = new String(buf, 0, n);
            int end = text.indexOf('\n');
            return end > 0 && PymeCsvReader.header(text.substring(0, end).strip()) != null;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        return PymeCsvReader.read(file, monitor == null ? ProgressMonitor.NONE : monitor);
    }
}
