package org.fluorite.smlm.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins the partial ThunderSTORM CSVs of frame-range items into one table: parts in frame order,
 * rows as written (values keep their text, so nothing is reformatted), the {@code id} column
 * renumbered from 1. Before anything is written it checks that the ranges cover the expected
 * frames without gaps or overlaps, that every part exists, has the same columns and holds only
 * frames of its own range. Any problem is a {@link MergeException} naming the item, and the output
 * is not touched. The result is written beside the target and renamed over it, so a reader never
 * sees half a table. Streams line by line: memory does not grow with the table.
 */
public final class LocalizationMerge {

    /** One partial result: the item (name and uuid, for messages), its frames and its CSV. */
    public record Part(String name, String uuid, FrameRange range, Path csv) {

        String label() {
            return "item '" + name + "' (" + uuid + ", frames " + range + ")";
        }
    }

    /** A merge refused; nothing was written. */
    public static final class MergeException extends IOException {
        private static final long serialVersionUID = 1L;

        public MergeException(String message) {
            super(message);
        }
    }

    private LocalizationMerge() {
    }

    /**
     * Merges the parts into {@code out}.
     *
     * @param expected the frames the parts must cover together, or null to accept any contiguous run
     * @return the number of localizations written
     */
    public static long merge(List<Part> parts, FrameRange expected, Path out) throws IOException {
        List<Part> sorted = checkRanges(parts, expected);
        String header = null;
        int frameColumn = -1;
        for (Part p : sorted) {
            if (!Files.isRegularFile(p.csv())) {
                throw new MergeException(p.label() + " has no result " + p.csv() + "; run the item again");
            }
            String h = readable(p, () -> firstLine(p));
            if (header == null) {
                header = h;
                frameColumn = frameColumn(p, h);
            } else if (!header.equals(h)) {
                throw new MergeException(p.label() + " has other columns than the first part: " + h);
            }
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + out.getFileName(), ".part");
        long id = 0;
        try {
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write(header);
                w.write('\n');
                for (Part p : sorted) {
                    long after = id;
                    int column = frameColumn;
                    id = readable(p, () -> copyRows(p, column, after, w));
                }
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return id;
    }

    /** The parts sorted by first frame, after checking they tile {@code expected} exactly. */
    static List<Part> checkRanges(List<Part> parts, FrameRange expected) throws MergeException {
        if (parts.isEmpty()) {
            throw new MergeException("there are no partial results to merge");
        }
        List<Part> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingLong((Part p) -> p.range().first()).thenComparingLong(p -> p.range().last()));
        Part first = sorted.get(0);
        if (expected != null && first.range().first() != expected.first()) {
            throw new MergeException("no item covers frames " + expected.first() + ":" + (first.range().first() - 1)
                    + " (the first, " + first.label() + ", starts later)");
        }
        for (int i = 1; i < sorted.size(); i++) {
            Part a = sorted.get(i - 1);
            Part b = sorted.get(i);
            if (b.range().first() <= a.range().last()) {
                throw new MergeException(b.label() + " overlaps " + a.label());
            }
            if (b.range().first() > a.range().last() + 1) {
                throw new MergeException("no item covers frames " + (a.range().last() + 1) + ":" + (b.range().first() - 1)
                        + " (between " + a.label() + " and " + b.label() + ")");
            }
        }
        Part last = sorted.get(sorted.size() - 1);
        if (expected != null && last.range().last() != expected.last()) {
            if (last.range().last() > expected.last()) {
                throw new MergeException(last.label() + " goes beyond the last frame " + expected.last());
            }
            throw new MergeException("no item covers frames " + (last.range().last() + 1) + ":" + expected.last()
                    + " (the last, " + last.label() + ", ends before)");
        }
        if (expected != null && first.range().first() < expected.first()) {
            throw new MergeException(first.label() + " starts before the first frame " + expected.first());
        }
        return sorted;
    }

    /** A read of one part. */
    @FunctionalInterface
    private interface PartRead<T> {
        T read() throws IOException;
    }

    /** Runs a read of a part; an I/O or encoding failure becomes a refusal naming the item. */
    private static <T> T readable(Part p, PartRead<T> read) throws IOException {
        try {
            return read.read();
        } catch (MergeException e) {
            throw e;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new MergeException(p.label() + ": " + p.csv() + " is not UTF-8 text: " + e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new MergeException(p.label() + " has no result " + p.csv() + "; run the item again");
        } catch (IOException e) {
            throw new MergeException(p.label() + ": " + p.csv() + " could not be read or copied: " + e.getMessage());
        }
    }

    private static String firstLine(Part p) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(p.csv(), StandardCharsets.UTF_8)) {
            String h = r.readLine();
            if (h == null || h.isBlank()) {
                throw new MergeException(p.label() + ": " + p.csv() + " is empty, not a localization table");
            }
            return h;
        }
    }

    private static int frameColumn(Part p, String header) throws MergeException {
        String[] names = header.split(",", -1);
        if (!unquote(names[0]).equals("id")) {
            throw new MergeException(p.label() + ": " + p.csv() + " does not start with an id column: " + header);
        }
        for (int i = 0; i < names.length; i++) {
            if (unquote(names[i]).equals("frame")) {
                return i;
            }
        }
        throw new MergeException(p.label() + ": " + p.csv() + " has no frame column: " + header);
    }

    private static String unquote(String s) {
        String t = s.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    /** Copies the rows of one part with new ids after {@code id}; returns the last id written. */
    private static long copyRows(Part p, int frameColumn, long id, BufferedWriter w) throws IOException {
        long line = 1;
        long previous = Long.MIN_VALUE;
        try (BufferedReader r = Files.newBufferedReader(p.csv(), StandardCharsets.UTF_8)) {
            r.readLine();
            String row;
            while ((row = r.readLine()) != null) {
                line++;
                if (row.isEmpty()) {
                    continue;
                }
                String[] cells = row.split(",", -1);
                long frame;
                try {
                    frame = Long.parseLong(cells[frameColumn].trim());
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new MergeException(p.label() + ": line " + line + " of " + p.csv() + " has no whole frame number");
                }
                if (!p.range().contains(frame)) {
                    throw new MergeException(p.label() + ": line " + line + " of " + p.csv() + " is frame " + frame
                            + ", outside the item's frames");
                }
                if (frame < previous) {
                    throw new MergeException(p.label() + ": line " + line + " of " + p.csv() + " is frame " + frame
                            + " after frame " + previous + "; the part is not in frame order");
                }
                previous = frame;
                id++;
                w.write(Long.toString(id));
                w.write(row, cells[0].length(), row.length() - cells[0].length());
                w.write('\n');
            }
        }
        return id;
    }
}
