package org.fluorite.smlm.post.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Operation;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.core.settings.SettingsRecords;
import org.junit.jupiter.api.Test;

/** Filter counts on a small table whose every row is known. */
class FilterTest {

    /** Rows i = 0..99: photons 100*i, sigma 100 + i, uncertainty i/2, chi2 i/10. */
    static Table table() {
        int n = 100;
        long[] frame = new long[n];
        double[] x = new double[n];
        double[] ph = new double[n];
        double[] sig = new double[n];
        double[] unc = new double[n];
        double[] chi = new double[n];
        for (int i = 0; i < n; i++) {
            frame[i] = i + 1;
            x[i] = 10 * i;
            ph[i] = 100 * i;
            sig[i] = 100 + i;
            unc[i] = i / 2.0;
            chi[i] = i / 10.0;
        }
        return Table.of("known", Localizations.KIND, List.of(Column.ofLongs("frame", "", frame), Column.ofDoubles("x", "nm", x),
                Column.ofDoubles("y", "nm", x), Column.ofDoubles("photons", "photon", ph), Column.ofDoubles("sigma", "nm", sig),
                Column.ofDoubles("uncertainty", "nm", unc), Column.ofDoubles("chi2", "", chi)));
    }

    @Test
    void eachRangeKeepsTheRowsInside() {
        Table t = table();
        assertEquals(100, LocalizationFilter.apply(t, FilterSettings.NONE).rowCount());
        // photons 1000..5000 inclusive: i = 10..50
        assertEquals(41, LocalizationFilter.apply(t, FilterSettings.NONE.withPhotons(1000, 5000)).rowCount());
        // sigma 120..129.5: i = 20..29
        assertEquals(10, LocalizationFilter.apply(t, FilterSettings.NONE.withSigma(120, 129.5)).rowCount());
        // uncertainty <= 10: i = 0..20
        assertEquals(21, LocalizationFilter.apply(t, FilterSettings.NONE.withMaxUncertainty(10)).rowCount());
        // chi2 <= 2.5: i = 0..25
        assertEquals(26, LocalizationFilter.apply(t, FilterSettings.NONE.withMaxChiSquare(2.5)).rowCount());
        // all together: i in 10..50 and 20..29 and 0..20 and 0..25 -> 20
        Table both = LocalizationFilter.apply(t, FilterSettings.NONE.withPhotons(1000, 5000).withSigma(120, 129.5)
                .withMaxUncertainty(10).withMaxChiSquare(2.5));
        assertEquals(1, both.rowCount());
        assertEquals(200, both.require("x").getDouble(0), 0);
        assertEquals(t.columnNames(), both.columnNames());
        Operation op = both.provenance().operations().get(0);
        assertEquals(LocalizationFilter.OPERATION, op.name());
        assertEquals(100, op.parameters().get("rowsBefore"));
        assertEquals(1, op.parameters().get("rowsAfter"));
        assertEquals(1000.0, op.parameters().get("minPhotons"));
        assertTrue(!op.parameters().containsKey("maxPhotons") || op.parameters().get("maxPhotons").equals(5000.0));
    }

    @Test
    void aLimitOnAMissingColumnIsRefusedByName() {
        Table t = table();
        Table noChi = t.withColumns(t.columns().subList(0, 6));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalizationFilter.apply(noChi, FilterSettings.NONE.withMaxChiSquare(1)));
        assertTrue(e.getMessage().contains("chi-square"), e.getMessage());
        assertEquals(100, LocalizationFilter.apply(noChi, FilterSettings.NONE).rowCount());
        assertThrows(IllegalArgumentException.class, () -> FilterSettings.NONE.withPhotons(10, 5));
    }

    @Test
    void settingsRecordDescribesItsComponents() {
        List<SettingsRecords.Field> f = SettingsRecords.fields(FilterSettings.NONE);
        assertEquals(6, f.size());
        assertEquals("Minimum photons", f.get(0).label());
        assertEquals("nm", f.get(4).unit());
        FilterSettings s = SettingsRecords.with(FilterSettings.NONE, Map.of("maxUncertaintyNm", "15"));
        assertEquals(15, s.maxUncertaintyNm(), 0);
    }
}
