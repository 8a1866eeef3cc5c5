package org.fluorite.smlm.post.store;

import java.util.List;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;

/**
 * The deterministic table behind {@code resources/fluorite_locs_v1.h5} (written by
 * {@link #main}) and the h5py check of it ({@code scripts/read_with_h5py.py}).
 */
public final class StoreFixture {

    private StoreFixture() {
    }

    public static Table table() {
        int n = 50;
        long[] frame = new long[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] ph = new double[n];
        double[] unc = new double[n];
        long[] id = new long[n];
        String[] note = new String[n];
        for (int i = 0; i < n; i++) {
            frame[i] = 1 + i / 5;
            x[i] = 75.0 + 150 * i + 0.125;
            y[i] = 10_000.5 - 37.25 * i;
            ph[i] = 1000 + 11 * i;
            unc[i] = 5 + i / 8.0;
            id[i] = -3 + 7L * i;
            note[i] = i % 2 == 0 ? "even" : "odd µ";
        }
        return Table.of("fixture", Localizations.KIND, List.of(Column.ofLongs(Localizations.FRAME, "", frame),
                Column.ofDoubles(Localizations.X, "nm", x), Column.ofDoubles(Localizations.Y, "nm", y),
                Column.ofDoubles(Localizations.PHOTONS, "photon", ph), Column.ofDoubles(Localizations.UNCERTAINTY, "nm", unc),
                Column.ofLongs("id", "", id), Column.ofText("note", note)))
                .withMetadata(Metadata.of(java.util.Map.of("pixelSizeNm", 150.0)))
                .withProvenance(Provenance.EMPTY.then(new Operation("smlm.localize", java.util.Map.of("method", "mle"),
                        java.time.Instant.parse("2026-01-01T00:00:00Z"), "fluorite")));
    }

    /** Writes the fixture: {@code java ... StoreFixture resources/fluorite_locs_v1.h5}. */
    public static void main(String[] args) throws Exception {
        LocalizationHdf5.write(table(), java.nio.file.Path.of(args[0]));
    }
}
