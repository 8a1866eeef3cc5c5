package org.fluorite.io.picasso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.picasso.internal.PicassoRawReader;
import org.fluorite.io.picasso.internal.PicassoYaml;
import org.osgi.service.component.annotations.Component;

/**
 * Reads Picasso raw movies ({@code .raw} with a {@code .yaml} sidecar giving frames, size, data
 * type and byte order) as a lazy image read frame by frame; see {@link PicassoRawReader}.
 */
@Component(service = Importer.class)
public class PicassoRawImporter implements Importer {

    @Override
    public String id() {
        return PicassoRawReader.FORMAT_ID;
    }

    @Override
    public String name() {
        return "Picasso raw movie (RAW + YAML)";
    }

    @Override
    public List<String> extensions() {
        return List.of("raw");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".raw");
    }

    @Override
    public boolean sniff(Path file) throws IOException {
        return Files.isRegularFile(PicassoYaml.sidecar(file)) && PicassoRawReader.layout(PicassoYaml.read(file)) != null;
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        return PicassoRawReader.read(file);
    }
}
