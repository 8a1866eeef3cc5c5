package org.fluorite.io.imagej;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.Message;
import org.fluorite.io.imagej.internal.RoiDecoder;
import org.fluorite.io.imagej.internal.RoiFormatException;
import org.fluorite.io.imagej.internal.RoiZip;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiSet;
import org.osgi.service.component.annotations.Component;

/**
 * Reads ImageJ ROI files (.roi, starting with "Iout") and RoiSet zips (a zip of .roi entries, as
 * ImageJ's ROI Manager saves them) into a {@link RoiSet}: rectangles (with rounded corners),
 * ovals, ellipses, rotated rectangles, polygons, freehand and traced outlines, lines, polylines,
 * freelines, angles, multi-points with counters, and composite ROIs, with names, stroke colour and
 * width, and channel/slice/frame positions. Coordinates are in pixels (sub-pixel where the file
 * stores floats). ROIs that cannot be decoded make the whole file fail with the entry named.
 */
@Component(service = Importer.class)
public class ImageJRoiImporter implements Importer {

    public static final String FORMAT_ID = "fluorite.imagej.roi";
    private static final int MAX_ROI_FILE_BYTES = RoiZip.MAX_ENTRY_BYTES;

    @Override
    public String id() {
        return FORMAT_ID;
    }

    @Override
    public String name() {
        return "ImageJ ROI / RoiSet zip";
    }

    @Override
    public List<String> extensions() {
        return List.of("roi", "zip");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        if (RoiDecoder.hasMagic(head)) {
            return true;
        }
        // a zip whose first local entry is named *.roi
        if (head == null || head.length < 30 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            return false;
        }
        int nameLength = (head[26] & 0xFF) | (head[27] & 0xFF) << 8;
        if (nameLength < 4 || 30 + nameLength > head.length) {
            return false;
        }
        String first = new String(head, 30, nameLength, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return first.endsWith(".roi");
    }

    @Override
    public boolean sniff(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            if (RoiDecoder.hasMagic(head)) {
                return true;
            }
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e = zip.getNextEntry();
            return e != null && e.getName().toLowerCase(Locale.ROOT).endsWith(".roi") && RoiDecoder.hasMagic(zip.readNBytes(4));
        }
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        long size = Files.size(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        List<Message> messages = new ArrayList<>();
        List<Roi> rois = new ArrayList<>();
        List<Object> versions = new ArrayList<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        String fileName = file.getFileName().toString();
        if (RoiDecoder.hasMagic(head)) {
            if (size > MAX_ROI_FILE_BYTES) {
                throw new ImportException(file, "is " + size + " bytes, larger than any ImageJ ROI (at most "
                        + MAX_ROI_FILE_BYTES + ")");
            }
            RoiDecoder.Decoded d = decode(file, Files.readAllBytes(file), RoiZip.roiName(fileName), null);
            rois.add(d.roi());
            versions.add(d.version());
            d.notes().forEach(n -> messages.add(Message.warning(n)));
            meta.put("format", "ImageJ ROI");
        } else {
            List<String> skipped = new ArrayList<>();
            List<RoiZip.Entry> entries;
            try (InputStream in = Files.newInputStream(file)) {
                entries = RoiZip.read(in, skipped);
            } catch (RoiFormatException e) {
                throw new ImportException(file, e.getMessage(), e);
            } catch (IOException e) {
                throw new ImportException(file, "is not a readable zip: " + e.getMessage(), e);
            }
            if (entries.isEmpty()) {
                throw new ImportException(file, "holds no .roi entries, so it is not an ImageJ RoiSet");
            }
            List<Object> names = new ArrayList<>();
            for (RoiZip.Entry entry : entries) {
                if (monitor != null) {
                    monitor.checkCancelled();
                }
                RoiDecoder.Decoded d = decode(file, entry.bytes(), entry.roiName(), entry.entryName());
                rois.add(d.roi());
                versions.add(d.version());
                names.add(entry.entryName());
                d.notes().forEach(n -> messages.add(Message.warning(n)));
            }
            if (!skipped.isEmpty()) {
                messages.add(Message.info("Skipped " + skipped.size() + " zip entries that are not .roi files"));
            }
            meta.put("format", "ImageJ RoiSet zip");
            meta.put("entries", names);
        }
        meta.put("roiVersions", versions);
        String setName = fileName.replaceFirst("(?i)\\.(roi|zip)$", "");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("file", file.toAbsolutePath().toString());
        RoiSet set = new RoiSet(setName, rois).withMetadata(Metadata.of(meta))
                .withProvenance(Provenance.EMPTY.then(Operation.of("import.imagej-roi", params)));
        return ImportResult.of(FORMAT_ID, set, messages);
    }

    private static RoiDecoder.Decoded decode(Path file, byte[] bytes, String name, String entry) throws ImportException {
        try {
            return RoiDecoder.decode(bytes, name);
        } catch (RoiFormatException e) {
            throw new ImportException(file, (entry == null ? "" : "entry '" + entry + "': ") + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ImportException(file, (entry == null ? "" : "entry '" + entry + "': ") + "cannot be decoded: " + e, e);
        }
    }
}
