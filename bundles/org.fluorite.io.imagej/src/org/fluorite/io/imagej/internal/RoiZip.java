package org.fluorite.io.imagej.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes ImageJ RoiSet zips safely. Entry names are only ever used as ROI names, never
 * as paths: nothing is written to or read from the file system under an entry's name. Reading
 * stops with a clear message at more than {@link #MAX_ENTRIES} entries, an entry that inflates to
 * more than {@link #MAX_ENTRY_BYTES}, or more than {@link #MAX_TOTAL_BYTES} in all (zip bombs).
 */
public final class RoiZip {

    /** Most entries read from one zip. */
    public static final int MAX_ENTRIES = 100_000;
    /** Largest inflated entry, bytes (a ROI of 65535 sub-pixel vertices is under 1 MB). */
    public static final int MAX_ENTRY_BYTES = 5 << 20;
    /** Most inflated bytes read from one zip in all. */
    public static final long MAX_TOTAL_BYTES = 64L << 20;

    /** One .roi entry: the ROI name derived from the entry name, and its bytes. */
    public record Entry(String entryName, String roiName, byte[] bytes) {
    }

    private RoiZip() {
    }

    /**
     * The .roi entries in zip order; other entries are skipped and listed in {@code skipped}.
     *
     * @throws IOException     when the zip is damaged
     * @throws RoiFormatException when a limit is exceeded
     */
    public static List<Entry> read(InputStream in, List<String> skipped) throws IOException, RoiFormatException {
        List<Entry> out = new ArrayList<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            byte[] buffer = new byte[8192];
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new RoiFormatException("holds more than " + MAX_ENTRIES + " entries; refused as a possible zip bomb");
                }
                String name = e.getName();
                if (e.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(".roi")) {
                    skipped.add(name);
                    continue;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                for (int r = zip.read(buffer); r > 0; r = zip.read(buffer)) {
                    total += r;
                    if (bytes.size() + r > MAX_ENTRY_BYTES) {
                        throw new RoiFormatException("entry '" + printable(name) + "' inflates to more than " + MAX_ENTRY_BYTES
                                + " bytes, more than any ImageJ ROI; refused as a possible zip bomb");
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw new RoiFormatException("inflates to more than " + MAX_TOTAL_BYTES
                                + " bytes in all; refused as a possible zip bomb");
                    }
                    bytes.write(buffer, 0, r);
                }
                out.add(new Entry(name, roiName(name), bytes.toByteArray()));
            }
        }
        return out;
    }

    /** The ROI name of an entry: its last path element without ".roi" (never used as a path). */
    public static String roiName(String entryName) {
        String n = entryName;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        if (n.toLowerCase(Locale.ROOT).endsWith(".roi")) {
            n = n.substring(0, n.length() - 4);
        }
        return n;
    }

    /** Writes one entry per ROI, named after the ROI (made safe and unique) with ".roi". */
    public static void write(OutputStream out, List<String> names, List<byte[]> rois) throws IOException {
        Set<String> used = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < rois.size(); i++) {
                String base = safeName(names.get(i), i);
                String entry = base + ".roi";
                for (int k = 2; !used.add(entry.toLowerCase(Locale.ROOT)); k++) {
                    entry = base + "-" + k + ".roi";
                }
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(rois.get(i));
                zip.closeEntry();
            }
        }
    }

    /** A name without path separators, drive letters, control characters or leading dots. */
    static String safeName(String name, int index) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            b.append(c < 32 || c == '/' || c == '\\' || c == ':' || c == 127 ? '_' : c);
        }
        String s = b.toString().strip();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        return s.isEmpty() ? String.format(Locale.ROOT, "%04d", index + 1) : s;
    }

    /** An entry name shortened and stripped of control characters for messages. */
    static String printable(String name) {
        String s = name.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
