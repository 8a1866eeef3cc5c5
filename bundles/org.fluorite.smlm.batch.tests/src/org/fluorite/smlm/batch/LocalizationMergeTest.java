package org.fluorite.smlm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.smlm.batch.LocalizationMerge.MergeException;
import org.fluorite.smlm.batch.LocalizationMerge.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging hand-written partial tables: order, ids, exact row text, and every refusal. */
class LocalizationMergeTest {

    private static final String HEADER = "\"id\",\"frame\",\"x [nm]\",\"y [nm]\"";
    @TempDir
    Path dir;

    private Part part(String name, long first, long last, String... rows) throws IOException {
        Path csv = dir.resolve(name + ".csv");
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (String r : rows) {
            b.append(r).append('\n');
        }
        Files.writeString(csv, b);
        return new Part(name, "uuid-" + name, new FrameRange(first, last), csv);
    }

    private MergeException refused(List<Part> parts, FrameRange expected, Path out) {
        MergeException e = assertThrows(MergeException.class, () -> LocalizationMerge.merge(parts, expected, out));
        return e;
    }

    @Test
    void partsAreJoinedInFrameOrderWithNewIds() throws IOException {
        Part b = part("b", 4, 6, "1,4,1.5,2.25", "2,6,3.0E-4,7");
        Part a = part("a", 1, 3, "1,1,10.125,20", "2,1,11,21", "3,3,NaN,5");
        Part c = part("c", 7, 9);
        Path out = dir.resolve("merged.csv");
        assertEquals(5, LocalizationMerge.merge(List.of(b, c, a), new FrameRange(1, 9), out));
        assertEquals(List.of(HEADER, "1,1,10.125,20", "2,1,11,21", "3,3,NaN,5", "4,4,1.5,2.25", "5,6,3.0E-4,7"),
                Files.readAllLines(out));
    }

    @Test
    void anOverlapIsRefusedNamingBothItemsAndNothingIsWritten() throws IOException {
        Path out = dir.resolve("merged.csv");
        Files.writeString(out, "old");
        MergeException e = refused(List.of(part("a", 1, 5, "1,2,1,1"), part("b", 5, 9, "1,6,1,1")), new FrameRange(1, 9), out);
        assertTrue(e.getMessage().contains("item 'b' (uuid-b, frames 5:9) overlaps item 'a' (uuid-a, frames 1:5)"), e.getMessage());
        assertEquals("old", Files.readString(out));
        assertEquals(List.of("a.csv", "b.csv", "merged.csv"), Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void aGapOrAMissingEndIsRefused() throws IOException {
        Path out = dir.resolve("merged.csv");
        MergeException gap = refused(List.of(part("a", 1, 3), part("c", 7, 9)), new FrameRange(1, 9), out);
        assertTrue(gap.getMessage().startsWith("no item covers frames 4:6"), gap.getMessage());
        MergeException end = refused(List.of(part("a", 1, 3), part("b", 4, 6)), new FrameRange(1, 9), out);
        assertTrue(end.getMessage().startsWith("no item covers frames 7:9"), end.getMessage());
        MergeException start = refused(List.of(part("b", 4, 6)), new FrameRange(1, 6), out);
        assertTrue(start.getMessage().startsWith("no item covers frames 1:3"), start.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingPartIsRefusedNamingItsItem() throws IOException {
        Part a = part("a", 1, 3, "1,1,1,1");
        Part b = part("b", 4, 6, "1,4,1,1");
        Files.delete(b.csv());
        Path out = dir.resolve("merged.csv");
        MergeException e = refused(List.of(a, b), new FrameRange(1, 6), out);
        assertTrue(e.getMessage().startsWith("item 'b' (uuid-b, frames 4:6) has no result"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void rowsOutsideTheirRangeOrOtherColumnsAreRefused() throws IOException {
        Path out = dir.resolve("merged.csv");
        MergeException outside = refused(List.of(part("a", 1, 3, "1,1,1,1", "2,4,1,1")), new FrameRange(1, 3), out);
        assertTrue(outside.getMessage().contains("line 3") && outside.getMessage().contains("frame 4, outside"), outside.getMessage());
        Part other = part("o", 4, 6);
        Files.writeString(other.csv(), "\"id\",\"frame\",\"x [nm]\"\n");
        MergeException columns = refused(List.of(part("a", 1, 3), other), new FrameRange(1, 6), out);
        assertTrue(columns.getMessage().startsWith("item 'o' (uuid-o, frames 4:6) has other columns"), columns.getMessage());
        Part noId = part("n", 1, 3);
        Files.writeString(noId.csv(), "\"frame\",\"x [nm]\"\n1,2\n");
        MergeException id = refused(List.of(noId), null, out);
        assertTrue(id.getMessage().contains("does not start with an id column"), id.getMessage());
        Part unordered = part("u", 1, 3, "1,2,1,1", "2,1,1,1");
        MergeException order = refused(List.of(unordered), null, out);
        assertTrue(order.getMessage().contains("not in frame order"), order.getMessage());
        assertFalse(Files.exists(out));
        assertThrows(MergeException.class, () -> LocalizationMerge.merge(List.of(), null, out));
    }
}
