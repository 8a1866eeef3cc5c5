package org.fluorite.smlm.post.filter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Operation;
import org.fluorite.core.settings.SettingsRecords;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.post.LocalizationData;

/**
 * Keeps the localizations whose photons, sigma, uncertainty and chi-square lie in the ranges of
 * a {@link FilterSettings}. The result has the same columns; its provenance gains
 * {@value #OPERATION} with the settings and the counts before and after.
 */
public final class LocalizationFilter {

    public static final String OPERATION = "smlm.filter";

    /** Names the chi-square column may have, first match wins. */
    public static final List<String> CHI_SQUARE_COLUMNS = List.of("chi2", "chisq", "chi_square", "chi2_norm");

    private LocalizationFilter() {
    }

    /**
     * The filtered table.
     *
     * @throws IllegalArgumentException when a finite limit concerns a column the table lacks
     */
    public static Table apply(Table table, FilterSettings s) {
        LocalizationData.require(table);
        int n = table.rowCount();
        boolean[] keep = new boolean[n];
        java.util.Arrays.fill(keep, true);
        range(table, Localizations.PHOTONS, s.minPhotons(), s.maxPhotons(), keep, true);
        range(table, Localizations.SIGMA, s.minSigmaNm(), s.maxSigmaNm(), keep, true);
        range(table, Localizations.UNCERTAINTY, Double.NEGATIVE_INFINITY, s.maxUncertaintyNm(), keep, false);
        if (s.maxChiSquare() != Double.POSITIVE_INFINITY) {
            String chi = CHI_SQUARE_COLUMNS.stream().filter(c -> table.column(c).isPresent()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Table '" + table.name()
                            + "' has no chi-square column (" + String.join(", ", CHI_SQUARE_COLUMNS) + ") to filter on"));
            range(table, chi, Double.NEGATIVE_INFINITY, s.maxChiSquare(), keep, false);
        }
        int count = 0;
        for (boolean k : keep) {
            count += k ? 1 : 0;
        }
        int[] rows = new int[count];
        for (int i = 0, j = 0; i < n; i++) {
            if (keep[i]) {
                rows[j++] = i;
            }
        }
        Map<String, Object> p = new LinkedHashMap<>(SettingsRecords.toMap(s));
        p.replaceAll((k, v) -> v instanceof Double d && d.isInfinite() ? null : v);
        p.values().removeIf(v -> v == null);
        p.put("rowsBefore", n);
        p.put("rowsAfter", count);
        return LocalizationData.selectRows(table, rows, Operation.of(OPERATION, p));
    }

    /** Clears {@code keep} outside [min, max]; {@code minIsNeutralAtZero}: a lower bound of 0 does not filter. */
    private static void range(Table table, String column, double min, double max, boolean[] keep, boolean minIsNeutralAtZero) {
        boolean lower = minIsNeutralAtZero ? min > 0 : min != Double.NEGATIVE_INFINITY;
        boolean upper = max != Double.POSITIVE_INFINITY;
        if (!lower && !upper) {
            return;
        }
        double[] v = LocalizationData.values(table, column);
        if (v == null) {
            throw new IllegalArgumentException("Table '" + table.name() + "' has no '" + column + "' column to filter on");
        }
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] >= min && v[i] <= max)) {
                keep[i] = false;
            }
        }
    }
}
