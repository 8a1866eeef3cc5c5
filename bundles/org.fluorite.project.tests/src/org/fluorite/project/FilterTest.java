package org.fluorite.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.project.filter.FilterExpression;
import org.fluorite.project.filter.TableFilter;
import org.junit.jupiter.api.Test;

/** Every element of the browser's filter syntax, with the rows it keeps counted on a known table. */
class FilterTest {

    /** Six rows: cell_name, promoter (text), stage (whole numbers), dose (decimals with one NaN). */
    static Table table() {
        return Table.of("t", List.of(
                Column.ofText("cell_name", new String[] {"pr_a", "palp", "mn", "pr_b", "aten", "untagged"}),
                Column.ofText("promoter", new String[] {"pc2", "cng_ch4", "pc2", "hnk1", "cesa", "pc2"}),
                Column.ofLongs("stage", "", new long[] {48, 72, 60, 48, 100, 30}),
                Column.ofDoubles("dose", "", new double[] {0.5, 1.0, Double.NaN, 2.5, 1.0, 0.25})));
    }

    private static int count(String column, String filter) {
        return TableFilter.of(column, filter).rows(table()).length;
    }

    @Test
    void textFiltersMatchPartsOrWholeValuesWithOrAndNegation() {
        assertEquals(6, count("cell_name", ""));
        assertEquals(6, count("cell_name", "   "));
        assertEquals(2, count("cell_name", "pr"));
        assertEquals(0, count("cell_name", "PR"), "matching is case-sensitive");
        assertEquals(4, count("cell_name", "mn|palp|pr"));
        assertEquals(4, count("cell_name", "$NOT:pr"));
        assertEquals(2, count("cell_name", "$STR:pr"));
        assertEquals(3, count("promoter", "$STR=:pc2"));
        assertEquals(0, count("promoter", "$STR=:pc"));
        assertEquals(4, count("promoter", "$STR=:pc2|hnk1"));
        assertEquals(2, count("promoter", "$STR!=:pc2|hnk1"));
        assertEquals(2, count("promoter", "$NOT:pc|ce"), "cng_ch4 and hnk1 contain neither");
        assertArrayEquals(new int[] {1, 4}, TableFilter.of("promoter", "$STR!=:pc2|hnk1").rows(table()));
    }

    @Test
    void numericComparisonsAndRanges() {
        assertEquals(3, count("stage", "$>:48"));
        assertEquals(5, count("stage", "$>=:48"));
        assertEquals(1, count("stage", "$<:48"));
        assertEquals(3, count("stage", "$<=:48"));
        assertEquals(2, count("stage", "$=:48"));
        assertEquals(4, count("stage", "$!=:48"));
        assertEquals(4, count("stage", "$RANGE:48..72"));
        assertEquals(2, count("stage", "$RANGE:0..40|90..200"));
        assertEquals(3, count("stage", "$>: 59 |99"), "alternatives of a comparison are ORed; spaces ignored");
        assertEquals(3, count("dose", "$>:0.9"), "NaN passes no comparison");
        assertEquals(4, count("dose", "$!=:1"), "NaN is not equal to 1");
        assertEquals(0, count("cell_name", "$>:1"), "text that is no number passes no comparison");
        assertEquals(1, count("stage", "100"), "without a modifier numbers are matched as text");
    }

    @Test
    void columnsAreCombinedWithAnd() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("promoter", "pc2");
        f.put("stage", "$>=:48");
        assertArrayEquals(new int[] {0, 2}, new TableFilter(f).rows(table()));
        assertEquals(List.of("promoter contains 'pc2'", "stage >= 48"), new TableFilter(f).describe());
        TableFilter parsed = TableFilter.parseAssignments(List.of("promoter=$STR=:pc2|cng_ch4", "dose=$<=:1"));
        assertArrayEquals(new int[] {0, 1, 5}, parsed.rows(table()));
    }

    @Test
    void badFiltersAreRefusedNamingTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FilterExpression.parse("$FOO:x")).getMessage()
                .contains("Unknown filter modifier"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FilterExpression.parse("$>:abc")).getMessage()
                .contains("'abc' is not a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FilterExpression.parse("$RANGE:5")).getMessage()
                .contains("lo..hi"));
        assertThrows(IllegalArgumentException.class, () -> FilterExpression.parse("$RANGE:9..1"));
        assertThrows(IllegalArgumentException.class, () -> FilterExpression.parse("$STR=:"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TableFilter.of("colour", "x").rows(table()));
        assertTrue(e.getMessage().contains("no column 'colour'"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TableFilter.parseAssignments(List.of("stage")))
                .getMessage().contains("column=expression"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TableFilter(Map.of("stage", "$<:x"))).getMessage()
                .contains("Filter of column 'stage'"));
    }

    @Test
    void uniqueValuesAreSortedTextOrNumbers() {
        assertEquals(List.of("cesa", "cng_ch4", "hnk1", "pc2"), TableFilter.uniqueValues(table(), "promoter"));
        assertEquals(List.of("30", "48", "60", "72", "100"), TableFilter.uniqueValues(table(), "stage"));
        assertEquals(List.of("0.25", "0.5", "1.0", "2.5", "NaN"), TableFilter.uniqueValues(table(), "dose"));
    }

    @Test
    void tabsApplyTheirHistoryInOrderAndRoundTripThroughJson() {
        ProjectTab root = ProjectTab.root();
        assertTrue(root.isRoot());
        assertEquals(6, root.apply(table()).rowCount());
        ProjectTab pc2 = root.child("pc2 cells", TableFilter.of("promoter", "$STR=:pc2"));
        assertEquals(3, pc2.apply(table()).rowCount());
        ProjectTab older = pc2.then(TableFilter.of("stage", "$>:40"));
        assertEquals("pc2 cells", older.name());
        assertEquals(2, older.apply(table()).rowCount());
        assertEquals(List.of("promoter is 'pc2'", "stage > 40"), older.describeHistory());
        ProjectTab back = ProjectTab.fromJson(older.name(), older.historyJson());
        assertEquals(older, back);
        assertEquals("[{\"promoter\":\"$STR=:pc2\"},{\"stage\":\"$>:40\"}]", older.historyJson());
        assertThrows(IllegalArgumentException.class, () -> root.child("root", TableFilter.of("stage", "1")));
    }
}
